extension LineForm {
    /// Round 26: "oh gosh, I'm drawing a blank", "blank, sorry", "my mind just went blank",
    /// "blanking on this one": said while a question is open, the learner has no answer to
    /// this question now, a don't-know (the matcher hears a feeling in "blank", which is right
    /// for a line alone). A blank that is a habit or a fear ("I always blank on these during
    /// tests", "I'm so anxious I'll blank on the exam") is a feeling about studying, answered
    /// as one.
    static func blanksOnTheQuestion(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word)
        guard w.contains(where: { ["blank", "blanked", "blanking", "blanks"].contains($0) }), w.count <= 8 else {
            return false
        }
        return !w.contains(where: habitOrFear.contains)
    }

    /// Words that make a blank a habit, a fear or a matter of the exam.
    static let habitOrFear: Set<String> = [
        "always", "usually", "often", "every", "whenever", "test", "tests", "exam", "exams", "anxious",
        "nervous", "scared", "afraid", "worried", "will", "ill", "gonna", "stress", "stressed", "panic",
    ]
}
