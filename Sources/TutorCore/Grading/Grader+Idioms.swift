/// Word groups whose meaning is not the sum of their words, read alike in an answer and in
/// the ideas it is graded against: "feel like using" is the pull to use, "take a gift"
/// accepting it. And, in an answer only, a denied leaving ("won't drop out", "won't let
/// them quit") can stand for staying (and, let, for keeping), as a denied staying can stand
/// for leaving.
extension Grader {
    /// Forms of the verbs of wanting that, before a verb of using, say the pull to use.
    static let wantWords: WordSet = ["want", "wants", "wanting", "wanted", "feel", "feels", "feeling", "felt"]
    /// Verbs of using a substance.
    static let useWords: WordSet = [
        "use", "using", "drink", "drinking", "drugs", "high", "relapse", "relapsing", "smoke", "smoking", "score",
    ]
    /// What is wanted when using is wanted ("want a drink").
    static let wantedUses: WordSet = ["drink", "beer", "hit", "fix", "smoke", "joint", "line"]
    /// Forms of "take" and "receive", which before something given say accepting it.
    static let takeWords: WordSet = [
        "take", "takes", "taking", "took", "taken", "receive", "receives", "receiving",
    ]
    /// Words of heading somewhere, after a verb of working ("what they're working toward").
    static let towardWords: WordSet = ["toward", "towards"]
    static let workWords: WordSet = ["work", "works", "working", "aim", "aiming", "heading", "head", "moving"]
    /// A guard, which raised says defensiveness ("gets his guard up").
    static let guardWords: WordSet = ["guard", "guards"]
    /// Whether the guard at `i` is raised: "up" within two words of it in its clause ("guard
    /// goes up", "put up his guard"), or "on" right before it ("on guard").
    static func guardRaised(_ tokens: [Token], _ i: Int) -> Bool {
        if i > 0, tokens[i - 1].typed == "on", tokens[i - 1].clause == tokens[i].clause { return true }
        // "Put up his guard": the "up" before it.
        if tokens[max(0, i - 2)..<i].contains(where: { $0.typed == "up" && $0.clause == tokens[i].clause }) {
            return true
        }
        return tokens[(i + 1)..<min(tokens.count, i + 3)].contains { $0.typed == "up" && $0.clause == tokens[i].clause }
    }
    /// Verbs that before "for" say what one is after ("what they're shooting for").
    static let shootWords: WordSet = ["shoot", "shoots", "shooting", "gunning"]
    /// Forms of "walk" that, before "away" or "out", say leaving.
    static let walkWords: WordSet = ["walk", "walks", "walked", "walking"]
    /// Forms of "do" and what they do, which say an effect ("won't do much", "does nothing").
    static let doWords: WordSet = ["do", "does", "did", "doing"]
    static let doneWith: WordSet = ["much", "anything"]
    /// Everyday words for nothing ("it does squat"), which deny the effect even after a
    /// negation ("won't do jack").
    static let noughts: WordSet = ["squat", "jack", "diddly", "zilch", "zip", "nada"]

    /// Whether a negator stands before token `i` in its clause (for a small word, which the
    /// analyzer's negation does not mark).
    static func negatedHere(_ tokens: [Token], _ i: Int) -> Bool {
        var j = i - 1
        // Not past a word that ends the negation's clause: in "instead of going quiet bc the
        // counselor has their back" the back is had.
        while j >= 0, tokens[j].clause == tokens[i].clause, !negationBreaks.contains(tokens[j].typed) {
            if tokens[j].isNegator { return true }
            j -= 1
        }
        return false
    }
    /// Words that end a negation's reach (the lexicon's clause breaks, as typed).
    static let negationBreaks: WordSet = [
        "but", "however", "although", "though", "yet", "whereas", "while", "because", "since", "so", "and",
        "therefore", "thus", "which", "who", "then", "tho", "altho", "cuz", "coz", "cos", "bc", "bcuz", "becuz",
    ]

    /// "Backs them up", "has their back": support; "gets their back up": resistance.
    static func backReading(_ tokens: [Token], _ i: Int) -> String? {
        func typed(_ j: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        let owners: Set<String> = ["their", "his", "her", "your", "my", "our"]
        let up = typed(i + 1) == "up" || typed(i + 2) == "up" && typed(i + 1).map(objects.contains) == true
        if let owner = typed(i - 1), owners.contains(owner), let verb = typed(i - 2) {
            if getWords.contains(verb) && typed(i + 1) == "up" { return "resist" }
            if haveWords.contains(verb) { return "support" }
        }
        return up ? "support" : nil
    }
    static let getWords: WordSet = ["get", "gets", "got", "getting", "put", "puts"]
    static let haveWords: WordSet = ["has", "have", "had", "having", "got", "watch", "watches", "watching"]
    static let objects: WordSet = ["them", "him", "her", "you", "me", "us"]
    /// Forms of the verb "back" ("backing them up").
    static let backWords: WordSet = ["backs", "backed", "backing"]

    /// Whether the "a" at `i` names option A: it opens the line (or its clause after a hedge or
    /// a verb of choosing, or follows "option", "response", "answer") and ends its clause or
    /// comes before "is" or a reason.
    static func choosesA(_ tokens: [Token], _ i: Int) -> Bool {
        guard
            i == 0 || ["option", "response", "answer", "choice"].contains(tokens[i - 1].typed)
                || pickedAfterLead(tokens, i)
        else { return false }
        guard i + 1 < tokens.count, tokens[i + 1].clause == tokens[i].clause else { return true }
        return ["because", "since", "cause", "bc", "is", "s", "shows", "sounds", "seems"].contains(tokens[i + 1].typed)
    }

    /// Words that may lead the option picked at the start of its clause: a hedge or a verb of
    /// choosing ("perhaps A", "not sure, but maybe A", "i'd go with A", "i think A").
    static let optionLeads: WordSet = [
        "maybe", "perhaps", "probably", "prob", "possibly", "definitely", "obviously", "clearly", "surely", "but",
        "so", "then", "well", "hmm", "um", "uh", "ok", "okay", "i", "id", "think", "guess", "say", "go", "with",
        "pick", "picking", "choose", "would", "d", "i'd", "its", "it", "s", "gotta", "be", "must",
    ]

    /// Whether "a" at `i` opens its clause after leading words only ("perhaps A, since …").
    static func pickedAfterLead(_ tokens: [Token], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, tokens[j].clause == tokens[i].clause {
            guard optionLeads.contains(tokens[j].typed) else { return false }
            j -= 1
        }
        // At least one leading word: a bare "A" opening a later clause ("B is empathic; A is
        // merely sympathetic") is read as it always was.
        return j < i - 1
    }

    /// What two people may want the same of.
    static let sameGoals: WordSet = ["goal", "goals", "things", "aim", "aims", "outcome", "outcomes"]
    /// Things a client may give.
    static let givenThings: WordSet = [
        "gift", "gifts", "present", "presents", "card", "cards", "money", "tip", "tips",
    ]

    /// Every word that opens an idiom below: one look-up per word instead of one per idiom
    /// (a new idiom adds its first words here).
    static let idiomTriggers = wantWords.union(towardWords).union(backWords).union(walkWords).union(doWords)
        .union(takeWords).union(sleepForms).union(transferWords).union(pushWords).union([
            "a", "same", "back", "for", "counter", "folks", "guard", "guards",
        ]).union(sayWords)
    static let sleepForms: WordSet = ["sleep", "sleeps", "sleeping", "slept"]
    /// Forms of "transfer", which before a person is handing the client on.
    static let transferWords: WordSet = ["transfer", "transfers", "transferred", "transferring"]
    /// Whether something is moved onto someone after the "transfer" at `i` ("transferring her
    /// stuff onto you"): transference, not handing the client on.
    static func movedOnto(_ tokens: [Token], _ i: Int) -> Bool {
        tokens[(i + 1)..<min(tokens.count, i + 5)].contains { $0.clause == tokens[i].clause && $0.typed == "onto" }
    }
    /// Who can be handed on ("transfer the client", "transfer them").
    static let personObjects: WordSet = ["them", "him", "her", "client", "clients", "patient", "patients", "case"]
    static let determiners: WordSet = ["the", "this", "that", "my", "your", "their", "a"]
    static let pushWords: WordSet = ["push", "pushes", "pushing", "pushed"]

    /// Rereads `tokens` in place (no token added or removed); `analyzer` gives the stems.
    static func readIdioms(_ tokens: inout [Token], _ analyzer: Analyzer) {
        readConcession(&tokens)
        readFrames(&tokens, analyzer)
        readEntryFrames(&tokens, analyzer)
        readCompounds(&tokens)
        readAddressedCounselor(&tokens, analyzer)
        readImposedGoals(&tokens)
        readReasons(&tokens, analyzer)
        readOutcomes(&tokens, analyzer)
        readChange(&tokens, analyzer)
        readEveryday(&tokens, analyzer)
        readPickedSide(&tokens, analyzer)
        readPhrasal(&tokens, analyzer)
        // (Round 33) "Fail to detect deterioration" misses it (`Grader+UnnoticedThing`).
        readUnnoticed(&tokens, analyzer)
        readTroubleAndRide(&tokens, analyzer)
        readBlanketApproval(&tokens, analyzer)
        readNoXNoY(&tokens)
        for i in tokens.indices {
            let w = tokens[i].typed
            guard idiomTriggers.contains(w) else { continue }
            let next = i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause ? tokens[i + 1].typed : nil
            if w == "a", choosesA(tokens, i) {
                // "A because it shows more feeling": the option, not the article.
                tokens[i].isStop = false
                tokens[i].stem = optionStem(tokens, i)
                // "A. It shows more feeling.": the letter alone, then its reason, is one answer.
                if i == 0, next == nil, i + 1 < tokens.count, tokens[i + 1].sentence != tokens[i].sentence {
                    let reason = tokens[i + 1].sentence
                    for j in (i + 1)..<tokens.count where tokens[j].sentence == reason {
                        tokens[j].sentence = tokens[i].sentence
                    }
                }
            } else if wantWords.contains(w), let j = useAfter(tokens, i) {
                // "They won't feel like using", "wants to drink": the pull to use.
                // The verb of using may be a small word, which the analyzer's negation skips.
                tokens[j].isStop = false
                tokens[j].stem = analyzer.stem("temptation")
                tokens[j].negated = tokens[i].negated
            } else if towardWords.contains(w), i > 0, workWords.contains(tokens[i - 1].typed) {
                // "What they're working toward": their goal.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("goal")
                tokens[i].negated = tokens[i - 1].negated
            } else if w == "same", let next, sameGoals.contains(next) {
                // "Both want the same things": shared goals.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("shared")
                tokens[i + 1].isStop = false
                tokens[i + 1].stem = analyzer.stem("goal")
                tokens[i + 1].negated = tokens[i].negated
            } else if w == "same", let goal = goalBesideSame(tokens, i, analyzer) {
                // "The same treatment objectives", "goals same", "their goals are the same":
                // shared goals, whichever side the goals stand on.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("shared")
                tokens[i].negated = tokens[goal].negated
            } else if w == "back" || backWords.contains(w), let reading = backReading(tokens, i) {
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem(reading)
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
            } else if sleepForms.contains(w), next == "with" || next == "w" {
                // "Not sleeping with clients": sexual contact, not rest.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("sexual")
            } else if walkWords.contains(w), next == "away" || next == "out" {
                // "He'll walk away once the mandate ends": he leaves.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("quit")
                tokens[i + 1].isStop = true
            } else if doWords.contains(w), i + 2 < tokens.count,
                ["its", "the", "their", "his", "her"].contains(next ?? ""),
                ["job", "trick"].contains(tokens[i + 2].typed), tokens[i + 2].clause == tokens[i].clause
            {
                // "The treatment is doing its job", "it did the trick": it is working.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("working")
                tokens[i + 2].isStop = true
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
            } else if doWords.contains(w), let next = wordAfterQualifiers(tokens, i),
                next == "nothing" || doneWith.contains(next) || noughts.contains(next)
                    || next == "a" && tokens.indices.contains(i + 2) && tokens[i + 2].typed == "thing"
            {
                // "The sessions won't do much for him", "it does nothing", "won't do a thing",
                // "it does squat": no effect.
                tokens[i].isStop = false
                tokens[i].isNegator = false
                tokens[i].stem = analyzer.stem("effect")
                tokens[i].negated = next == "nothing" || noughts.contains(next) || negatedHere(tokens, i)
            } else if transferWords.contains(w), let next, !movedOnto(tokens, i),
                personObjects.contains(next) && !ownsWhatFollows(tokens, i + 1)
                    || determiners.contains(next) && i + 2 < tokens.count && personObjects.contains(tokens[i + 2].typed)
            {
                // "Transfer them to someone else", "transfer the client": referring out, not
                // the transference the stemmer reads in "transfer".
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("refer")
            } else if pushWords.contains(w), next == "back", i + 2 < tokens.count, tokens[i + 2].typed == "on",
                tokens[i + 2].clause == tokens[i].clause
            {
                // "Push back on what they say": challenging it ("they push back" is resisting).
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("challenge")
                tokens[i + 1].isStop = true
            } else if sayWords.contains(w), let yes = yesAfter(tokens, i) {
                // "Just say yes", "tell them yes": the answer given is a yes, a word of its own
                // (a "yes" alone opens an answer and says nothing).
                tokens[yes].isStop = false
                tokens[yes].stem = "yes"
            } else if w == "folks", i == 0 || !possessives.contains(tokens[i - 1].typed) {
                // "Folks like me" are people; only "my folks", "his folks" are the family.
                tokens[i].stem = analyzer.stem("people")
            } else if w == "counter", i + 1 < tokens.count, tokens[i + 1].stem == analyzer.stem("transference") {
                // "Counter transference" in two words is one: the counselor's, not the client's
                // transference.
                tokens[i].isStop = true
                tokens[i + 1].isStop = false
                tokens[i + 1].stem = analyzer.stem("countertransference")
            } else if guardWords.contains(w), guardRaised(tokens, i) {
                // (round 30) "He gets his guard up", "her guard goes up", "on guard": defensive.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("defensive")
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
            } else if w == "for", i > 0, shootWords.contains(tokens[i - 1].typed),
                tokens[i - 1].clause == tokens[i].clause
            {
                // (round 30) "What they're shooting for", "gunning for": their goal, as "aiming for" is.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("goal")
                tokens[i].negated = tokens[i - 1].negated
            } else if w == "for", forTheClient(tokens, i) {
                // "Only if it's for them", "is it for them or for me?": for the client's benefit.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("benefit")
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
            } else if takeWords.contains(w), let object = objectGiven(tokens, i) {
                tokens[i].isStop = false
                tokens[i].negated = tokens[object].negated
                tokens[i].stem = analyzer.stem("accept")
            } else if takeWords.contains(w), i + 2 < tokens.count, anyThings.contains(tokens[i + 1].typed),
                tokens[i + 2].typed == "from", tokens[i + 2].clause == tokens[i].clause
            {
                // "Don't take anything from a client": accepting whatever is given.
                tokens[i].isStop = false
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
                tokens[i].stem = analyzer.stem("accept")
            }
        }
        readCallOut(&tokens, analyzer)
        readDisparagedOption(&tokens)
        readHeart(&tokens, analyzer)
        readQuitDoing(&tokens, analyzer)
    }

    /// Whatever may be taken from someone ("take anything from a client").
    static let anyThings: WordSet = ["anything", "nothing", "something", "stuff", "things"]

    /// Verbs that give an answer ("say yes", "tell them yes").
    static let sayWords: WordSet = ["say", "tell", "answer", "reply"]

    /// The "yes" given by the verb at `i` ("say yes", "tell him yes"), when no qualifier
    /// follows it in its sentence ("say yes but explain the limits" is a qualified yes).
    static func yesAfter(_ tokens: [Token], _ i: Int) -> Int? {
        var j = i + 1
        if j < tokens.count, personObjects.contains(tokens[j].typed) { j += 1 }
        guard j < tokens.count, tokens[j].typed == "yes", tokens[j].sentence == tokens[i].sentence else { return nil }
        let qualified = tokens[(j + 1)...].contains {
            $0.sentence == tokens[j].sentence && ["but", "except", "unless", "if", "until"].contains($0.typed)
        }
        return qualified ? nil : j
    }

    /// Who a thing may be for: the client.
    static let clientObjects: WordSet = ["them", "him", "her", "client", "clients", "patient"]
    /// Forms of "be" (and the subject of a question, "is this for them") before a purpose.
    static let purposeBe: WordSet = ["is", "s", "was", "be", "its", "it's", "isnt", "isn't", "this", "that", "it"]

    /// Whether the "for" at `i` says whom something is for, the client: after a form of "be"
    /// ("it's for them", "is it really for the client") or set against the counselor ("for
    /// them or for me", "for them, not me"), not the "for" of a verb's object ("set goals for
    /// them").
    static func forTheClient(_ tokens: [Token], _ i: Int) -> Bool {
        var j = i + 1
        if j < tokens.count, tokens[j].typed == "the" { j += 1 }
        guard j < tokens.count, clientObjects.contains(tokens[j].typed) else { return false }
        let before = tokens[max(0, i - 3)..<i].map(\.typed)
        if before.last.map(purposeBe.contains) == true
            || before.suffix(2).first.map(purposeBe.contains) == true
                && ["really", "actually", "just", "only", "truly"].contains(before.last ?? "")
        {
            return true
        }
        let after = tokens[(j + 1)..<min(tokens.count, j + 4)].map(\.typed)
        return after.contains("me") || after.contains("myself")
    }

    /// The word after `i` in its clause past words that only qualify ("do basically nothing").
    private static func wordAfterQualifiers(_ tokens: [Token], _ i: Int) -> String? {
        var j = i + 1
        while j < tokens.count, tokens[j].clause == tokens[i].clause, isAdverb(tokens[j]) { j += 1 }
        return j < tokens.count && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
    }

    /// "No money, no treatment", "without insurance, no help": one thing needed for another,
    /// not a double negation (which the grader takes for an absence denied, no evidence at
    /// all). The second "no" is read as part of the pattern, alike in an answer and in the
    /// phrasings ("no money no treatment").
    static func readNoXNoY(_ tokens: inout [Token]) {
        for i in tokens.indices where ["no", "without"].contains(tokens[i].typed) {
            // The second "no" within four words, in the sentence, with only the first thing
            // (and a comma's break) between.
            guard
                let j = tokens.indices.dropFirst(i + 2).prefix(4).first(where: {
                    ["no", "nobody", "nothing"].contains(tokens[$0].typed)
                }), tokens[j].sentence == tokens[i].sentence,
                tokens[(i + 1)..<j].allSatisfy({ !$0.isNegator && !negationBreaks.contains($0.typed) })
            else { continue }
            // Only a bare thing denied ("no money, no treatment"), not a claim with its verb
            // ("without coverage no treatment succeeds" is about success).
            let k = j + 1
            guard k < tokens.count, tokens[k].isContent, tokens[k].clause == tokens[j].clause,
                k + 1 == tokens.count || tokens[k + 1].clause != tokens[k].clause
                    || negationBreaks.contains(tokens[k + 1].typed)
            else { continue }
            // The second "no" only repeats the pattern: not a second negation of the clause
            // (which the grader would read as an absence denied), so the thing stands as said.
            tokens[j].isNegator = false
            tokens[j].isStop = true
            tokens[k].negated = false
        }
    }

    /// A goal word one word after "same" ("the same treatment objectives") or just before it
    /// ("goals same", "goals are the same"), in its clause.
    private static func goalBesideSame(_ tokens: [Token], _ i: Int, _ analyzer: Analyzer) -> Int? {
        let goal = analyzer.stem("goal")
        let clause = tokens[i].clause
        if i + 2 < tokens.count, tokens[i + 2].clause == clause, tokens[i + 2].stem == goal { return i + 2 }
        var j = i - 1
        while j >= 0, i - j <= 3, tokens[j].clause == clause {
            if tokens[j].stem == goal { return j }
            guard ["the", "are", "is", "r", "be", "were", "was", "all"].contains(tokens[j].typed) else { return nil }
            j -= 1
        }
        return nil
    }

    /// The verb of using after "want to" or "feel like", if any.
    private static func useAfter(_ tokens: [Token], _ i: Int) -> Int? {
        // "He won't even want a drink": a drink wanted is the pull to use too.
        if i + 2 < tokens.count, ["a", "another", "one"].contains(tokens[i + 1].typed),
            Self.wantedUses.contains(tokens[i + 2].typed), tokens[i + 2].clause == tokens[i].clause,
            tokens[i].typed.hasPrefix("want")
        {
            return i + 2
        }
        guard i + 2 < tokens.count, ["to", "like"].contains(tokens[i + 1].typed) else { return nil }
        var j = i + 2
        if j + 1 < tokens.count, ["get", "getting", "go", "going"].contains(tokens[j].typed) { j += 1 }
        return useWords.contains(tokens[j].typed) && tokens[j].clause == tokens[i].clause ? j : nil
    }

    /// Where something given follows "take" within three words of its clause.
    private static func objectGiven(_ tokens: [Token], _ i: Int) -> Int? {
        tokens[(i + 1)..<min(tokens.count, i + 4)].firstIndex {
            $0.clause == tokens[i].clause && givenThings.contains($0.typed)
        }
    }

    /// Whether "let" or "allow" stands just before content word `i` ("won't let them quit").
    private func letBefore(_ line: Line, _ i: Int) -> Bool {
        let t = line.positions[i]
        return line.tokens[max(0, t - 3)..<t].contains { ["let", "lets", "allow", "allows"].contains($0.typed) }
    }

    /// For each content word of `line`, the key it also stands for, unnegated: a leaving or
    /// a staying that is the first word its negation reaches stands for its opposite ("they
    /// won't drop out" is staying). The line keeps its own reading too, so a phrasing that
    /// says "won't quit" still finds it. Only in answers: a pattern keeps its own words.
    func opposites(_ line: Line) -> [[String]?] {
        let quit = analyzer.stem("quit")
        let stay = analyzer.stem("stay")
        let keep = analyzer.stem("keep")
        let fail = classes[analyzer.stem("fail")] ?? analyzer.stem("fail")
        return line.content.indices.map { i in
            let t = line.content[i]
            guard t.negated, line.heads[i] == t.stem else { return nil }
            // An outcome denied is a failure: "the treatment didn't work", "he won't get better".
            if t.typed != "well", Self.isOutcome(line.tokens, line.positions[i]) { return [fail] }
            // "Won't let them quit" is keeping them, too.
            if t.stem == quit { return letBefore(line, i) ? [stay, keep] : [stay] }
            return t.stem == stay ? [quit] : nil
        }
    }
}

/// "The family one for sure, …", "the one with the family on his back": an answer that opens
/// by naming one of two clients by what brought them picks that client, as "the former" does
/// (the pressured one, told first) or "the latter" (the connected one).
extension Grader {
    /// Words that name the client whom others pushed into treatment.
    static let pushedSide: WordSet = [
        "family", "pressured", "pressure", "pushed", "forced", "mom", "parents", "insisted",
    ]
    /// Words before the pick that only hedge it.
    static let pickOpeners: WordSet = [
        "probably", "prob", "prolly", "definitely", "def", "easily", "obviously", "honestly", "i", "think", "guess",
        "id", "say", "hmm", "um", "well", "ok", "okay",
        // (round 28) "hm, maybe the family one": a hedge before the pick.
        "hm", "maybe", "perhaps",
    ]

    /// Words that may follow a pick in its clause: a reason, "for sure", "stays".
    static let pickFollowers: WordSet = ["for", "because", "cause", "cuz", "bc", "since", "stays", "definitely"]

    static func readPickedSide(_ tokens: inout [Token], _ analyzer: Analyzer) {
        var k = 0
        // (Across a comma too: "hm, maybe the family one".)
        while k < tokens.count, tokens[k].sentence == tokens[0].sentence, pickOpeners.contains(tokens[k].typed) {
            k += 1
        }
        // (Or with no "the", as a clipped answer opens: "family one. they've got people on
        // their back".)
        if k + 1 < tokens.count, pushedSide.contains(tokens[k].typed), tokens[k + 1].typed == "one",
            k + 2 == tokens.count || tokens[k + 2].clause != tokens[k].clause
                || pickFollowers.contains(tokens[k + 2].typed)
        {
            tokens[k + 1].isStop = false
            tokens[k + 1].stem = analyzer.stem("former")
            tokens[k + 1].negated = tokens[k].negated
            return
        }
        guard k + 2 < tokens.count, tokens[k].typed == "the" else { return }
        let one: Int
        if tokens[k + 1].typed == "one", k + 3 < tokens.count, ["with", "whose", "w"].contains(tokens[k + 2].typed) {
            // "the one with the family …", "the one whose family insisted"
            guard
                tokens[(k + 3)..<min(tokens.count, k + 5)].contains(where: {
                    pushedSide.contains($0.typed) && $0.clause == tokens[k].clause
                })
            else { return }
            one = k + 1
        } else if pushedSide.contains(tokens[k + 1].typed), tokens[k + 2].typed == "one" {
            // "the family one", then the end of its clause or a reason or "for sure".
            let next = k + 3 < tokens.count && tokens[k + 3].clause == tokens[k].clause ? tokens[k + 3].typed : nil
            guard next == nil || pickFollowers.contains(next!) else { return }
            one = k + 2
        } else {
            return
        }
        tokens[one].isStop = false
        tokens[one].stem = analyzer.stem("former")
        tokens[one].negated = tokens[k].negated || negatedHere(tokens, k)
    }
}

extension Grader {
    /// Whether the "her", "his" or "their" at `i` owns the word after it ("transferring her
    /// feelings onto me") rather than being the person moved ("transfer her to a colleague").
    static func ownsWhatFollows(_ tokens: [Token], _ i: Int) -> Bool {
        ["her", "his", "their"].contains(tokens[i].typed) && i + 1 < tokens.count
            && tokens[i + 1].clause == tokens[i].clause && tokens[i + 1].isContent
    }
}
