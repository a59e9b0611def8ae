import Testing

@testable import TutorCore

/// Round 26, inside a session, in other words than the development lines that showed them: a
/// request named by its noun ("an example of…", "the difference between…") whatever verb,
/// filler or language is around it, is a side request and never graded; a line that goes on
/// with the learner's own sentence ("which…", "whereas…", "where they…") is the rest of an
/// answer, graded, also after the question closed.
@Suite struct DialogueRoundTwentySixTests {
    /// Requests named by their noun keep the question open, ungraded.
    @Test(
        "a request named by its noun is a side request",
        arguments: [
            "hold on, gimme an example of empathy first",
            "one more example of sympathy pls",
            "quick, another example of reflective listening",
            "espera, difference between empathy and sympathy",
            "ok ek example of trust do",
            "giv example of a reflection please",
            "wait, whats difference between empathy and sympathy again",
            "examples of open questions?",
            "pehle example de empathy",
            "acha example of active listening do na",
        ])
    func requestNamedByItsNoun(_ line: String) {
        var s = DialogueSession.opened("empathy", expecting: "empathy-effect")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "empathy-effect")
    }

    /// The same nouns said of something, in an answer, leave it an answer.
    @Test(
        "an answer holding the noun is graded",
        arguments: [
            "for example they feel understood and keep coming back",
            "it makes a big difference, they feel understood and stay",
            "an example of it is when the client feels heard and opens up",
        ])
    func answerWithTheNounIsGraded(_ line: String) {
        var s = DialogueSession.opened("empathy", expecting: "empathy-effect")
        let r = s.say(line)
        #expect(r.grade != nil, "\(line): \(r.moves)")
    }

    /// The form on its own.
    @Test func theNamedRequestForm() {
        let a = Fixtures.tutor.analyzer
        #expect(LineForm.namedRequest(a.analyze("gimme another example of change talk first")) != nil)
        #expect(LineForm.namedRequest(a.analyze("for example if she is at risk")) == nil)
        #expect(LineForm.namedRequest(a.analyze("treat everyone the same, no difference")) == nil)
        #expect(LineForm.namedRequest(a.analyze("the difference between them is who feels it")) == nil)
    }

    /// A line that goes on with the learner's own sentence is graded.
    @Test(
        "a line that continues the answer is graded",
        arguments: [
            "which is not the same thing as approving of what he did.",
            "which doesn't mean signing off on the drinking.",
            "whereas approving would mean saying the drinking is fine",
            "while still not agreeing with everything he does?",
        ])
    func continuationIsGraded(_ line: String) {
        var s = DialogueSession.opened("unconditional positive regard", expecting: "upr-not-approval")
        s.say("accept him as a person of worth, no conditions")
        let r = s.say(line)
        #expect(r.grade?.question == "upr-not-approval", "\(line): \(r.moves)")
    }

    /// A relative "where" before its own subject continues; "where do I…" still asks.
    @Test func whereBeforeASubjectContinues() {
        var s = DialogueSession.opened("therapeutic-alliance", expecting: "alliance-definition")
        s.say("a partnership between counselor and client")
        let r = s.say("where they both agree on the goals of treatment")
        #expect(r.grade?.question == "alliance-definition")
        let a = Fixtures.tutor.analyzer
        #expect(!LineForm.continuesTheSentence(a.analyze("where do i even start"), afterAnAnswer: true))
        #expect(!LineForm.continuesTheSentence(a.analyze("which is better?"), afterAnAnswer: true))
        #expect(!LineForm.continuesTheSentence(a.analyze("which one is the empathic one."), afterAnAnswer: true))
        #expect(LineForm.continuesTheSentence(a.analyze("whereas A is about the helper"), afterAnAnswer: false))
    }

    /// Continuing after the question closed: graded against the question just closed.
    @Test func continuationAfterTheClose() {
        var s = DialogueSession.opened("sympathy", expecting: "which-is-empathic")
        s.say("B is the empathic one")
        s.say("because B says back the client's own feelings")
        let r = s.say("whereas A is more about how the helper feels?")
        #expect(r.grade?.question == "which-is-empathic", "\(r.moves)")
    }
}
