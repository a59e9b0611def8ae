@testable import TutorCore

/// An answer to a question and the ideas its grade must hold: one argument of the grader's
/// parameterized suites (named by the answer in the test report).
struct GradedCase: Sendable, CustomStringConvertible {
    var question: String
    var answer: String
    var covered: [String]
    var misconceptions: [String]
    var description: String { answer }
}

/// The grade of `answer` to the question `question`, by the shipped knowledge base.
func gradeAnswer(_ question: String, _ answer: String) -> Grade {
    Fixtures.tutor.grader.grade(questionID: question, analysis: Fixtures.tutor.analyzer.analyze(answer))!
}
