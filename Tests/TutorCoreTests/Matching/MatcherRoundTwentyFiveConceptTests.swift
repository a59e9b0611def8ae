import Foundation
import Testing

@testable import TutorCore

/// Round 25's mechanisms for a single line's concept (what it is about), each pinned on lines
/// of our own in other words than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyFiveConceptTests {
    let matcher = Fixtures.tutor.matcher

    /// A court's own procedure (a judge ruling on a motion, signing off, a hearing's timing),
    /// with no one of the counselor's work in the line, is the law's field, though the family
    /// court or probation is named.
    @Test(
        "a court's own procedure is out of scope",
        arguments: [
            "how long does a judge have to rule on a custody motion in family court",
            "can the judge sign off on a probation transfer to another county",
            "how many days does a judge have to decide a motion after the hearing in juvenile court",
            "when does a judge rule on a probation violation, how long does it take",
        ])
    func courtProcedure(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .outOfScope, "\(m.evidence)")
    }

    @Test(
        "a court step told in a client's case stays in scope",
        arguments: [
            "my client has a probation hearing next week and won't talk in session, what do i do",
            "the judge rules on his case next week and he is scared, how do i support my client",
        ])
    func courtStepInACase(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
    }

    /// Plain words learners use: staying strong through bad weeks is resilience; reaching out
    /// instead of using is the safety net.
    @Test(
        "plain words for resilience and for the safety net",
        arguments: [
            ("how does the counselor help a client stay strong", "emotional-support"),
            ("staying strong when the weeks are bad, how does the counselor help with that", "emotional-support"),
            ("an example of someone reaching out instead of using please", "relapse-safety-net"),
            ("example of a client reaching out instead of drinking", "relapse-safety-net"),
        ])
    func plainWords(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// A relative hurting a child now is abuse to report; the child begging the counselor for
    /// silence is no family pushing the client into treatment. A relative begging the client
    /// still is.
    @Test(
        "a relative hurting a child, and the child begging the counselor",
        arguments: [
            "teen client told me her dad hurts her but begged me not to tell anyone",
            "her stepdad hurts her and she is only fourteen, do i have to tell someone",
            "the kid says his uncle is hurting him at home, what are my duties",
        ])
    func abuseToReport(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "confidentiality-limits", "\(m.evidence)")
    }

    @Test("a relative begging the client is the family insisting")
    func relativeBegsTheClient() {
        let m = matcher.matchLine("she only came because her grandma begged her to")
        #expect(m.concepts.first == "family-insistence", "\(m.evidence)")
    }

    /// A judge sending someone called "a guy" or "the dude" tells the court order's case.
    @Test(
        "a judge sending a guy is the court order",
        arguments: [
            "judge sends a guy to rehab, isnt that enough on its own?",
            "a judge ships a dude off to treatment, why does the relationship still matter",
        ])
    func judgeSendsAGuy(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "court-orders", "\(m.evidence)")
    }
}
