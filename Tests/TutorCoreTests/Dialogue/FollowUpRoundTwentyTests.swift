import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 20): a line that names its own topic is
/// weighed as a first line is; the words after "and" keep their own request; "give me one"
/// beside a word of a case is a case; a distractor's other side is the alliance; "which of
/// the two does X get you" asks what X brings about.
@Suite struct FollowUpRoundTwentyTests {
    typealias Case = FollowUpContextTests.Case

    /// A line that names its own concept by a term and points back at nothing stands on its
    /// own: the learnt phrasings weigh what it asks (a doubt, a figure asked for, is why).
    @Test(arguments: [
        Case(
            "what is harsh confrontation", "still, tough love gets through to some addicts, no", .explain,
            "strong-confrontation"),
        Case("what is harsh confrontation", "tough love saved my cousin though", .explain, "strong-confrontation"),
        Case(
            "what are common factors", "so what is the alliance outcome correlation in numbers", .explain,
            "alliance-outcome-research"),
    ])
    func aLineNamingItsOwnTopicIsWeighedAlone(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "And quiz me", "and repairing one?": the words after "and" cue a request of their own,
    /// asked of the topic, not the last request again.
    @Test(arguments: [
        Case("what is empathy", "and quiz me", .quiz, "empathy"),
        Case("what is an alliance rupture", "and repairing one?", .howTo, "alliance-rupture-repair"),
        Case("what is reflective listening", "and practicing it?", .howTo, "reflective-listening"),
    ])
    func theWordsAfterAndKeepTheirOwnRequest(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "Give me one" beside a word that cues a case ("i could use", "in real life") asks for
    /// a case of the topic, not a quiz question.
    @Test(arguments: [
        Case("what is reflective listening", "give me one i could use tomorrow", .example, "reflective-listening"),
        Case("what is change talk", "gimme one in real life", .example, "change-talk"),
    ])
    func oneBesideACaseWordIsAnExample(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// After a distractor, the alliance named or told by its parties (a counselor and a
    /// client) is the other side of a comparison.
    @Test(arguments: [
        Case("what is the code of ethics", "does that make up the alliance then", .compare, "code-of-ethics"),
        Case("what is session structure", "so that isnt the alliance?", .compare, "session-structure"),
        Case(
            "what is the doctor patient bond", "how does that differ from what a therapist builds with a client",
            .compare, "doctor-patient-bond"),
        Case(
            "what is family goal agreement", "is it any different from what counselors have with their clients",
            .compare, "family-goal-agreement"),
    ])
    func aDistractorIsWeighedAgainstTheAlliance(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts == [c.concept, "therapeutic-alliance"])
    }

    /// "Which of the two does X get you" after a pair: X, named as the subject, is asked
    /// about (why it brings one side); "which one is X" still picks a member by its name.
    @Test(arguments: [
        Case(
            "compliance vs commitment", "which of the two does family insistence get you", .explain,
            "family-insistence"),
        Case("compliance vs commitment", "which one does a court order produce", .explain, "court-orders"),
        Case("what are Rogers core conditions", "which one is empathy", .define, "empathy"),
    ])
    func aNamedSubjectOfWhichIsAsked(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "What if …, it is settled then?": an outcome stated of the case and asked is whether
    /// it holds (why), not how to act on the case.
    @Test(arguments: [
        Case(
            "explain informed consent", "what if they already agreed in writing, it is settled then?", .explain,
            "informed-consent"),
        Case(
            "does program location matter", "so if the program is near home they keep coming?", .explain,
            "program-location"),
    ])
    func anOutcomeAskedOfACaseIsWhy(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }
}
