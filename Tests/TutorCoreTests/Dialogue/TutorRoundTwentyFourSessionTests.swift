import Testing

@testable import TutorCore

/// Round 24: lines said in a session while a question is open, in other words than the
/// development lines that showed them. A question by its form beside a sentence that only
/// checks a word ("you mean sympathy?") or says the learner is not sure is a side request,
/// never graded for the word it checks; "dont get it", "cant follow" with the "I" dropped
/// ask for the question in plainer words, never a don't-know.
@Suite struct TutorRoundTwentyFourSessionTests {
    @Test(
        "a question beside a word checked keeps the question open, ungraded",
        arguments: [
            "empathy, like feeling with them? what is empathy exactly",
            "you mean sympathy? what is sympathy",
            "what is an example of empathy? not sure",
            "wait, the bond? what does the bond mean",
            "what is empathy? im not really sure",
        ])
    func questionBesideACheck(_ line: String) {
        var s = DialogueSession.opened("empathy", expecting: "empathy-effect")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.match?.intent.isContent == true, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == "empathy-effect")
    }

    @Test(
        "lost in the question with the I dropped: the question in plainer words",
        arguments: ["dont get it", "still dont understand", "cant follow", "didnt get that", "sorry, dont get it"])
    func lostWithTheIDropped(_ line: String) {
        var s = DialogueSession.opened("empathy", expecting: "empathy-effect")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.match?.intent == .simpler, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == "empathy-effect")
    }

    @Test("not knowing the answer is still a don't-know", arguments: ["dont know", "i dont know"])
    func notKnowingIsADontKnow(_ line: String) {
        var s = DialogueSession.opened("empathy", expecting: "empathy-effect")
        let r = s.say(line)
        #expect(r.grade?.verdict == .dontKnow, "\(line): \(r.moves)")
    }

    /// The sentence that asks, found beside the ones that only check or hedge.
    @Test func theAskingSentence() {
        let t = Fixtures.tutor
        let a = t.analyzer
        #expect(t.questionBesideACheck(a.analyze("you mean trust? what is trust")) != nil)
        #expect(t.questionBesideACheck(a.analyze("what is trust")) == nil)
        #expect(
            t.questionBesideACheck(a.analyze("he feels safe with you and keeps coming back. what is trust?")) == nil)
        #expect(Tutor.saysNotSure(["i", "am", "not", "sure"]))
        #expect(!Tutor.saysNotSure(["he", "is", "not", "sure"]))
    }
}
