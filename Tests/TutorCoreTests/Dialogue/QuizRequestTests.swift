import Testing

@testable import TutorCore

/// A request for a question while one is open is a side request, even when it names words of
/// the open question's answer ("quiz me on building trust" while the insurance question is open).
@Suite struct QuizRequestTests {
    @Test(arguments: ["quiz me on building trust", "test me on trust", "quiz me on the alliance", "ask me about trust"])
    func aQuizRequestIsNeverGradedAsAnAnswer(_ line: String) {
        var s = DialogueSession()
        #expect(s.say("quiz me on insurance coverage").openQuestion == "insurance-secondary")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line) was graded")
        #expect(s.state.open?.id == "insurance-secondary")
        #expect(r.reply.hasPrefix("We're still on this question: "))
        // The answer that follows is still graded against the open question.
        #expect(s.say("it doesnt change whats happening in the sessions").grade?.covered == ["e2"])
    }
}
