import Testing

@testable import TutorCore

/// Round 18: lines said inside a session, in other words than the development lines that
/// showed them: how another concept bears on the open question, a request after a short first
/// sentence, and more answer after the question closed that names an option after an adverb or
/// opens on a bare noun and its verb.
@Suite struct SessionRoundEighteenTests {
    let goals = "collaborative-goals"

    func goalsQuestionOpen() -> DialogueSession { .opened("shared-goals", expecting: goals) }

    @Test(
        "what another concept has to do with the open question asks about that concept, and the question stays open",
        arguments: [
            ("what does bordin have to do with this", "bordin-working-alliance"),
            ("whats informed consent got to do with all this", "informed-consent"),
        ])
    func whatItHasToDoWithThis(_ line: String, _ concept: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.match?.intent != .compare, "\(line): \(String(describing: r.match))")
        #expect(r.match?.concepts.first == concept, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == goals)
    }

    @Test(
        "a request after a short first sentence is a side request, with no question mark",
        arguments: [
            "alright then. can you show me what a shared goal sounds like",
            "ok. could you give me an example of ownership",
        ])
    func requestAfterAShortSentence(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.openLine == .sideRequest, "\(line)")
        #expect(s.state.open?.id == goals)
    }

    @Test func anOptionNamedAfterAnAdverbIsMoreAnswer() {
        var s = DialogueSession()
        s.say(":quiz sympathy")
        #expect(s.state.open?.id == "which-is-empathic")
        s.say("B, it reflects the client's own feelings and her frame of reference, that's empathy")
        #expect(s.state.open == nil)
        let r = s.say("A only voices the helper's own sorrow")
        #expect(r.gradedQuestion == "which-is-empathic", "\(r.moves)")
    }

    @Test func aBareNounAndItsVerbIsMoreAnswer() {
        var s = DialogueSession()
        s.say(":quiz trust")
        #expect(s.state.open?.id == "build-trust")
        s.say("listen without judging and be consistent every week")
        #expect(s.state.open == nil)
        let r = s.say("guilt works on some clients")
        #expect(r.gradedQuestion == "build-trust", "\(r.moves)")
        #expect(r.grade?.misconceptions == ["m1"], "\(String(describing: r.grade))")
    }
}
