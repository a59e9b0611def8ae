/// Everyday turns of phrase whose meaning the lexicon's one-word reading loses, read alike
/// in an answer and in the ideas it is graded against: "you get how they feel" understands,
/// "gets along with" is a connection, "not really into it" is not engaged, "it's their plan"
/// is ownership, "most things stay private" is not everything, "who can get treatment" is
/// getting into it, and "merely" restricts as "just" and "only" do (small words, no idea;
/// not "purely", which makes "purely medical" a claim).
extension Grader {
    static let questionWordsAfterGet: WordSet = ["how", "what", "why", "where"]
    /// What one may be "into": treatment, or "it" standing for it.
    static let intoObjects: WordSet = [
        "it", "this", "that", "treatment", "therapy", "counseling", "sessions", "recovery", "the",
    ]
    /// Words before "into" that make it a state ("he's not really into it"), not a motion.
    static let intoSubjects: WordSet = ["is", "s", "are", "was", "not", "really", "very", "that", "totally", "all"]
    /// Things a client can have as their own.
    static let ownables: WordSet = ["plan", "plans", "goal", "goals", "choice", "choices", "decision", "idea"]
    /// Words that keep something secret, which "everything" before them makes total.
    static let secrecyWords: WordSet = [
        "stays", "stay", "private", "secret", "confidential", "between", "kept", "remains", "leaves",
    ]
    /// Words for all of what is said ("it all stays here", "whatever you say stays private").
    static let totals: WordSet = ["everything", "all", "whatever", "anything"]
    /// Whom one can feel close to.
    static let closeObjects: WordSet = [
        "counselor", "counsellor", "therapist", "them", "him", "her", "their", "his", "you", "me", "helper",
    ]
    static let doctorWords: WordSet = [
        "doctor", "doctors", "physician", "physicians", "gp", "practice", "medicine",
    ]
    static let sitForms: WordSet = ["sit", "sits", "sitting", "sat"]
    static let restrictives: WordSet = ["merely", "simply", "solely"]
    /// Words that restrict what follows them to one thing ("only about sex", "just about sex").
    static let restrictions: WordSet = [
        "only", "just", "merely", "solely", "purely", "strictly", "simply", "mostly", "mainly",
    ]
    /// What a restriction restricts to a topic or a condition ("only if it's sexual").
    static let restricted: WordSet = ["about", "if"]
    /// Verbs of telling, after which "all" or "everything" is the whole of what is told.
    static let tellingWords: WordSet = [
        "share", "shares", "sharing", "tell", "tells", "telling", "disclose", "disclosing", "reveal", "spill", "say",
    ]
    /// Verbs of endorsing, after which "everything" is the whole of what is endorsed (not
    /// "accept": "accept everything about them" is accepting the person).
    static let endorsingWords: WordSet = [
        "agree", "agrees", "agreeing", "approve", "approves", "approving", "condone", "condones", "condoning", "ok",
        "okay", "fine", "endorse", "endorsing",
    ]
    /// Whom or what one tells between the verb and "all" ("tell them everything").
    /// And the client by name ("never tell clients anything personal", "tell the client everything").
    static let toldObjects: WordSet = [
        "it", "them", "him", "her", "you", "u", "client", "clients", "patient", "patients", "people",
    ]
    /// What follows "most" or "almost" when it limits a whole ("most things", "almost everything").
    static let wholes: WordSet = ["things", "of", "stuff", "everything", "all", "what", "information"]
    /// What one can get into: treatment, help, care, the door.
    static let entries: WordSet = [
        "treatment", "therapy", "help", "care", "counseling", "rehab", "services", "in", "program", "programs",
        "clinic", "detox",
    ]

    /// Every word that opens an everyday phrase below: one look-up per word instead of one per
    /// phrase (a new phrase adds its first words here).
    static let everydayTriggers = restrictions.union(restrictives).union(getForms).union(ownables).union(sitForms)
        .union(takeWords).union(showForms).union(["into", "handed", "told", "sense", "anyone", "anybody", "everybody"])
        .union(["call", "go"]).union(curses).union(tellForms).union(signForms).union(sayVerbForms)
        .union(["transference", "mine", "rule", "rules", "everything"])
    /// What may follow "it's his call": what is chosen ("what happens in here", "whether he stays").
    static let callObjects: WordSet = ["what", "whether", "if", "how", "where", "when", "which"]
    /// Forms of "say", which before a word of when ("say early", "say right away") tell someone.
    static let sayVerbForms: WordSet = ["say", "says", "saying", "said"]
    static let toldWhen: WordSet = ["early", "earlier", "right", "straight", "sooner", "immediately", "asap"]
    /// What one may "give a …" to say one cares ("shows you give a damn").
    static let curses: WordSet = ["damn", "crap", "hoot", "shit", "fuck", "toss"]
    static let giveForms: WordSet = ["give", "gives", "giving", "gave"]
    /// Forms of "tell", which before a person is telling them something ("they can tell you
    /// early"), not telling something apart ("a good counselor can tell").
    static let tellForms: WordSet = ["tell", "tells", "telling", "told"]
    static let toldPersons: WordSet = ["you", "u", "me", "him", "her", "them", "us", "em"]
    static let signForms: WordSet = ["sign", "signs", "signing", "signed"]
    /// The keys of "tell" and of its reading before a person (the lexicon groups neither).
    static let tellKey = "tell"
    static let informKey = "inform"
    static let showForms: WordSet = ["show", "shows", "showing", "showed", "turn", "turns", "turning", "turned"]
    /// The same for the amounts and closeness of `readAmounts`.
    static let amountTriggers = totals.union(["family", "close", "most", "almost"])

    /// Rereads the everyday phrases of `tokens` in place (no token added or removed).
    /// The possessive that says whose the plan or goal at `i` is, after a form of "be" ("it's
    /// their plan", "it is his own plan"), or nil.
    static func ownerOf(_ tokens: [Token], _ i: Int) -> Int? {
        let p = i >= 2 && tokens[i - 1].typed == "own" ? i - 2 : i - 1
        guard p >= 1, possessives.contains(tokens[p].typed),
            predicateVerbs.union(["s", "its"]).contains(tokens[p - 1].typed)
        else { return nil }
        return p
    }

    static func readEveryday(_ tokens: inout [Token], _ analyzer: Analyzer) {
        func typed(_ j: Int, _ i: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        for i in tokens.indices {
            let w = tokens[i].typed
            guard everydayTriggers.contains(w) else { continue }
            if restrictions.contains(w), let next = typed(i + 1, i), restricted.contains(next) {
                // "Boundaries are only about sex", "just for the insurance": the restriction is
                // the claim, read alike in an answer and in a misconception's phrasing.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("only")
            } else if restrictives.contains(w) {
                tokens[i].isStop = true
            } else if getForms.contains(w), let next = typed(i + 1, i), questionWordsAfterGet.contains(next) {
                // "You get how they feel": understanding.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("understand")
            } else if getForms.contains(w), typed(i + 1, i) == "along" {
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("connection")
            } else if getForms.contains(w), typed(i + 1, i) == "in",
                typed(i + 2, i).map({ ["and", "or", "at", "the", "first"].contains($0) }) ?? true,
                typed(i + 2, i) != "the" || typed(i + 3, i) == "door"
            {
                // "It only affects getting in", "whether they get in the door": access to
                // treatment (not "getting in touch", "gets in the way").
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("access")
            } else if getForms.contains(w), let next = typed(i + 1, i),
                entries.contains(next)
                    || ["into", "to"].contains(next)
                        && (typed(i + 2, i).map(entries.contains) == true
                            || typed(i + 2, i).map(determiners.contains) == true
                                && typed(i + 3, i).map(entries.contains) == true)
            {
                // "Who can get treatment" as "getting into treatment".
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("getting")
            } else if w == "into", let before = typed(i - 1, i), intoSubjects.contains(before),
                typed(i + 1, i).map(intoObjects.contains) == true
            {
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("engaged")
            } else if ownables.contains(w), let p = ownerOf(tokens, i) {
                // "It's their plan", "the goals are their goals": theirs (and "its their plan",
                // typed without its apostrophe: "its" never owns before "their"); and "it is his
                // own plan".
                tokens[p].isStop = false
                tokens[p].stem = analyzer.stem("ownership")
            } else if sitForms.contains(w), typed(i + 1, i) == "back" {
                // "Sitting back", "being handed the goals": passive.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("passive")
                tokens[i + 1].isStop = true
            } else if ["handed", "told"].contains(w), i > 0,
                ["being", "be", "getting", "get"].contains(tokens[i - 1].typed)
            {
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("passive")
            } else if takeWords.contains(w), typed(i + 1, i) == "orders" {
                // "Taking orders" is following them.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("following")
            } else if takeWords.contains(w), typed(i + 1, i) == "a", typed(i + 2, i) == "hit" {
                // "The relationship would take a hit": it is damaged.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("damage")
                tokens[i + 2].isStop = true
            } else if showForms.contains(w), typed(i + 1, i) == "up" {
                // "He shows up every week": attendance ("show" alone is a small word).
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("attendance")
            } else if ["anyone", "anybody", "everybody"].contains(w), typed(i + 1, i) == "else" {
                // "Treat them like anyone else": everyone else.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("everyone")
            } else if w == "call", i >= 2, possessives.contains(tokens[i - 1].typed),
                ["is", "s", "its"].contains(tokens[i - 2].typed),
                typed(i + 1, i).map(callObjects.contains) ?? true
            {
                // "What he does is his call", "it's your call": the choice is theirs; so is
                // "it's his call what happens in here", with what is chosen after it.
                tokens[i].stem = analyzer.stem("choice")
            } else if curses.contains(w), i >= 2, tokens[i - 1].typed == "a", giveForms.contains(tokens[i - 2].typed) {
                // "Shows you give a damn": care.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("care")
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
            } else if w == "go", i >= 2, ["it", "that", "this"].contains(tokens[i - 1].typed),
                ["let", "lets", "letting"].contains(tokens[i - 2].typed)
            {
                // "I'd let it go": leave it unaddressed, ignore it.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("ignore")
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
            } else if w == "transference", i >= 1, ["my", "own"].contains(tokens[i - 1].typed) {
                // "It's my transference": the counselor's own reaction is countertransference.
                tokens[i].stem = analyzer.stem("countertransference")
            } else if w == "mine",
                tokens[..<i].contains(where: { $0.sentence == tokens[i].sentence && $0.typed == "transference" })
            {
                // "It's not his transference, it's mine": the counselor's own, countertransference.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("countertransference")
            } else if ["rule", "rules"].contains(w), let be = typed(i + 1, i), ["is", "are", "s"].contains(be),
                typed(i + 2, i) == w || typed(i + 2, i) == "a" && typed(i + 3, i) == w
            {
                // "Rules are rules", "a rule's a rule": the rule holds whatever the case, so the
                // act is against it.
                tokens[i + 1].isStop = false
                tokens[i + 1].stem = analyzer.stem("against")
            } else if w == "everything", i >= 2, ["is", "s", "are", "was"].contains(tokens[i - 1].typed),
                tokens[i - 2].isContent, typed(i + 1, i) == nil
            {
                // "Insurance is everything": it is the key, what matters most.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("key")
            } else if sayVerbForms.contains(w), typed(i + 1, i).map(toldWhen.contains) == true {
                // "The client can say early", "say right away when something's off": telling
                // the counselor, as "tell you early" does ("say" alone is a small word).
                tokens[i].isStop = false
                tokens[i].stem = informKey
            } else if tellForms.contains(w), typed(i + 1, i).map(toldPersons.contains) == true {
                // "They can tell you early": telling someone, not telling things apart.
                tokens[i].stem = informKey
            } else if signForms.contains(w), typed(i + 1, i) == "off" {
                // "Sign off on everything they did": approve it.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("approve")
                tokens[i + 1].isStop = true
            } else if w == "sense", i > 0, makeForms.contains(tokens[i - 1].typed) {
                // "Their feelings make sense": validation.
                tokens[i].stem = analyzer.stem("validate")
            }
        }
        readAmounts(&tokens, analyzer)
        readOptionLetter(&tokens)
    }

    /// Words after which a line's first "a" is the option picked, not an article ("A, because
    /// it shows more feeling", "a is more caring").
    static let afterOption: WordSet = [
        "is", "s", "because", "cuz", "bc", "coz", "cos", "since", "as", "for", "its", "shows", "sounds", "seems",
    ]
    /// The stem an option letter "a" stands for.
    static let optionA = "option-a"
    /// The stem of option A picked as the answer ("A, it shows more emotion", "A because …"),
    /// not described ("A is about the helper's feelings"); it stands for `optionA` too.
    static let pickedA = "option-a-picked"
    /// Words after the letter that give the reason for picking it.
    static let reasonWords: WordSet = ["because", "cuz", "bc", "coz", "cos", "since", "as", "for", "its"]

    /// The stem of an option letter at `i`: picked when it stands alone in its clause or
    /// before a reason.
    static func optionStem(_ tokens: [Token], _ i: Int) -> String {
        let alone = i + 1 == tokens.count || tokens[i + 1].clause != tokens[i].clause
        return alone || reasonWords.contains(tokens[i + 1].typed) ? pickedA : optionA
    }

    /// "A" opening a line as the option chosen: a word of its own, as "B" is.
    static func readOptionLetter(_ tokens: inout [Token]) {
        guard let first = tokens.first, first.typed == "a" else { return }
        let alone = tokens.count == 1 || tokens[1].clause != first.clause || afterOption.contains(tokens[1].typed)
        guard alone else { return }
        tokens[0].isStop = false
        tokens[0].stem = optionStem(tokens, 0)
    }

    /// "Everything stays here", "most things stay private", "close to the counselor", "a family
    /// doctor".
    static func readAmounts(_ tokens: inout [Token], _ analyzer: Analyzer) {
        func typed(_ j: Int, _ i: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        for i in tokens.indices {
            let w = tokens[i].typed
            guard amountTriggers.contains(w) else { continue }
            if w == "family", typed(i + 1, i).map(doctorWords.contains) == true {
                // "Like a family doctor": the doctor's kind, not the client's family.
                tokens[i].isStop = true
            } else if totals.contains(w), i == 0 || !["almost", "nearly", "not", "most"].contains(tokens[i - 1].typed),
                tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: {
                    $0.clause == tokens[i].clause && secrecyWords.contains($0.typed)
                })
            {
                // "Everything stays here", "everything is private": a promise of all of it.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("total")
            } else if totals.contains(w), i > 0,
                tellingWords.contains(tokens[i - 1].typed)
                    || i > 1 && tellingWords.contains(tokens[i - 2].typed) && toldObjects.contains(tokens[i - 1].typed)
                    || i > 2 && tellingWords.contains(tokens[i - 3].typed)
                        && ["the", "a", "your", "their"].contains(
                            tokens[i - 2].typed)
                        && toldObjects.contains(tokens[i - 1].typed)
            {
                // "Share it all", "tell them everything": all of it told.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("total")
            } else if totals.contains(w), i > 0,
                endorsingWords.contains(tokens[i - 1].typed)
                    || i > 1 && endorsingWords.contains(tokens[i - 2].typed)
                        && ["with", "of"].contains(tokens[i - 1].typed)
            {
                // "Agree with everything they do", "approve of everything": all of it endorsed,
                // and denied with its verb ("doesn't mean you agree with everything").
                let verb = endorsingWords.contains(tokens[i - 1].typed) ? i - 1 : i - 2
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("total")
                tokens[i].negated = tokens[verb].negated || negatedHere(tokens, i)
            } else if w == "close", typed(i + 1, i) == "to",
                let object = typed(i + 2, i) == "the" ? typed(i + 3, i) : typed(i + 2, i),
                closeObjects.contains(object)
            {
                // "Feels close to the counselor": connected (not "close to home").
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("connection")
            } else if w == "most" || w == "almost", typed(i + 1, i).map(wholes.contains) == true {
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("mostly")
            }
        }
    }
}
