/// The grade of one free-text answer to a question.
public struct Grade: Sendable, Equatable {
    public var question: String
    /// Expectation ids the answer covers, in the question's order.
    public var covered: [String]
    /// Misconception ids the answer shows.
    public var misconceptions: [String]
    public var verdict: Verdict
    /// For each covered idea, the learner's own words that expressed it.
    public var evidence: [String: String]

    public init(
        question: String, covered: [String], misconceptions: [String], verdict: Verdict,
        evidence: [String: String] = [:]
    ) {
        self.question = question
        self.covered = covered
        self.misconceptions = misconceptions
        self.verdict = verdict
        self.evidence = evidence
    }
}
