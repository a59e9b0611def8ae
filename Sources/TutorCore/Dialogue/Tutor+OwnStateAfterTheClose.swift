/// (round 31) "honestly my stomach is in knots about test day", "I'm dreading the boards, my
/// hands shake", said between questions (the last one just closed): the learner says how they
/// are about their exam or study. While a question is open, `ownStateBesideTheQuestion` reads
/// such a line as a feeling; with none open the matcher, knowing none of its words in their
/// sense ("knots", "stomach"), put it out of scope. By its shape (the learner in the first
/// person saying how they are, nobody of the counseling in it, no act or guess, not a question)
/// and its subject (the exam, the test, their study) it is a feeling, answered as one.
extension Tutor {
    /// Words for the learner's exam or study.
    static let ownStudyWords: WordSet = [
        "exam", "exams", "test", "tests", "boards", "licensing", "certification", "study", "studying", "quiz",
        "quizzes", "questions", "finals", "revision", "revising",
    ]

    /// The match as the learner's feeling when a free line out of scope, naming nothing, is the
    /// learner saying how they are about their exam or study; nil otherwise.
    static func ownStateOnTheExam(_ match: MatchResult, _ analysis: Analysis) -> MatchResult? {
        guard match.intent == .outOfScope, match.concepts.isEmpty, LineForm.speaksOfOwnState(analysis),
            analysis.tokens.contains(where: { ownStudyWords.contains($0.word) })
        else { return nil }
        var feeling = MatchResult(intent: .feelings, concepts: [], confidence: 0.8)
        feeling.evidence = match.evidence + ["form: the learner says how they are about their exam → feelings"]
        return feeling
    }
}
