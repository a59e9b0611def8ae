import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 22): one asked for politely, "and one more",
/// another way to do it, how the topic is measured, a party's version put as a possessive,
/// a side of a comparison by its ordinal, the alliance in another sense, whether a case
/// counts, what a person should do, what to do instead named, a side of the topic in its own
/// words.
@Suite struct FollowUpRoundTwentyTwoTests {
    typealias Case = FollowUpContextTests.Case

    /// "Can you give me one" after a definition is a case of it, as "give me one" is; "and
    /// one more" after an example is more of the same, not the example asked again.
    @Test(arguments: [
        Case("what is reflective listening", "could you show me one", .example, "reflective-listening"),
        Case("whats unconditional positive regard", "ok can u give me one", .example, "unconditional-positive-regard"),
        Case("give me an example of empathy", "and another one please", .more, "empathy"),
        Case("give me an example of change talk", "and one more pls", .more, "change-talk"),
    ])
    func oneAskedForAndOneMore(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "Another way?" right after how to do something asks for another way to do it; "put
    /// it another way" still asks for plainer words.
    @Test(arguments: [
        Case("how do i repair a rupture", "any other way?", .more, "alliance-rupture-repair"),
        Case("how do i show empathy", "a different way?", .more, "empathy"),
        Case("what is empathy", "can you put it another way", .simpler, "empathy"),
    ])
    func anotherWayToDoIt(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// How the topic is measured names the measure related to it; a topic with no measure
    /// keeps the line.
    @Test(arguments: [
        Case("what is the working alliance", "how would you measure it", .howTo, "working-alliance-inventory"),
        Case("why does the alliance matter", "how do researchers measure that", .define, "working-alliance-inventory"),
        Case("what is the therapeutic alliance", "how is it measured", .define, "working-alliance-inventory"),
        Case("what is empathy", "how do you measure it", .howTo, "empathy"),
    ])
    func howTheTopicIsMeasured(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "The client's version", "the therapist's side" (the possessive's "'s" is read as
    /// "is") pick the one of the pair as "the client version" does; an ordinal after a
    /// comparison picks its side, with the line's own request.
    @Test(arguments: [
        Case("what is countertransference", "and the client's version of it?", .define, "transference"),
        Case("what is transference", "what about the therapist's side of it", .define, "countertransference"),
        Case("empathy vs sympathy", "example of the second one please", .example, "sympathy"),
        Case("sympathy vs empathy", "give me an example of the first one", .example, "sympathy"),
    ])
    func aSidePickedByAPossessiveOrAnOrdinal(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts == [c.concept])
    }

    /// After the alliance, "what about" the alliance of nations stays out of scope: the word
    /// was read, in another sense, and is no name cut short.
    @Test(arguments: [
        Case(
            "what is the therapeutic alliance", "what about the alliance between france and britain", .outOfScope, "-"),
        Case("what is the therapeutic alliance", "and the alliance in world war two", .outOfScope, "-"),
    ])
    func theAllianceInAnotherSense(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.isEmpty == true)
    }

    /// Whether a case counts as the topic is why it holds; what a person should (not) do
    /// with the topic is how to do it; how to act "instead", with what takes the topic's
    /// place named, is how to do that.
    @Test(arguments: [
        Case("what is a boundary violation", "what about a hug, does it count", .explain, "boundaries"),
        Case("what is precontemplation", "what should I not say to them", .howTo, "stages-of-change"),
        Case("what is discord", "what should the counselor do with it", .howTo, "discord"),
        Case(
            "explain harsh confrontation", "so how would i do it with motivational interviewing instead", .howTo,
            "motivational-interviewing"),
        Case(
            "why is shaming clients bad", "what actually works instead to keep them engaged", .howTo,
            "client-engagement"),
    ])
    func whatIsAskedOfTheTopicByItsForm(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "What about the law …" after the alliance in telehealth: a word of the topic's own
    /// teaching that names another concept only weakly asks about that side of the topic;
    /// so does "the legal side of that".
    @Test(arguments: [
        Case(
            "how does the alliance work in telehealth", "what about the laws if my client is in another state",
            .explain, "telehealth-alliance"),
        Case(
            "what is the alliance in telehealth", "and what about the legal side of that", .explain,
            "telehealth-alliance"),
    ])
    func aSideOfTheTopicInItsOwnWords(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// At the merge: the question's own frame ("whats that", "how's that") is no word of the
    /// topic's teaching, so "what about X, whats that" still asks about X, the concept it names.
    @Test(arguments: [
        Case(
            "what is countertransference", "what about compassion fatigue, whats that", .define, "counselor-self-care"),
        Case("what is empathy", "what about self care, whats that", .define, "counselor-self-care"),
    ])
    func theQuestionsFrameIsNoSideOfTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }
}
