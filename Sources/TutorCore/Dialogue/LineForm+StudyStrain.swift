/// The learner worn down by their own study: "Honestly I keep mixing these up and it's getting to
/// me.", "I always second-guess myself on these, it's exhausting", "i keep confusing the two and
/// it's driving me nuts". A feeling, to be met as one; the matcher guessed a concept from its
/// words ("mixing", "second-guess") and, while a question was open, the line was graded as a
/// wrong answer. The learner in the first person speaking of their study (`speaksOfOwnStudy`),
/// with a word or phrase of strain, no one of the counseling in it and nothing asked.
extension LineForm {
    /// Words of strain.
    static let strainWords: WordSet = [
        "exhausting", "exhausted", "frustrating", "frustrated", "overwhelming", "overwhelmed", "discouraging",
        "discouraged", "demoralizing", "draining", "drained", "annoying", "maddening", "stressful", "embarrassing",
    ]
    /// Phrases of strain, as words.
    static let strainPhrases: [[String]] = [
        ["getting", "to", "me"], ["gets", "to", "me"], ["driving", "me"], ["drives", "me"], ["killing", "me"],
        ["wearing", "me"], ["doing", "my", "head"], ["so", "tired", "of"], ["sick", "of"], ["fed", "up"],
    ]

    /// Whether the line is the learner's strain over their own study (see above).
    static func strainedByOwnStudy(_ analysis: Analysis) -> Bool {
        guard !analysis.text.contains("?") else { return false }
        let w = analysis.tokens.map(\.typed)
        guard w.count <= 20, speaksOfOwnStudy(analysis), !w.contains(where: otherPeople.contains),
            !w.contains(where: askingWords.contains)
        else { return false }
        if w.contains(where: strainWords.contains) { return true }
        return strainPhrases.contains { p in
            w.count >= p.count && (0...(w.count - p.count)).contains { Array(w[$0..<$0 + p.count]) == p }
        }
    }
}
