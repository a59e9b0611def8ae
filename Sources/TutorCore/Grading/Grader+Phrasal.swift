/// Phrasal verbs whose words are all small ("take it out on him") and verbs whose sense
/// turns on what follows ("read the room" perceives, "read up on it" learns), read alike in
/// an answer and in the ideas it is graded against; and "how the sessions go", the course of
/// treatment, which is its experience.
extension Grader {
    /// Forms of "take" and "act", which before "out on" say venting a feeling on someone.
    static let ventVerbs: Set<String> = [
        "take", "takes", "taking", "took", "taken", "act", "acts", "acting", "acted",
    ]
    /// What is taken out on someone ("take it out on her", "take my stuff out on him").
    static let ventObjects: Set<String> = [
        "it", "that", "this", "them", "things", "stuff", "my", "his", "her", "their", "the", "feelings", "anger",
        "frustration", "irritation", "baggage",
    ]
    /// Forms of "read", and what they perceive when it is a person or a room ("read the
    /// client", "read people"), not a text ("read up on the culture", "read about it").
    static let readForms: Set<String> = ["read", "reads", "reading"]
    static let readPersons: Set<String> = [
        "room", "client", "clients", "patient", "patients", "people", "person", "them", "him", "her", "faces",
        "face", "body", "mood", "vibe", "vibes",
    ]
    /// Forms of "say" and "put", which before "what she is feeling" name it.
    static let sayForms: Set<String> = ["say", "says", "said", "saying", "puts", "put", "names", "name"]
    /// Words before "say" that make it a noun ("a say in").
    static let nounMarkers: Set<String> = ["a", "no", "any", "some", "their", "his", "her", "my", "your", "the"]
    /// Whose feelings are said ("says what she is feeling").
    static let feelers: Set<String> = ["he", "she", "they", "hes", "shes", "theyre", "the", "her", "his", "their"]
    /// What runs a course ("how the sessions go"): treatment and its meetings.
    static let courses: Set<String> = [
        "therapy", "counseling", "counselling", "treatment", "session", "sessions", "work", "things",
    ]
    static let courseGoForms: Set<String> = ["go", "goes", "went", "going", "gone"]

    /// Verbs that, before "something different", change how things are done.
    static let tryForms: Set<String> = ["try", "tries", "trying", "tried", "do", "doing"]
    /// What one goes by when applying it ("go by that").
    static let appliedThings: Set<String> = ["that", "it", "those", "them", "this", "these"]
    /// What is pressed on a client ("quit pushing").
    static let pressForms: Set<String> = [
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
            } else if courseGoForms.contains(w) || w == "goes", ["by", "with"].contains(typed(i + 1, i) ?? ""),
                typed(i + 2, i).map(appliedThings.contains) == true,
                i + 3 >= tokens.count
                    || tokens[i + 3].clause != tokens[i].clause
            {
                // "Read up on their culture and go by that": apply it.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("apply")
            } else if ["ease", "eases", "easing", "eased"].contains(w), typed(i + 1, i) == "off" {
                // "Ease off": back off.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("back")
            } else if ["quit", "quits", "quitting"].contains(w), typed(i + 1, i).map(pressForms.contains) == true {
                // "Quit pushing": stop pushing (not quitting treatment).
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("stop")
            } else if ["call", "calls", "calling", "called"].contains(w), typed(i + 1, i) == "the",
                typed(i + 2, i) == "shots"
            {
                // "They should call the shots": they decide.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("decide")
                tokens[i + 2].isStop = true
            } else if ["cut", "cuts", "cutting"].contains(w),
                typed(i + 1, i) == "through"
                    || typed(i + 1, i) == "right" && typed(i + 2, i) == "through"
            {
                // "Tough talk cuts right through the denial": breaks through it.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("break")
            } else if readForms.contains(w), let next = typed(i + 1, i),
                readPersons.contains(next)
                    || ["the", "a", "their", "his", "her", "your", "my"].contains(next)
                        && typed(i + 2, i).map(readPersons.contains) == true
            {
                // "A good counselor can read the room", "read the client": telling how they are,
                // not learning from a text.
                tokens[i].isStop = false
                tokens[i].stem = tellKey
            } else if ["going", "goes", "went", "gone"].contains(w), typed(i + 1, i) == "through",
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
            } else if w == "how", let noun = courseAfter(tokens, i) {
                // "Nothing to do with how the counseling goes": the course of treatment, its
                // experience.
                tokens[noun].isStop = false
                tokens[noun].stem = analyzer.stem("experience")
            }
        }
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
}
