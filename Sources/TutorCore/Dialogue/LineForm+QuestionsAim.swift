/// (round 30) "I'm sorry, I am not quite sure what the question wants from me", "no idea what
/// this question is getting at", "dont get what its asking", "im lost, wat r u even asking": not
/// knowing what the question asks for, with the question as the one that asks (or the tutor, in
/// a texter's spelling). The word "question" made it a
/// request for a question; like "not sure what you're looking for" (`asksWhatTheTutorWants`),
/// it asks for the question in plainer words, and no attempt is counted.
extension LineForm {
    /// The question named as the one asking: "the question", "this question", "it".
    static let questionAsAsker: [[String]] = [
        ["the", "question"], ["this", "question"], ["that", "question"], ["this", "one"], ["it"], ["its"],
        ["the", "q"], ["this", "q"],
        // "Wat r u even asking": the tutor, in a texter's spelling `asksWhatTheTutorWants` does not read.
        ["r", "u"], ["r", "you"], ["are", "u"], ["are", "you"], ["u"], ["you"], ["ya"],
    ]
    /// Verbs of asking for or aiming at, in the third person.
    static let askingVerbs: WordSet = [
        "wants", "want", "asks", "ask", "asking", "means", "mean", "after", "getting", "looking", "expects",
        "expecting", "needs", "is",
    ]

    /// Words that deny the learner's knowing or getting it ("not sure what …").
    static let aimNegators: WordSet = ["not", "no", "dont", "cant", "didnt", "never", "idk", "dunno", "nt"]

    /// Whether the line says the learner does not know what the question asks for.
    static func asksWhatTheQuestionWants(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        guard w.count <= 16, let what = w.firstIndex(where: { ["what", "wat", "wut"].contains($0) }), what >= 1,
            let j = (max(0, what - 3)..<what).last(where: { notFollowing.contains(w[$0]) })
        else { return false }
        // "I know what the question wants" follows it: "know", "get", "sure" need their "not".
        if ["know", "get", "understand", "sure", "idea", "clue"].contains(w[j]),
            !(max(0, j - 3)..<j).contains(where: { aimNegators.contains(w[$0]) })
        {
            return false
        }
        let rest = Array(w[(what + 1)...])
        guard let asker = questionAsAsker.first(where: { rest.starts(with: $0) }) else { return false }
        let after = rest.dropFirst(asker.count).filter {
            !["is", "even", "exactly", "really", "actually"].contains($0)
        }
        // ("Not sure what it means by passive" asks what a word means.)
        guard let verb = after.first, !after.contains("by") else { return false }
        return verb != "is" && (askingVerbs.contains(verb) || aimingVerbs.contains(verb))
    }
}

/// (round 30) "Ask me that in a simpler way", "could you ask the question differently", "can
/// you reword the question", "the question again, slower": the open question asked for again in
/// other words. The word "question" or "ask" made it a request for a new question (or the
/// grader found a word of the answer in it); it is the open one, plainer.
extension LineForm {
    /// Verbs of asking or putting again; "reword" and "rephrase" say "otherwise" by themselves.
    static let reaskVerbs: WordSet = ["ask", "put", "say", "repeat", "word", "reword", "rephrase"]
    /// Polite words before the request.
    static let reaskPoliteness: WordSet = [
        "can", "could", "would", "will", "you", "u", "please", "pls", "plz", "just", "maybe",
    ]
    /// The open question, pointed at.
    static let theOpenOne: [[String]] = [
        ["that"], ["it"], ["this"], ["the", "question"], ["that", "question"], ["this", "question"], ["the", "q"],
        ["this", "one"],
    ]
    /// Words of another manner of putting it.
    static let otherwise: WordSet = [
        "simpler", "simply", "differently", "different", "another", "other", "plainer", "plain", "easier", "slower",
        "slowly", "again", "way", "words", "english", "terms", "clearer", "shorter",
    ]

    /// Whether the line asks for the open question again, otherwise put.
    static func asksToReaskItOtherwise(_ analysis: Analysis) -> Bool {
        let w = words(analysis).filter { $0.contains(where: \.isLetter) }.drop(while: reaskPoliteness.contains)
        guard let first = w.first else { return false }
        var rest = Array(w.dropFirst())
        if reaskVerbs.contains(first) {
            if ["me", "us"].contains(rest.first ?? "") { rest.removeFirst() }
            guard let object = theOpenOne.first(where: { rest.starts(with: $0) }) else { return false }
            let after = rest.dropFirst(object.count)
            return ["reword", "rephrase"].contains(first) || after.contains(where: otherwise.contains)
        }
        // "The question again, slower": the question named first, then only how.
        let named = Array(w)
        guard named.starts(with: ["the", "question"]) || named.starts(with: ["that", "question"]) else { return false }
        let after = named.dropFirst(2).filter {
            !["please", "pls", "but", "and", "a", "bit", "in", "with", "more"].contains($0)
        }
        return !after.isEmpty && after.allSatisfy(otherwise.contains)
    }
}
