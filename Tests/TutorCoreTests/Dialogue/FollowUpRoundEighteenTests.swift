import Testing

@testable import TutorCore

/// Follow-ups whose form says what they ask of the topic just discussed (round 18): a
/// likeness between the topic and a concept named, a count asked of it, its worth doubted,
/// a shortcut the counselor proposes, one of its parts weighed.
@Suite struct FollowUpRoundEighteenTests {
    typealias Case = FollowUpContextTests.Case

    /// "Is it like X", "is that basically X", "the same as X" with a pronoun for the topic
    /// compares the topic with X, also when a term of the topic's own gathered X's word.
    @Test(arguments: [
        Case(
            "explain group cohesion", "so that's like the therapeutic relationship, only with ten people?", .compare,
            "group-cohesion"),
        Case("what does group cohesion mean", "isn't it basically rapport but in a group", .compare, "group-cohesion"),
        Case("what is the doctor-patient bond", "is that similar to empathy", .compare, "doctor-patient-bond"),
    ])
    func theTopicLikenedToANamedIsACompare(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
        #expect(m?.concepts.count == 2)
    }

    /// A count asked of the topic is what it holds, not a request for questions; the topic's
    /// worth doubted asks why it matters; a shortcut the counselor proposes asks whether it
    /// holds; one of the topic's parts weighed asks about the topic.
    @Test(arguments: [
        Case("tell me about the WAI", "how many questions are on the full one", .explain, "working-alliance-inventory"),
        Case(
            "explain feedback-informed treatment", "why bother with all those forms", .explain,
            "feedback-informed-treatment"),
        Case(
            "explain feedback-informed treatment", "why bother, my gut tells me enough", .explain,
            "feedback-informed-treatment"),
        Case(
            "what does termination mean", "what if I just ghost the client after a few sessions", .explain,
            "termination"),
        Case(
            "what does termination mean", "so if the therapist just quits the agency without a word?", .explain,
            "termination"),
        Case(
            "explain Bordin's working alliance", "which of the three pieces is most important", .explain,
            "bordin-working-alliance"),
    ])
    func theFormSaysWhatIsAskedOfTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// After the alliance, a line read with the alliance's name in the pronoun's place that
    /// names a concept of its own the alliance relates to asks about that concept.
    @Test(arguments: [
        Case("tell me about the alliance", "how would I go about measuring it", .howTo, "working-alliance-inventory"),
        Case("explain the therapeutic alliance", "could someone build that with themselves", .howTo, "self-alliance"),
        Case("explain the therapeutic alliance", "can you form one with yourself", .define, "self-alliance"),
    ])
    func aConceptTheAllianceFramesIsAskedAbout(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }
}
