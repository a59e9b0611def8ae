import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 27): after a factor that is not the alliance
/// (a court order, a family's insistence, insurance, the clinic's location), a line about the
/// client it brought ("will he stay", "how do I get her engaged") asks what that factor does
/// for the effect it names, so the factor stays the topic; after the alliance, or when the
/// line asks what brings the effect about, the effect leads as before. A line asking for the
/// evidence behind the topic ("proof?", "numbers?", "what did the studies find") asks for the
/// alliance–outcome research after the alliance, and for the topic's own findings after a
/// specific concept.
@Suite struct TutorRoundTwentySevenFollowUpTests {
    typealias Case = FollowUpContextTests.Case

    /// The client of the factor, by a pronoun: the factor leads.
    @Test(arguments: [
        Case("the judge ordered him into rehab", "is he likely to stay in treatment", .explain, "court-orders"),
        Case("what are court orders", "how do i keep them in treatment", .howTo, "court-orders"),
        Case("what is family insistence", "will she drop out", .explain, "family-insistence"),
        Case("what is family insistence", "how do i motivate her", .howTo, "family-insistence"),
        Case(
            "her parents forced her to come to therapy", "how do i boost her motivation", .howTo, "family-insistence"),
        Case("what is court-ordered treatment", "do they drop out more", .explain, "court-orders"),
        Case("his probation officer sent him", "how do i get him to participate", .howTo, "court-orders"),
        Case(
            "what does insurance coverage have to do with treatment",
            "will they stay longer if they have good insurance", .explain, "insurance-coverage"),
        Case(
            "what is program location", "does he stay longer if the clinic is near home", .explain,
            "program-location"),
        Case("his mother made him sign up for the program", "will he stay?", .explain, "family-insistence"),
        Case("what are court orders for treatment", "so how do i engage someone like that", .howTo, "court-orders"),
    ])
    func theClientOfAFactorKeepsTheFactor(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// The effect leads when the line asks what brings it about, when "it" makes the topic
    /// the one acting, or after the alliance, which frames every effect.
    @Test(arguments: [
        Case("what are court orders", "what keeps them in treatment then", .explain, "treatment-retention"),
        Case("what is the therapeutic alliance", "how does it keep them in treatment", .explain, "treatment-retention"),
        Case(
            "what is the therapeutic alliance", "and what does it do for their motivation", .explain,
            "client-motivation"),
    ])
    func theEffectLeadsWhenTheLineAsksForItsCause(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// The evidence behind the alliance is the alliance–outcome research.
    @Test(arguments: [
        Case("what is the therapeutic alliance", "any hard data on that?", .explain, "alliance-outcome-research"),
        Case("why does the alliance matter", "where's the evidence", .explain, "alliance-outcome-research"),
        Case("what is the therapeutic alliance", "is that backed by studies?", .explain, "alliance-outcome-research"),
        Case("what are common factors", "how large is the alliance's effect", .explain, "alliance-outcome-research"),
        Case(
            "why does the alliance matter for outcomes", "how strong is the link, numerically", .explain,
            "alliance-outcome-research"),
    ])
    func theAlliancesEvidenceIsTheResearch(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// The evidence behind a specific concept is that concept's own findings, whatever
    /// "effect size" or "outcome" would name alone; the learner's own studying is no evidence.
    @Test(arguments: [
        Case("what is early alliance", "stats please", .explain, "early-alliance"),
        Case("what is group cohesion", "is there data showing it works", .explain, "group-cohesion"),
        Case(
            "what is motivational interviewing", "has it been proven in trials", .explain, "motivational-interviewing"),
        Case("what is empathy", "what do the numbers say about it", .explain, "empathy"),
        Case("what is trauma informed care", "is it evidence-based", .explain, "trauma-informed-care"),
        Case(
            "what is feedback informed treatment", "what did the studies find", .explain, "feedback-informed-treatment"),
        Case(
            "what is unconditional positive regard", "is there proof it helps", .explain,
            "unconditional-positive-regard"),
        Case("what is countertransference", "and the effect size for handling it?", .explain, "countertransference"),
    ])
    func aSpecificConceptsEvidenceIsItsOwn(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// Studying for the exam asks for advice, not evidence.
    @Test func studyingIsNoEvidence() {
        let m = readFollowUp(Case("what is empathy", "what should i study next", .studyAdvice, "-"))
        #expect(m?.intent == .studyAdvice)
    }
}
