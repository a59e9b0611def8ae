import Testing

@testable import TutorCore

/// Situations told in a counselor's words (the lexicon's `situations`), on lines of our own
/// that none of the labeled sets hold: the frame's slots are filled anywhere in the line, by
/// any word of their families, and the situation is the topic.
@Suite struct SituationFrameTests {
    let matcher = Fixtures.tutor.matcher

    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var concept: String
        var testDescription: String { "\"\(text)\" → \(concept)" }
    }

    static let told: [Case] = [
        Case(text: "her stepdad forced her to start counseling and she hates it", concept: "family-insistence"),
        Case(text: "he told me his probation officer is the only reason he comes", concept: "court-orders"),
        Case(text: "my client cancelled again this week, third time", concept: "treatment-retention"),
        Case(text: "she goes quiet the moment she feels judged by me", concept: "safe-space"),
        Case(text: "one of my clients baked me a pie for thanksgiving", concept: "boundaries"),
        Case(text: "he keeps skipping his meds because they make him tired", concept: "medication-adherence"),
        Case(text: "she used once last weekend and says she blew it", concept: "lapse-vs-relapse"),
    ]

    @Test("a situation told in a counselor's words maps to its concept", arguments: told)
    func aToldSituationNamesItsConcept(_ c: Case) {
        let m = matcher.match(c.text)
        #expect(m.intent.isContent, "\(m.intent) \(m.evidence)")
        #expect(m.concepts.first == c.concept, "\(m.concepts) \(m.evidence)")
    }

    @Test func aConversationCueInsideTheStoryIsNotTheRequest() {
        // "sign off" is a goodbye's words, "scared" a feeling's; here both are the client's.
        let signed = matcher.match("my client just wants me to sign off on his court paperwork")
        #expect(signed.intent.isContent && signed.concepts.first == "court-orders", "\(signed)")
        // A request that opens the line is still one.
        #expect(matcher.match("bye for now").intent == .goodbye)
    }

    @Test func aConceptNamedBeforeTheSituationStaysTheTopic() {
        // The learner asks about MI; the client in denial is the case it is used on.
        let m = matcher.match("how do i use motivational interviewing with a client in denial")
        #expect(m.concepts.first == "motivational-interviewing", "\(m.concepts) \(m.evidence)")
    }

    @Test func anotherFieldsCourtIsNotAMandate() {
        // A person and a court, but no client: a landlord's dispute.
        let m = matcher.match("my landlord kept my deposit so i'm taking him to court")
        #expect(m.intent == .outOfScope, "\(m.intent) \(m.concepts) \(m.evidence)")
    }
}
