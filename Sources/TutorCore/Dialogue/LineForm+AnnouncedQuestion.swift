extension LineForm {
    /// Round 33: "side question, what's a dual relationship", "quick q: what are the limits",
    /// "random question but why is it called secondary": the learner names what follows as a
    /// question before asking it. The words after the announcement are the question, and are
    /// read by the forms of `asks`; nil when the line opens with no announcement.
    ///
    /// The announcement is at most three words ending on "question" (or its chat forms,
    /// the lexicon's synonyms: "q", "qn"), with a question word right after it (a "but" between):
    /// "the question is hard" or "question 3 was about trust" announce nothing.
    static func afterAnAnnouncedQuestion(_ w: [String]) -> [String]? {
        guard let i = w.prefix(3).firstIndex(where: announcingNouns.contains), i + 1 < w.count else { return nil }
        var j = i + 1
        if w[j] == "but" || w[j] == "so" { j += 1 }
        guard j < w.count, questionWords.contains(w[j]) else { return nil }
        return Array(w[j...])
    }

    /// The nouns that announce a question ("side question", "quick q").
    static let announcingNouns: WordSet = ["question", "q", "qn", "ques", "qs"]
}
