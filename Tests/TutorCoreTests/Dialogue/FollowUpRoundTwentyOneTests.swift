import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 21): one side a pronoun, the other named or
/// described; the topic's short name put in the pronoun's place; a party's version of a pair;
/// "the two" of a topic that holds both sides; a view raised against the topic.
@Suite struct FollowUpRoundTwentyOneTests {
    typealias Case = FollowUpContextTests.Case

    /// After the alliance, "it" read as "the alliance" (its name's own word, when the whole
    /// name breaks the other concept's term) names the research on it.
    @Test(arguments: [
        Case("why does the alliance matter", "what did the studies on it find", .explain, "alliance-outcome-research"),
        Case(
            "why does the alliance matter", "how large is the research figure for that", .explain,
            "alliance-outcome-research"),
        Case(
            "what is the alliance", "what numbers does the research give for it", .explain, "alliance-outcome-research"),
    ])
    func theTopicsShortNameInThePronounsPlace(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// After the alliance, a distractor named beside a pronoun for it weighs the two, whatever
    /// else the line's words ask (a rewording, a definition) or guess.
    @Test(arguments: [
        Case(
            "what is the therapeutic alliance", "so it is the ethics code said another way?", .compare, "code-of-ethics"
        ),
        Case(
            "what is the therapeutic alliance", "so its kind of the doctor patient thing, correct", .compare,
            "doctor-patient-bond"),
        Case(
            "what is the therapeutic alliance", "so its the same as sticking to the session rules, in simpler terms?",
            .compare, "session-structure"),
    ])
    func aDistractorBesideAPronounForTheAlliance(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.count == 2)
        #expect(m?.concepts.first == Tutor.alliance)
        #expect(m?.concepts.dropFirst().first == c.concept)
    }

    /// "The therapist version", "the client side" picks the one of a pair whose definition
    /// names that party first.
    @Test(arguments: [
        Case("what is transference", "what about the therapist version", .define, "countertransference"),
        Case("what is countertransference", "and the client side of it?", .define, "transference"),
    ])
    func aPartysVersionOfThePair(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts == [c.concept])
    }

    /// "The two" of a topic that holds both sides is the topic, whatever a word of the case
    /// ("a real client") guesses.
    @Test(arguments: [
        Case(
            "compliance versus commitment", "show me the two with an actual client", .example,
            "compliance-vs-commitment"),
        Case("compliance vs commitment", "show me the two in a real client", .example, "compliance-vs-commitment"),
    ])
    func theTwoOfATopicHoldingBothSides(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts == [c.concept])
    }

    /// "But I read …", "wait, I thought …", "… which is it": a view raised against the topic
    /// weighs it against the concept the view names or its words guess.
    @Test(arguments: [
        Case(
            "what is CRAFT", "but my teacher said family pressure never works, which is it", .compare,
            "family-insistence"),
        Case(
            "what is family involvement", "wait, i read that guilt trips from relatives backfire", .compare,
            "negative-family-messaging"),
        Case(
            "what is CRAFT", "hold on, i heard family pressure just pushes people away", .compare, "family-insistence"),
    ])
    func aViewRaisedAgainstTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == "family-involvement")
        #expect(m?.concepts.dropFirst().first == c.concept)
    }

    /// "That or X": the topic by its pronoun weighed against what follows "or", whatever the
    /// line weighs them by.
    @Test(arguments: [
        Case("what is insurance coverage", "which matters more for recovery, that or trust?", .compare, "trust"),
        Case(
            "what is patient compliance", "which one predicts recovery better, that or the alliance?", .compare,
            "therapeutic-alliance"),
    ])
    func aPronounOrANamedConcept(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.count == 2)
        #expect(m?.concepts.dropFirst().first == c.concept)
    }
}
