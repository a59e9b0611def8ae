import Testing

@testable import TutorCore

/// Round 32's follow-ups read for which concept they are about: an act of the topic said in the
/// learner's own words, asked why it brings an effect about; with near lines the rule must
/// leave alone.
@Suite struct TutorConceptFollowUpRoundThirtyTwoTests {
    typealias Case = FollowUpContextTests.Case

    @Test(arguments: [
        Case(
            "what is informed consent", "why does telling clients their rights lower no-shows", .explain,
            "informed-consent"
        ),
        Case(
            "explain informed consent", "y does talking through the paperwork at intake keep people in treatment",
            .explain,
            "informed-consent"),
        Case(
            "what is feedback informed treatment", "how does checking in every week keep them coming", .explain,
            "feedback-informed-treatment"),
    ])
    func actOfTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line): \(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
        #expect(m?.concepts.first == c.concept, "\(c.line): \(m?.concepts ?? []) \(m?.evidence ?? [])")
    }

    /// Near: after the alliance, the frame of every effect, the effect is asked about.
    @Test func afterTheAlliance() {
        let m = readFollowUp(
            Case("what is the therapeutic alliance", "why does staying in touch keep them sober", .explain, "-"))
        #expect(m?.concepts.first != "therapeutic-alliance", "\(m?.concepts ?? []) \(m?.evidence ?? [])")
    }
}
