/// (round 31) "whats the most important thing 4 the exam", "what's the main thing on the boards",
/// "which topic matters most for the test?": what the exam weighs most, asked as a question of
/// what (not yes or no, which `asksTheExamsWeight` reads). It asks what to study; the matcher
/// heard a content question's cue ("important": why it matters) and guessed a concept.
extension LineForm {
    /// Words that single out what weighs most.
    static let mostWords: WordSet = [
        "most", "main", "biggest", "key", "top", "important", "importantest", "crucial", "essential", "matters",
    ]

    /// Whether the line asks what weighs most on the exam (see above).
    static func asksWhatMattersMostForTheExam(_ analysis: Analysis) -> Bool {
        let w = words(analysis).filter { $0.contains(where: \.isLetter) }
        guard w.count >= 4, w.count <= 16, let first = w.first, ["what", "which"].contains(first),
            w.contains(where: { examWords.contains($0) || examinedWords.contains($0) })
        else { return false }
        // "Most" or "main" singles one thing out; "important" alone does not ("what is
        // important about trust on the exam" asks about trust).
        return w.contains(where: { ["most", "main", "biggest", "key", "top"].contains($0) })
            && w.contains(where: mostWords.contains)
            && !w.contains(where: { others.contains($0) })
    }
}
