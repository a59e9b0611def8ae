import Testing

@testable import TutorCore

/// Round 33, inside a session, in words of our own: a question the learner announces as one
/// ("random q but what…", "silly question, what's…") is asked beside the open question, which
/// stays open; a line that only speaks of a question is an answer.
@Suite struct DialogueRoundThirtyThreeTests {
    @Test(
        "a question announced as one is asked beside the open question",
        arguments: [
            "random q but what counts as a boundary crossing",
            "random question but what's a dual relationship",
            "silly question, what's a boundary crossing",
        ])
    func announcedQuestion(_ line: String) {
        var s = DialogueSession.opened("boundaries", expecting: "gift-boundary")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(s.state.open?.id == "gift-boundary")
    }

    @Test("the form read directly")
    func announcedForm() {
        #expect(LineForm.afterAnAnnouncedQuestion(["quick", "q", "but", "what", "is", "it"]) == ["what", "is", "it"])
        #expect(LineForm.afterAnAnnouncedQuestion(["the", "question", "is", "hard"]) == nil)
        #expect(LineForm.afterAnAnnouncedQuestion(["question", "3", "was", "about", "trust"]) == nil)
    }

    @Test("a line that speaks of the question is graded")
    func speaksOfTheQuestion() {
        var s = DialogueSession.opened("boundaries", expecting: "gift-boundary")
        let r = s.say("the question is whether the gift is small")
        #expect(r.grade != nil)
    }
}
