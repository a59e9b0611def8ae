import Testing

@testable import TutorCore

/// Round 27, inside a session, in other words than the development lines that showed them: a
/// side question put with no "does" after "what" ("what means rapport"), or after a short
/// lead-in of not knowing with no question mark ("no idea, what is a lapse"), is answered beside
/// the open question and never graded; lines of the same shape that state an answer are graded.
@Suite struct DialogueRoundTwentySevenTests {
    /// Asked with the second language's "what means", the question stays open, ungraded.
    @Test(
        "what means a term is a side question",
        arguments: [
            "what means active listening",
            "what means empathy here",
            "What mean validation?",
            "what means non judgmental exactly",
            "so what means empathy",
        ])
    func whatMeansATerm(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "build-trust")
    }

    /// A question after a lead-in of not knowing, any language, no question mark.
    @Test(
        "a question after not knowing is a side question",
        arguments: [
            "idk, what is the abstinence violation effect",
            "no clue, what does relapse mean",
            "not sure, what is a lapse exactly",
            "no se, what is the abstinence violation effect",
            "weet ik niet, what does lapse mean",
            "ne znayu, what is a relapse",
            "hmm, what is the abstinence violation effect",
        ])
    func questionAfterNotKnowing(_ line: String) {
        var s = DialogueSession.opened("lapse-vs-relapse", expecting: "lapse-wedding")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "lapse-wedding")
    }

    /// The same shapes stating an answer are graded.
    @Test(
        "the same shapes stating an answer are graded",
        arguments: [
            "what means the most is listening to them without judging",
            "ok, what matters is that they feel heard",
            "hmm, what they need is someone who listens",
            "idk, listen to them without judging",
        ])
    func statementsAreGraded(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.grade?.question == "build-trust", "\(line): \(r.moves)")
    }

    /// The forms on their own.
    @Test func theForms() {
        #expect(LineForm.asksWhatMeansATerm(["what", "means", "mutual", "respect", "here"]))
        #expect(!LineForm.asksWhatMeansATerm(["what", "means", "the", "most", "is", "trust"]))
        #expect(!LineForm.asksWhatMeansATerm(["what", "means", "a", "lot", "to", "them"]))
        let a = Fixtures.tutor.analyzer
        let asks = { (s: String) in LineForm.asks(a.analyze(s)) }
        #expect(LineForm.unmarkedQuestionAfterLeadIn(a.analyze("idk, what is a lapse"), asks: asks) != nil)
        #expect(LineForm.unmarkedQuestionAfterLeadIn(a.analyze("ok, what matters is trust"), asks: asks) == nil)
        #expect(LineForm.unmarkedQuestionAfterLeadIn(a.analyze("idk, what is a lapse?"), asks: asks) == nil)
    }
}
