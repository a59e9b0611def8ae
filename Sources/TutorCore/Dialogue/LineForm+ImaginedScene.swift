/// (round 29) "And, um, it probably wouldn't feel very good", "they might feel pretty
/// awful": while a question is open, a feeling imagined in the question's scene (a
/// hypothesis, with "would", "might" or "could", and no "I" or "me" in it) is the learner's
/// guess at what the client goes through, an attempt at the question. The matcher hears a
/// feeling and the line was answered as the learner's own ("That sounds hard…") beside the
/// question, ungraded. The learner's own feelings are said in the first person or with no
/// hypothesis ("this is so much to remember"). So is "I'd tell her, don't you worry, not one
/// word leaves this room": what the learner would say to the client, a feeling's words quoted
/// as the counselor's reply.
extension LineForm {
    /// Modals of a hypothesis.
    static let hypothesisWords: WordSet = ["would", "wouldnt", "might", "could", "couldnt", "may", "mightnt"]

    /// Words of the learner's own that `firstPerson` does not hold.
    static let imaginedSelfWords: WordSet = ["myself", "mine", "we", "us", "our"]

    /// Whether the line imagines a feeling in someone else's place (see above).
    static func imaginesAFeelingInTheScene(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed)
        guard w.count >= 4, w.contains(where: hypothesisWords.contains) else { return false }
        return !w.contains { firstPerson.contains($0) || imaginedSelfWords.contains($0) }
            && !isQuestionShapedByWords(analysis)
    }
}

extension LineForm {
    /// Whether the line opens on what the learner would say or tell the client ("I'd tell
    /// her, …", "i would say something like …").
    static func quotesTheirReply(_ analysis: Analysis) -> Bool {
        var w = words(analysis).filter { $0.contains(where: \.isLetter) }
        if w.first == "i" && w.dropFirst().first == "would" {
            w.removeFirst(2)
        } else if ["id", "i'd"].contains(w.first ?? "") {
            w.removeFirst()
        } else {
            return false
        }
        while let first = w.first, ["probably", "just", "maybe", "then", "first", "gently"].contains(first) {
            w.removeFirst()
        }
        guard let verb = w.first, ["tell", "say", "reassure", "answer", "reply", "respond"].contains(verb) else {
            return false
        }
        return true
    }
}
