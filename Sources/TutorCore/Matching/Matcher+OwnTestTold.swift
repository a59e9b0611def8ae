/// (round 27) A line about the learner's own test that asks for nothing: "my stomach is in
/// knots about this test", "this test has me up at night". "test" is a cue of a quiz ("test
/// me"), but here it is the learner's own exam, named after "this", "my" or "the", and the
/// line tells how the learner is with it: a feeling, answered with a word of support and a
/// next step, not a quiz.
extension Matcher {
    /// Whether the quiz the line was read as rests only on its naming the learner's own test:
    /// every quiz cue is the one word "test" or "exam" itself, the line speaks of the
    /// learner's own exam, and it names no concept.
    func quizOnlyByOwnTest(_ intent: Intent, cues: CueScan, ranked: [Int], tokens: [Token]) -> Bool {
        guard intent == .quiz, ranked.isEmpty, Self.speaksOfOwnExam(tokens) else { return false }
        let quizCues = cues.hits.filter { $0.intent == .quiz }
        return !quizCues.isEmpty
            && quizCues.allSatisfy { hit in
                hit.span.count == 1 && Self.ownTestNouns.contains(tokens[hit.span.lowerBound].word)
            }
            && !tokens.contains { Self.quizAskers.contains($0.word) }
    }

    static let ownTestNouns: WordSet = ["test", "tests", "exam", "exams"]
    /// Words that ask for a question even beside the learner's own test ("give me one like
    /// the test", "ask me what the exam asks").
    static let quizAskers: WordSet = [
        "give", "ask", "quiz", "question", "questions", "drill", "practice", "try", "another", "more",
    ]
}
