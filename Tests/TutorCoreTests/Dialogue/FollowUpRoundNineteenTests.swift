import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 19): what the topic acts on, how a person
/// does the topic, a side of a comparison only guessed, the field itself as a setting, a
/// concept asked about in the setting just discussed, and kinds picked by "the X one".
@Suite struct FollowUpRoundNineteenTests {
    typealias Case = FollowUpContextTests.Case

    /// "How does it change X": the pronoun is the topic acting, X is asked about and leads,
    /// named by its term or by two words of a term of a concept the topic relates to.
    @Test(arguments: [
        Case("what is collaboration", "how does it shape their motivation", .explain, "client-motivation"),
        Case("what is the therapeutic alliance", "how does it affect client motivation", .explain, "client-motivation"),
        Case(
            "explain open communication", "so how would that change the client's treatment plan", .explain,
            "tailored-treatment"),
    ])
    func whatTheTopicActsOnLeads(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// A relation word inside the term that names a concept ("setting goals together")
    /// relates nothing: no comparison.
    @Test(arguments: [
        Case("what is client motivation", "would setting goals together raise that", .explain, "shared-goals")
    ])
    func aRelationWordInATermRelatesNothing(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "How does a counselor do it", "how can the therapist support it": a person doing the
    /// topic, asked how, is how-to.
    @Test(arguments: [
        Case(
            "what is active listening", "how does a counselor actually do it with a quiet teen", .howTo,
            "active-listening"),
        Case("what is medication adherence", "how can the therapist support it", .howTo, "medication-adherence"),
    ])
    func howAPersonDoesTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "Versus just telling him straight out": the other side is guessed from the concepts'
    /// text and the knowledge base relates it to the topic.
    @Test func aGuessedOtherSideTheTopicRelatesTo() {
        let m = readFollowUp(
            Case(
                "what is motivational interviewing", "versus just telling him straight out he has a problem?", .compare,
                "motivational-interviewing"))
        #expect(m?.intent == .compare)
        #expect(m?.concepts == ["motivational-interviewing", "strong-confrontation"])
    }

    /// "And in addiction programs?": the field's own setting keeps the topic.
    @Test(arguments: [
        Case("why does the early alliance matter", "and in addiction programs?", .explain, "early-alliance")
    ])
    func theFieldAsASettingKeepsTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts == [c.concept])
    }

    /// After a setting (the alliance in telehealth), another concept named beside it is asked
    /// about there: the setting leads, explained.
    @Test(arguments: [
        Case(
            "what is the alliance in telehealth", "what about privacy over video calls", .explain, "telehealth-alliance"
        )
    ])
    func aConceptInTheSettingJustDiscussed(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
        #expect(m?.concepts.count == 2)
    }

    /// "The regard one … the genuine one" after Rogers' conditions: each picks the concept
    /// beside the topic whose name holds its word.
    @Test func twoKindsPickedByTheirWords() {
        let m = readFollowUp(
            Case(
                "what are Rogers' core conditions", "how is the regard one different from the genuine one", .compare,
                "unconditional-positive-regard"))
        #expect(m?.intent == .compare)
        #expect(m?.concepts == ["unconditional-positive-regard", "congruence"])
    }
}
