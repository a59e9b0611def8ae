import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 26): when a line after an answer is a
/// follow-up at all (an aside of another field that names nothing and points back at nothing
/// stays out of scope), and which concept "it" takes when a clause of "when" or "if" follows it.
@Suite struct TutorRoundTwentySixFollowUpTests {
    typealias Case = FollowUpContextTests.Case

    /// A line of another field, with no word pointing back, is an aside: out of scope,
    /// whatever concept the whole-text guess would have found.
    @Test(arguments: [
        Case("what is empathy", "any good restaurants open near the station tonight", .outOfScope, "-"),
        Case("what is trust", "which laptop should i buy for college", .outOfScope, "-"),
        Case(
            "what are the stages of change", "whats the quickest route to the airport from downtown", .outOfScope, "-"),
        Case("what is collaboration", "recommend me a good movie for the weekend", .outOfScope, "-"),
        Case("what is group cohesion", "how long do i bake sourdough bread", .outOfScope, "-"),
        Case("what is a safe space", "who won the football game last night", .outOfScope, "-"),
        Case("what is program location", "where can i park my truck downtown for free", .outOfScope, "-"),
    ])
    func anAsideOfAnotherFieldStaysOutOfScope(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == .outOfScope)
        #expect(m?.concepts.isEmpty == true)
    }

    /// A line that leans back, by a pronoun, "instead", "another" or a fragment, is still a
    /// follow-up of the topic.
    @Test(arguments: [
        Case("what is feedback informed treatment", "why bother", .explain, "feedback-informed-treatment"),
        Case("what are open ended questions", "give me three of those", .example, "open-ended-questions"),
        Case("what is metacommunication", "example sentence please", .example, "metacommunication"),
    ])
    func aLineThatLeansBackIsStillAFollowUp(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "It" before "when" or "if" is the object of the verb before it: the topic, not the
    /// situation the clause tells.
    @Test(arguments: [
        Case("what is reflective listening", "how do i use it when a client is crying", .howTo, "reflective-listening"),
        Case(
            "what is metacommunication", "how do i bring it up when the session feels stuck", .howTo,
            "metacommunication"),
        Case("whats active listening", "how can i keep doing it when im exhausted", .howTo, "active-listening"),
        Case("what is immediacy", "how do i try it if the client is angry with me", .howTo, "immediacy"),
        Case(
            "what is unconditional positive regard", "how do i keep it up when a client disgusts me", .howTo,
            "unconditional-positive-regard"),
    ])
    func itBeforeWhenIsTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }
}
