import Testing

@testable import TutorCore

/// Round 23: lines said in a session, in other words than the development lines that showed
/// them. A question put in Spanish ("cuál es…", "qué es…"), with the texter's "r" for "are",
/// or as "X vs Y, which…" is a side request while a question is open, never a graded answer;
/// "how much does…" asks as "how does" does; an answer opened by a hedge ("perhaps because
/// …") is graded, whatever question word a clause inside it holds; praise of the reply after
/// thanks ("thx. nice one") asks for nothing; counselors telling their own story is
/// self-disclosure.
@Suite struct SessionRoundTwentyThreeTests {
    @Test(
        "a question asked while a question is open keeps it open, ungraded",
        arguments: [
            "cuál es la diferencia entre los dos",
            "qué es la empatía exactamente?",
            "cuales son las partes de la empatia",
            "what r the parts of empathy",
            "how r they different",
            "empathy vs sympathy, which one matters more",
            "sympathy versus empathy... which is kinder",
            "btw how long does it take to drive to denver",
        ])
    func sideQuestion(_ line: String) {
        var s = DialogueSession.opened("empathy", expecting: "empathy-effect")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "empathy-effect")
    }

    @Test(
        "an answer opened by a hedge is graded, a question word inside it or not",
        arguments: [
            "Maybe because he feels judged when you push him?",
            "perhaps he stops coming, since who likes being yelled at?",
        ])
    func hedgedAnswer(_ line: String) {
        var s = DialogueSession.opened("confrontation", expecting: "confrontation-effect")
        let r = s.say(line)
        #expect(r.grade != nil, "\(line): \(r.moves)")
        #expect(r.grade?.covered.isEmpty == false, "\(line): \(String(describing: r.grade))")
    }

    @Test(
        "praise of the reply after thanks asks for nothing",
        arguments: ["thanks! nice one", "ty, that was a great one", "cheers. love it", "thx. good one"])
    func praiseAfterThanks(_ line: String) {
        var s = DialogueSession()
        s.say("what is rapport")
        let r = s.say(line)
        #expect(r.match?.intent == .thanks, "\(line): \(String(describing: r.match))")
        #expect(s.state.open == nil)
    }

    @Test("a request after thanks is still read", arguments: ["thanks. an example?"])
    func requestAfterThanks(_ line: String) {
        var s = DialogueSession()
        s.say("what is rapport")
        let r = s.say(line)
        #expect(r.match?.intent == .example, "\(line): \(String(describing: r.match))")
    }

    @Test(
        "counselors telling their own story is self-disclosure",
        arguments: [
            "quiz me on therapists sharing their own past",
            "test me on when a counselor tells his own story",
            "ask me about counselors telling their own story",
        ])
    func ownStory(_ line: String) {
        var s = DialogueSession()
        let r = s.say(line)
        #expect(r.match?.concepts.first == "counselor-self-disclosure", "\(line): \(String(describing: r.match))")
    }

    @Test("a client's own story is still the client-centered approach")
    func clientsOwnStory() {
        var s = DialogueSession()
        let r = s.say("ask me about clients telling their own story")
        #expect(r.match?.concepts.first == "client-centered-approach", "\(String(describing: r.match))")
    }

    @Test(
        "a don't-know in Tagalog or Spanish, or at a loss, is a don't-know in a session",
        arguments: ["di ko alam talaga", "no lo sé, perdón", "ewan ko po", "I'm at a loss here"])
    func dontKnow(_ line: String) {
        var s = DialogueSession.opened("court-orders", expecting: "court-order-compliance")
        let r = s.say(line)
        #expect(r.grade?.verdict == .dontKnow, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "court-order-compliance")
    }
}
