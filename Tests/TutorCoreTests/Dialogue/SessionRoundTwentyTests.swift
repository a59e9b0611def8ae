import Testing

@testable import TutorCore

/// Round 20: answers said inside a session, in other words than the development lines that
/// showed them: the counselor's authority said through a pronoun, "Never." to a question
/// that asks when, and a request after a filler ("wait define …").
@Suite struct SessionRoundTwentyTests {
    @Test(
        "the counselor's authority said through a pronoun is the misconception",
        arguments: [
            "the counselor has the training, so she should decide what we work on",
            "counselor's been at it for twenty years, they should call the shots",
        ])
    func authorityThroughAPronoun(_ line: String) {
        var s = DialogueSession.opened("shared-goals", expecting: "collaborative-goals")
        let r = s.say(line)
        #expect(r.grade?.misconceptions == ["m1"], "\(line): \(r.moves)")
    }

    @Test(
        "never, to a question that asks when, is the flat refusal",
        arguments: ["Never.", "Never. What I live through is nobody else's business."])
    func neverAnswersWhen(_ line: String) {
        var s = DialogueSession.opened("counselor-self-disclosure", expecting: "recovery-disclosure")
        let r = s.say(line)
        #expect(r.grade?.misconceptions == ["m1"], "\(line): \(r.moves)")
        #expect(r.grade?.verdict == .misconception)
    }

    @Test(
        "a request after a filler is a side request, and the question stays open",
        arguments: ["wait, define countertransference for me", "ok explain countertransference"])
    func requestAfterAFiller(_ line: String) {
        var s = DialogueSession.opened("countertransference", expecting: "irritated-counselor")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "irritated-counselor")
    }
}
