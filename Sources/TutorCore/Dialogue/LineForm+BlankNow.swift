/// "Oh gosh, I'm drawing a blank", "my mind just went blank", "blanking on this one": the
/// learner's mind empty at the question in front of them, which is not knowing the answer (a
/// don't-know, as the grader reads it). The matcher hears "blank" as a feeling, and a feeling
/// said while a question is open was answered beside it, so the question never moved to its
/// hint. Blanking as a habit or a fear ("I always blank on these", "I keep blanking on the test",
/// "im scared ill blank on exam day") is a feeling about the learner's study, and stays one.
extension LineForm {
    /// Words that make blanking a habit, a fear or the exam's, not the question's now.
    static let blankingAtLarge: WordSet = [
        "always", "keep", "keeps", "kept", "usually", "every", "ill", "i'll", "will", "gonna", "going", "test",
        "tests", "exam", "exams", "scared", "afraid", "worried", "anxious", "nervous", "frustrating", "hate",
    ]

    /// Whether the line says the learner's mind is blank at the question now (see above).
    static func blanksNow(_ analysis: Analysis) -> Bool {
        guard !analysis.text.contains("?") else { return false }
        let w = analysis.tokens.map(\.typed)
        guard w.count <= 12, w.contains(where: { $0.hasPrefix("blank") }) else { return false }
        return !w.contains(where: blankingAtLarge.contains) && !w.contains(where: otherPeople.contains)
    }
}
