import Testing

@testable import TutorCore

/// Round 34's grading in conversation, with graded answers of our own: the nearest graded
/// answers lend the ideas they all express (`Grader+ExemplarsAgreedIdeas`), not only a label
/// they share whole.
@Suite struct GraderRoundThirtyFourTests {
    func inConversation(_ tutor: Tutor, _ id: String, _ answer: String) -> Grade? {
        tutor.gradeInContext(tutor.question(id)!, tutor.analyzer.analyze(answer), cloze: nil)
    }

    /// Answers about turning up each week, the nearest of which also listens: all say consistency.
    static let overlapping = GradedAnswersTests.tutor([
        ("build-trust", ["e1", "e5"], [], "turn up each week at the same hour mate and listen to them"),
        ("build-trust", ["e5"], [], "turn up each week at the same hour, no excuses"),
        ("build-trust", ["e5"], [], "you turn up each week, always the same hour"),
        ("build-trust", ["e5"], [], "the same hour each week, rain or shine"),
        ("build-trust", [], ["m1"], "make them feel guilty about the bottle, that keeps them honest"),
        ("build-trust", [], [], "no clue honestly"),
    ])

    @Test(
        "the nearest answers lend the idea they share, not the one only some add",
        arguments: [
            "turn up each week at the same hour mate", "same hour each week mate, turn up",
            "mate, each week turn up at the same hour",
        ])
    func sharedIdeaLent(_ answer: String) throws {
        let tutor = Self.overlapping
        let alone = try #require(tutor.grade(questionID: "build-trust", answer: answer))
        #expect(alone.covered.isEmpty && alone.misconceptions.isEmpty, "\(answer): \(alone)")
        let graded = try #require(inConversation(tutor, "build-trust", answer))
        #expect(graded.covered == ["e5"] && graded.misconceptions.isEmpty && graded.verdict == .partial, "\(graded)")
    }

    /// Nearest answers that share no idea lend nothing.
    @Test func nothingSharedLendsNothing() throws {
        let split = GradedAnswersTests.tutor([
            ("build-trust", ["e5"], [], "turn up every week at the same hour"),
            ("build-trust", [], ["m1"], "turn up every week at the same hour and shame them"),
            ("build-trust", ["e5"], [], "turn up every week"),
            ("build-trust", [], ["m1"], "turn up every week and shame them"),
        ])
        let graded = try #require(inConversation(split, "build-trust", "turn up every week at the same hour, fine"))
        #expect(graded.covered.isEmpty && graded.misconceptions.isEmpty, "\(graded)")
    }
}
