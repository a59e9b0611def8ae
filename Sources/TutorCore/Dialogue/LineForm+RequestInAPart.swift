/// (round 29) A request for a question that is only one part of the line: after a lead-in of
/// its own clause ("Go ahead, ask me about confronting a drinker", "fine then, quiz me on
/// trust", "vale, ask me to define the alliance"), or followed by a sentence that says how it
/// should go ("Do the grieving client one. A or B.", "The wedding one. Keep it short.").
/// The forms that read a request for a question (`asksToBeTested`, `asksForAQuestion`,
/// `asksForOneOn`, `offersToAttempt`) read the line as a whole, so a lead-in before the
/// request, or an instruction in a sentence after it, hid the request and the line was read
/// as a question about its topic (no question opened, and every answer after it went ungraded).
extension LineForm {
    /// Words a lead-in clause is made of: assent, a go-ahead, a filler, a learner's "okay"
    /// in another language ("vale", "sige", "dale").
    static let leadInWords: WordSet = [
        "go", "ahead", "ok", "okay", "okey", "k", "alright", "allright", "aight", "right", "fine", "sure", "yes",
        "yeah", "yep", "yup", "yea", "well", "so", "now", "then", "come", "on", "good", "great", "cool", "nice",
        "and", "oh", "hmm", "um", "umm", "uh", "ah", "next", "ready", "i'm", "im", "i", "am", "let's", "lets",
        "let", "us", "shoot", "fire", "away", "bring", "it", "all", "vale", "sige", "po", "dale", "bueno", "pues",
        "d'accord", "daccord", "oui", "si", "ja", "again", "one", "more", "time", "another", "round",
    ]

    /// Hedges that may open a request named by its noun phrase ("maybe the stages of change
    /// one?", "perhaps the wedding one"): dropped word by word before "the" or "that".
    static let hedgeWords: WordSet = ["maybe", "perhaps", "possibly", "mmm", "hmm", "um", "umm", "ok", "okay", "so"]

    /// The parts of the line that may be the request, when they are not the whole line: the
    /// line less the clauses of a lead-in that open it (and the hedges before a noun phrase),
    /// up to the end of its first sentence, and up to the end of its first clause ("do the
    /// disgusting one, the client who thinks…": the clause after it says which).
    static func requestParts(_ analysis: Analysis) -> [(part: Analysis, rest: [String])] {
        let tokens = analysis.tokens.filter { $0.word.contains(where: { $0.isLetter || $0.isNumber }) }
        guard let first = tokens.first else { return [] }
        var start = 0
        // Leading clauses made only of lead-in words ("Go ahead,", "Fine.", "ok so,").
        var clause = first.clause
        while start < tokens.count {
            let rest = tokens[start...]
            let run = rest.prefix { $0.clause == clause }
            guard run.count < rest.count, run.allSatisfy({ leadInWords.contains($0.word) }) else { break }
            start += run.count
            clause = tokens[start].clause
        }
        // Hedges before a noun phrase ("maybe the …").
        let hedges = tokens[start...].prefix { hedgeWords.contains($0.word) }.count
        if hedges > 0, start + hedges < tokens.count, ["the", "that"].contains(tokens[start + hedges].word) {
            start += hedges
        }
        let opening = tokens[start]
        let sentence = tokens[start...].prefix { $0.sentence == opening.sentence }
        let clauseOnly = tokens[start...].prefix { $0.clause == opening.clause }
        var parts: [(part: Analysis, rest: [String])] = []
        for part in [sentence, clauseOnly] where part.count >= 2 && part.count < tokens.count {
            guard !parts.contains(where: { $0.part.tokens.count == part.count }) else { continue }
            let rest = tokens[part.endIndex...].map(\.word)
            parts.append((Analysis(text: part.map(\.typed).joined(separator: " "), tokens: Array(part)), rest))
        }
        return parts
    }

    /// Whether the part of the line that is not a lead-in or an instruction after it asks
    /// for a question as a whole line would. With a question open only a request by a verb
    /// or a noun for a question counts (`asksForAQuestion` and `asksForOneOn` keep their own
    /// care); being tested and offering to try are read with nothing open.
    ///
    /// A part is not the request when the rest of the line after it is a question of its own
    /// ("and the safe space one, same idea?" asks whether two things are alike: the question
    /// mark ends the rest, not the part; "the harsh one, why does it backfire" and "the middle
    /// one, positive regard, what is it exactly" ask why and what), nor when the rest is only a
    /// courtesy ("show me one, please": the whole line was read already, and "please" adds no
    /// request).
    static func asksInAPart(_ analysis: Analysis, questionOpen: Bool) -> Bool {
        let asksAfter = analysis.text.last(where: { !$0.isWhitespace }) == "?"
        return requestParts(analysis).contains { part, rest in
            guard rest.isEmpty || !asksAfter && !restAsks(rest) && !rest.allSatisfy(courtesyWords.contains)
            else { return false }
            return asksForAQuestion(part, questionOpen: questionOpen) || asksForOneOn(part)
                || !questionOpen && (asksToBeTested(part) || offersToAttempt(part))
                || !questionOpen && namesAQuestionByOne(part) && rest.allSatisfy(afterRequest.contains)
        }
    }
}

extension LineForm {
    /// "Goals one. go", "wedding one, go": a question named by a word or two of its topic
    /// and "one", with no determiner, as the part of a line that a starting signal follows
    /// (the caller reads it so only with nothing open). Not a listed option or a degree ("the
    /// second one", "harder one"), nor a pointer ("this one", "which one").
    static func namesAQuestionByOne(_ part: Analysis) -> Bool {
        let w = part.tokens.map(\.word)
        guard (2...4).contains(w.count), w.last == "one" else { return false }
        let named = w.dropLast()
        return !named.contains {
            notAScene.contains($0) || oneNamePointers.contains($0) || choosingVerbs.contains($0)
                || questionWords.contains($0)
                || others.contains($0) || copulas.contains($0) || auxiliaries.contains($0) || $0.allSatisfy(\.isNumber)
        }
    }
}

extension LineForm {
    /// Courtesies that may close a line without changing what it asks.
    static let courtesyWords: WordSet = ["please", "pls", "plz", "thanks", "thank", "you", "thx", "ty"]

    /// Question words run together with "is" ("whats that", "hows it work").
    static let contractedQuestionWords: WordSet = ["whats", "hows", "whys", "wheres", "whos", "wats", "wat"]

    /// Words that follow a question word when it opens a question ("why does", "what is it",
    /// "what that means" is not one, nor "the client who thinks").
    static let questionFollowers: WordSet = [
        "is", "are", "was", "were", "does", "do", "did", "would", "could", "should", "can", "will", "it", "that",
        "this", "s",
    ]

    /// Whether the rest of a line after a part holds a question of its own.
    static func restAsks(_ rest: [String]) -> Bool {
        for (i, word) in rest.enumerated() {
            if contractedQuestionWords.contains(word) { return true }
            if questionWords.contains(word), i + 1 < rest.count, questionFollowers.contains(rest[i + 1]) { return true }
        }
        return false
    }
}

extension LineForm {
    /// Pointers and degrees before "one" that name no question ("this one", "the new one").
    static let oneNamePointers: WordSet = [
        "this", "that", "the", "a", "which", "what", "no", "each", "every", "any", "another", "good", "great",
        "nice",
        "fun", "cool", "new", "old", "big", "small", "little",
    ]
}
