import Testing

@testable import TutorCore

/// Round 34's sessions: a line that goes on from the answer just after the question closed is
/// read in the conversation, the graded answers lending their ideas as they would have with
/// the question open (`Tutor+LateAdditionLent`).
@Suite struct DialogueRoundThirtyFourTests {
    /// A tutor whose graded answers to the trust question say "set goals together" in words
    /// that no phrasing has ("draw up the roadmap side by side").
    static let tutor = GradedAnswersTests.tutor([
        ("build-trust", ["e4"], [], "draw up the roadmap side by side"),
        ("build-trust", ["e4"], [], "draw up the roadmap side by side with them"),
        ("build-trust", ["e4"], [], "the roadmap gets drawn up side by side"),
        ("build-trust", ["e4"], [], "side by side you draw up the roadmap every month"),
        ("build-trust", [], [], "no clue honestly"),
    ])

    /// The trust question, answered completely, so that it has just closed.
    static func closed() -> DialogueSession {
        var s = DialogueSession(tutor: tutor)
        s.say(":quiz trust")
        #expect(s.state.open?.id == "build-trust")
        s.say("I'd listen without judging and keep every promise")
        #expect(s.state.open == nil && s.state.lastClosed == "build-trust")
        return s
    }

    @Test(
        "a line going on from the answer takes the graded answers' idea after the close",
        arguments: [
            "and draw up the roadmap side by side", "also the roadmap, draw it up side by side",
            "so you draw up the roadmap side by side",
        ])
    func continuationLent(_ line: String) throws {
        let alone = try #require(Self.tutor.grade(questionID: "build-trust", answer: line))
        #expect(alone.covered.isEmpty && alone.misconceptions.isEmpty, "\(alone)")
        var s = Self.closed()
        let r = s.say(line)
        #expect(r.grade?.covered == ["e4"] && r.gradedQuestion == "build-trust", "\(r.moves)")
    }

    /// A question about the same words asks; it is not graded.
    @Test func aQuestionIsNoContinuation() {
        var s = Self.closed()
        let r = s.say("and could you draw up the roadmap side by side?")
        #expect(r.grade == nil, "\(r.moves)")
    }
}
