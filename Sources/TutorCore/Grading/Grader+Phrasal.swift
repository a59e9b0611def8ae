/// Phrasal verbs whose words are all small ("take it out on him") and verbs whose sense
/// turns on what follows ("read the room" perceives, "read up on it" learns), read alike in
/// an answer and in the ideas it is graded against; and "how the sessions go", the course of
/// treatment, which is its experience.
extension Grader {
    /// Forms of "start" and "begin", which before a verb only say when it begins.
    static let startForms: WordSet = [
        "start", "starts", "started", "starting", "begin", "begins", "began", "begun", "beginning",
    ]
    /// Nouns in "-ing" that may be what is started ("start counseling").
    static let ingNouns: WordSet = [
        "counseling", "counselling", "meeting", "meetings", "session", "screening", "training", "something",
        "nothing", "everything", "anything", "morning", "evening",
    ]
    /// Forms of "take" and "act", which before "out on" say venting a feeling on someone.
    static let ventVerbs: WordSet = [
        "take", "takes", "taking", "took", "taken", "act", "acts", "acting", "acted",
    ]
    /// What is taken out on someone ("take it out on her", "take my stuff out on him").
    static let ventObjects: WordSet = [
        "it", "that", "this", "them", "things", "stuff", "my", "his", "her", "their", "the", "feelings", "anger",
        "frustration", "irritation", "baggage",
    ]
    /// Forms of "read", and what they perceive when it is a person or a room ("read the
    /// client", "read people"), not a text ("read up on the culture", "read about it").
    static let readForms: WordSet = ["read", "reads", "reading"]
    static let readPersons: WordSet = [
        "room", "client", "clients", "patient", "patients", "people", "person", "them", "him", "her", "faces",
        "face", "body", "mood", "vibe", "vibes",
    ]
    /// Forms of "say" and "put", which before "what she is feeling" name it.
    static let sayForms: WordSet = ["say", "says", "said", "saying", "puts", "put", "names", "name"]
    /// Words before "say" that make it a noun ("a say in").
    static let nounMarkers: WordSet = ["a", "no", "any", "some", "their", "his", "her", "my", "your", "the"]
    /// Whose feelings are said ("says what she is feeling").
    static let feelers: WordSet = ["he", "she", "they", "hes", "shes", "theyre", "the", "her", "his", "their"]
    /// What runs a course ("how the sessions go"): treatment and its meetings.
    static let courses: WordSet = [
        "therapy", "counseling", "counselling", "treatment", "session", "sessions", "work", "things",
    ]
    static let courseGoForms: WordSet = ["go", "goes", "went", "going", "gone"]

    /// Verbs that, before "something different", change how things are done.
    static let tryForms: WordSet = ["try", "tries", "trying", "tried", "do", "doing"]
    /// What one goes by when applying it ("go by that").
    static let appliedThings: WordSet = ["that", "it", "those", "them", "this", "these"]
    /// What is pressed on a client ("quit pushing").
    static let pressForms: WordSet = [
        "pushing", "pressing", "arguing", "lecturing", "nagging", "forcing", "confronting", "insisting",
    ]

    /// The word that says "different" after a verb of trying ("try something different", "try a
    /// different way", "try another approach"), within three words of its clause.
    static func somethingDifferent(_ tokens: [Token], _ i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, j <= i + 3, tokens[j].clause == tokens[i].clause {
            let w = tokens[j].typed
            if ["different", "else", "new", "another"].contains(w) { return j }
            guard ["something", "a", "an", "some", "things", "it", "stuff"].contains(w) else { return nil }
            j += 1
        }
        return nil
    }

    /// Rereads the phrasal verbs of `tokens` in place (no token added or removed).
    static func readPhrasal(_ tokens: inout [Token], _ analyzer: Analyzer) {
        func typed(_ j: Int, _ i: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        for i in tokens.indices {
            let w = tokens[i].typed
            if ventVerbs.contains(w), let out = ventOut(tokens, i) {
                // "Don't take it out on her", "not act it out on the client": venting a feeling
                // on someone, which the grader reads as acting it out.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("act")
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
                tokens[out].isStop = true
            } else if tryForms.contains(w), let d = somethingDifferent(tokens, i) {
                // "Try something different", "do things a new way": a change of approach.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("change")
                tokens[d].isStop = false
                tokens[d].stem = analyzer.stem("approach")
            } else if courseGoForms.contains(w) || w == "goes", Self.phrasalByWords.contains(typed(i + 1, i) ?? ""),
                typed(i + 2, i).map(appliedThings.contains) == true,
                i + 3 >= tokens.count
                    || tokens[i + 3].clause != tokens[i].clause
            {
                // "Read up on their culture and go by that": apply it.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("apply")
            } else if Self.phrasalEaseWords.contains(w), typed(i + 1, i) == "off" {
                // "Ease off": back off.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("back")
            } else if Self.phrasalQuitWords.contains(w), typed(i + 1, i).map(pressForms.contains) == true {
                // "Quit pushing": stop pushing (not quitting treatment).
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("stop")
            } else if Self.phrasalCallWords.contains(w), typed(i + 1, i) == "the",
                typed(i + 2, i) == "shots"
            {
                // "They should call the shots": they decide.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("decide")
                tokens[i + 2].isStop = true
            } else if startForms.contains(w), let next = typed(i + 1, i),
                next == "to" && typed(i + 2, i) != nil
                    || next.hasSuffix("ing") && next.count > 5
                        && tokens[i + 1].isContent && !Self.ingNouns.contains(next)
            {
                // "They trust them and start opening up", "began to talk": the start of what
                // follows, which is the idea, not a start of treatment.
                tokens[i].isStop = true
            } else if Self.phrasalArgueWords.contains(w), typed(i + 1, i) == "for" {
                // "The sleep part argues for the status quo", "him arguing for keeping things the
                // same": making a case for something, not arguing with someone.
                tokens[i].stem = analyzer.stem("advocate")
            } else if Self.phrasalCutWords.contains(w),
                typed(i + 1, i) == "through"
                    || typed(i + 1, i) == "right" && typed(i + 2, i) == "through"
            {
                // "Tough talk cuts right through the denial": breaks through it.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("break")
            } else if readForms.contains(w), let next = typed(i + 1, i),
                readPersons.contains(next)
                    || Self.phrasalTheWords.contains(next)
                        && typed(i + 2, i).map(readPersons.contains) == true
            {
                // "A good counselor can read the room", "read the client": telling how they are,
                // not learning from a text.
                tokens[i].isStop = false
                tokens[i].stem = tellKey
            } else if Self.phrasalGoingWords.contains(w), typed(i + 1, i) == "through",
                tokens[max(0, i - 4)..<i].contains(where: { $0.typed == "what" && $0.clause == tokens[i].clause })
            {
                // "Puts into words what she's going through": her feelings.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("feeling")
            } else if sayForms.contains(w), typed(i + 1, i) == "what",
                typed(i + 2, i).map(feelers.contains) == true, i == 0 || !nounMarkers.contains(tokens[i - 1].typed)
            {
                // "B says what she is feeling": names her feelings (not the noun: "a say in what
                // the goals are" is a voice in them).
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("name")
            } else if reworkForms.contains(w), planAfter(tokens, i) {
                // "Change the plan", "fix up his plan", "redo the plan": reworking it, as
                // adjusting or updating it does (not "change" alone: "it doesn't change the
                // sessions" is no plan reworked).
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("adjust")
            } else if goOverForms.contains(w), let over = typed(i + 1, i), overParticles.contains(over),
                typed(i + 2, i).map(Self.phrasalWhatWords.contains) == true
            {
                // "Talk about what happened", "go over what led to it", "look at why": exploring it.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("explore")
            } else if stopForms.contains(w), typed(i + 1, i) == "to", typed(i + 2, i).map(comeForms.contains) == true {
                // "He stops to come" (a second language's order): he stops coming, drops out.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("quit")
                tokens[i + 2].isStop = true
            } else if w == "done" && typed(i + 1, i) == "to"
                || w == "back" && i >= 3 && typed(i - 1, i) == "the" && typed(i - 2, i) == "in"
                    && Self.phrasalRideWords.contains(
                        tokens[i - 3].typed)
            {
                // "Someone it is done to", "riding in the back": on the receiving end, passive.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("passive")
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
            } else if deedHeads.contains(w), let verb = deedVerb(tokens, i) {
                // "Not what he did", "every thing he done": the act, the behavior (not "whatever
                // he did": approving all of it is its own phrasing).
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("act")
                tokens[i].negated = tokens[i].negated || negatedHere(tokens, i)
                for k in (i + 1)...verb { tokens[k].isStop = true }
            } else if w == "with", let next = typed(i + 1, i),
                withPersons.contains(next) || next == "the" && typed(i + 2, i).map(withPersons.contains) == true,
                tokens[max(0, i - 4)..<i].contains(where: {
                    $0.clause == tokens[i].clause && jointWork.contains($0.typed)
                })
            {
                // "Make the goals with them, not for them", "decide it with the client": together.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("together")
            } else if Self.phrasalRubWords.contains(w),
                tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: {
                    $0.typed == "wrong" && $0.clause == tokens[i].clause
                })
            {
                // "It's rubbing him the wrong way": friction.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("friction")
            } else if soured.contains(w),
                tokens[max(0, i - 6)..<i].contains(where: {
                    $0.clause == tokens[i].clause && bonds.contains($0.typed)
                })
            {
                // "The relationship is getting rocky", "our rapport went sour": strained.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("tension")
            } else if Self.phrasalDoWords.contains(w), let work = workAfter(tokens, i),
                tokens[max(0, i - 4)..<i].contains(where: {
                    $0.clause == tokens[i].clause && bonds.contains($0.typed)
                })
            {
                // "It's the relationship that does the actual work": it decides how treatment goes.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("decide")
                tokens[work].isStop = true
            } else if let box = boxTicked(tokens, i) {
                // "Ticking the box", "punching the clock", "phoning it in": checking boxes, mere
                // compliance.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("check")
                tokens[box].isStop = false
                tokens[box].stem = analyzer.stem("box")
            } else if w == "how", let noun = courseAfter(tokens, i) {
                // "Nothing to do with how the counseling goes": the course of treatment, its
                // experience.
                tokens[noun].isStop = false
                tokens[noun].stem = analyzer.stem("experience")
            } else if startWords.contains(w) && (i + 1 == tokens.count || tokens[i + 1].typed != "of")
                || w == "first" && typed(i + 1, i).map(firstThings.contains) == true
            {
                // (round 25) "Trust you from the first session", "from the get-go", "at the
                // outset": the start of treatment ("the beginning of the session" is a part).
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("start")
                if w == "first" { tokens[i + 1].isStop = true }
            } else if w == "get", typed(i + 1, i) == "go", i > 0, tokens[i - 1].typed == "the" {
                // "From the get-go", typed with its hyphen: two words.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("start")
                tokens[i + 1].isStop = true
            } else if w == "any", typed(i + 1, i) == "other", i > 0,
                Self.phrasalLikeWords.contains(tokens[i - 1].typed)
            {
                // (round 25) "Treat them like any other client": the same as the others.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("same")
            } else if w == "what", let noun = happeningIn(tokens, i) {
                // (round 25) "It doesn't affect what happens in therapy", "what goes on in the
                // sessions": what treatment is like from inside, its experience.
                tokens[noun].isStop = false
                tokens[noun].stem = analyzer.stem("experience")
            }
        }
    }

    /// Words for the start of treatment, and what "first" starts ("the first session").
    static let startWords: WordSet = ["beginning", "outset", "get-go", "getgo"]
    static let firstThings: WordSet = ["session", "day", "meeting", "appointment", "visit", "week"]

    /// Forms of "happen" and "go on", which after "what" say what takes place.
    static let happenForms: WordSet = ["happens", "happened", "happening", "goes", "went", "going"]

    /// The noun of "what happens in (the) sessions" after the "what" at `i` ("what goes on
    /// inside therapy", "what actually happens during treatment").
    static func happeningIn(_ tokens: [Token], _ i: Int) -> Int? {
        var j = i + 1
        func at(_ k: Int) -> String? {
            k < tokens.count && tokens[k].clause == tokens[i].clause ? tokens[k].typed : nil
        }
        if let a = at(j), ["actually", "really", "even"].contains(a) { j += 1 }
        guard let verb = at(j), happenForms.contains(verb) else { return nil }
        j += 1
        if verb.hasPrefix("go") || verb == "went", at(j) == "on" { j += 1 }
        guard let preposition = at(j), ["in", "during", "inside", "within"].contains(preposition) else { return nil }
        j += 1
        if let d = at(j), ["the", "their", "his", "her", "your", "my", "a"].contains(d) { j += 1 }
        guard let noun = at(j), courses.contains(noun) || noun == "room" else { return nil }
        return j
    }

    /// Words for the relationship itself.
    static let bonds: WordSet = [
        "relationship", "relationships", "alliance", "bond", "connection", "rapport", "partnership", "us", "them",
    ]
    /// How a relationship goes bad ("getting rocky", "went sour").
    static let soured: WordSet = ["rough", "rocky", "sour", "soured", "bumpy", "shaky", "tense", "frosty"]

    /// The "work" of "does the (actual, real, heavy) work" after the verb at `i`, or nil.
    static func workAfter(_ tokens: [Token], _ i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, j <= i + 3, tokens[j].clause == tokens[i].clause {
            if ["work", "lifting"].contains(tokens[j].typed) { return j }
            guard ["the", "actual", "real", "heavy", "hard", "most", "of"].contains(tokens[j].typed) else { return nil }
            j += 1
        }
        return nil
    }

    /// The box of "ticking the box", the clock of "punching the clock", the "in" of "phoning
    /// it in", for the verb at `i`, or nil.
    static func boxTicked(_ tokens: [Token], _ i: Int) -> Int? {
        func at(_ j: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        let w = tokens[i].typed
        if Self.phrasalTickWords.contains(w) {
            var j = i + 1
            while j <= i + 3, let d = at(j), Self.phrasalTheWords2.contains(d) { j += 1 }
            if let b = at(j), Self.phrasalBoxWords.contains(b) { return j }
        }
        if Self.phrasalPunchWords.contains(w), let d = at(i + 1), Self.phrasalTheWords3.contains(d),
            at(i + 2) == "clock"
        {
            return i + 2
        }
        if Self.phrasalPhoneWords.contains(w), at(i + 1) == "it", at(i + 2) == "in" { return i + 2 }
        return nil
    }

    /// Whom a plan is made with ("with them", "with the client").
    static let withPersons: WordSet = [
        "them", "him", "her", "client", "clients", "em", "patient", "patients", "you", "u", "me", "us",
    ]
    /// The work done with someone that makes "with them" together: goals, plans, decisions.
    static let jointWork: WordSet = [
        "goal", "goals", "plan", "plans", "decide", "decides", "deciding", "decision", "decisions", "choose",
    ]

    /// Verbs that rework a plan before it ("change the plan", "fix up his plan").
    static let reworkForms: WordSet = [
        "change", "changes", "changed", "changing", "fix", "fixes", "fixed", "fixing", "redo", "redoes", "redid",
        "redoing", "rework", "reworks", "reworked", "reworking", "rewrite", "rewrites", "rewriting",
    ]
    /// Words of a plan that can be reworked.
    static let planWords: WordSet = ["plan", "plans", "strategy", "strategies"]
    /// Verbs that, before "about/over/through" and a question word, look into what happened.
    static let goOverForms: WordSet = [
        "talk", "talks", "talking", "talked", "go", "goes", "going", "went", "look", "looks", "looking", "looked",
        "dig", "digs", "digging", "dug", "unpack", "unpacking", "process", "processing",
    ]
    static let overParticles: WordSet = ["about", "over", "through", "at", "into", "thru"]
    static let stopForms: WordSet = ["stop", "stops", "stopped", "stopping"]
    static let comeForms: WordSet = ["come", "comes", "coming", "came", "show", "shows", "showing"]
    /// What names a deed with "he did" after it ("what he did", "everything she's done").
    static let deedHeads: WordSet = ["what", "everything", "things", "thing"]
    static let doers: WordSet = ["he", "she", "they", "u", "you", "hes", "shes", "theyve", "youve"]
    static let pastDo: WordSet = ["did", "done"]

    /// Whether a plan follows the verb at `i` within its clause ("change the plan", "fix up his
    /// relapse plan").
    static func planAfter(_ tokens: [Token], _ i: Int) -> Bool {
        var j = i + 1
        while j < tokens.count, j <= i + 4, tokens[j].clause == tokens[i].clause {
            if planWords.contains(tokens[j].typed) { return true }
            guard
                [
                    "up", "the", "his", "her", "their", "our", "my", "your", "a", "relapse", "safety", "prevention",
                    "treatment", "whole",
                ].contains(tokens[j].typed)
            else { return false }
            j += 1
        }
        return false
    }

    /// The past "did"/"done" of a deed named at `i` ("what he did", "what she has done",
    /// "every thing he done"), or nil.
    static func deedVerb(_ tokens: [Token], _ i: Int) -> Int? {
        if tokens[i].typed == "thing", i == 0 || tokens[i - 1].typed != "every" { return nil }
        // "No matter what he did" is unconditional, no act denied.
        if i > 0, tokens[i - 1].typed == "matter" { return nil }
        var j = i + 1
        guard j < tokens.count, tokens[j].clause == tokens[i].clause, doers.contains(tokens[j].typed) else {
            return nil
        }
        j += 1
        if j < tokens.count, ["has", "had", "have", "s", "ve"].contains(tokens[j].typed) { j += 1 }
        guard j < tokens.count, tokens[j].clause == tokens[i].clause, pastDo.contains(tokens[j].typed) else {
            return nil
        }
        return j
    }

    /// The "out" of "take … out on" after the verb at `i`: at most two small words between,
    /// then "out on" in the same clause.
    static func ventOut(_ tokens: [Token], _ i: Int) -> Int? {
        var j = i + 1
        while j < tokens.count, j - i <= 3, tokens[j].clause == tokens[i].clause {
            if tokens[j].typed == "out" {
                guard j + 1 < tokens.count, tokens[j + 1].typed == "on", tokens[j + 1].clause == tokens[i].clause
                else { return nil }
                return j
            }
            guard ventObjects.contains(tokens[j].typed) else { return nil }
            j += 1
        }
        return nil
    }

    /// The noun of "how (the) sessions go" after the "how" at `i`.
    static func courseAfter(_ tokens: [Token], _ i: Int) -> Int? {
        var j = i + 1
        if j < tokens.count, ["the", "their", "his", "her", "di", "da", "your", "my"].contains(tokens[j].typed) {
            j += 1
        }
        guard j + 1 < tokens.count, courses.contains(tokens[j].typed), tokens[j].clause == tokens[i].clause else {
            return nil
        }
        var k = j + 1
        // "How the counseling itself goes", "how the sessions actually go".
        if k < tokens.count,
            ["itself", "themselves", "actually", "really", "will", "would", "is", "are"].contains(
                tokens[k].typed)
        {
            k += 1
        }
        guard k < tokens.count, courseGoForms.contains(tokens[k].typed), tokens[k].clause == tokens[i].clause else {
            return nil
        }
        return j
    }

    // (Word lists of `readPhrasal` and `boxTicked`, made once: as array literals they were built
    // again for every word of every answer graded, half of this reading's cost (round 32).)
    static let phrasalByWords: WordSet = ["by", "with"]
    static let phrasalEaseWords: WordSet = ["ease", "eases", "easing", "eased"]
    static let phrasalQuitWords: WordSet = ["quit", "quits", "quitting"]
    static let phrasalCallWords: WordSet = ["call", "calls", "calling", "called"]
    static let phrasalArgueWords: WordSet = ["argue", "argues", "arguing", "argued"]
    static let phrasalCutWords: WordSet = ["cut", "cuts", "cutting"]
    static let phrasalTheWords: WordSet = ["the", "a", "their", "his", "her", "your", "my"]
    static let phrasalGoingWords: WordSet = ["going", "goes", "went", "gone"]
    static let phrasalWhatWords: WordSet = ["what", "why", "how"]
    static let phrasalRideWords: WordSet = ["ride", "rides", "riding", "rode", "sit", "sits", "sitting", "sat"]
    static let phrasalRubWords: WordSet = ["rub", "rubs", "rubbing", "rubbed"]
    static let phrasalDoWords: WordSet = ["do", "does", "did", "doing", "done"]
    static let phrasalLikeWords: WordSet = ["like", "than", "from", "as"]
    static let phrasalTickWords: WordSet = ["tick", "ticks", "ticking", "ticked"]
    static let phrasalTheWords2: WordSet = ["the", "a", "all", "his", "her", "their", "every"]
    static let phrasalBoxWords: WordSet = ["box", "boxes"]
    static let phrasalPunchWords: WordSet = ["punch", "punches", "punching", "punched"]
    static let phrasalTheWords3: WordSet = ["the", "a", "his"]
    static let phrasalPhoneWords: WordSet = ["phone", "phones", "phoning", "phoned"]
}
