import Foundation
import Testing

@testable import TutorCore

/// Whole-line readings (issue #14, item 1): a negated question asked to assert, a condition a
/// negation does not reach, a ranking, the relationship said as what lies "between" the two,
/// "something going wrong" as a problem, and "make sure" as "ensure". The lines are written in
/// other words than the labeled sets'.
@Suite struct GraderClauseTests {
    let tutor = Fixtures.tutor

    func grade(_ question: String, _ answer: String) -> Grade {
        tutor.grader.grade(questionID: question, analysis: tutor.analyzer.analyze(answer))!
    }

    @Test(arguments: [
        "but isn't coverage the most important thing for recovery?",
        "isnt insurance what matters most for success",
    ])
    func aNegatedQuestionAskedToAssertHoldsTheMisconception(_ line: String) {
        let g = grade("insurance-secondary", line)
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    @Test func anImperativeDontKeepsItsNegation() {
        // An imperative "don't" opens no question: its negation stands.
        let g = grade("insurance-secondary", "don't think insurance is the most important thing")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test func importanceWithoutARankingIsNotTheKey() {
        let g = grade("insurance-secondary", "insurance is important because it gets people in the door")
        #expect(g.covered == ["e1"], "\(g)")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test func aNegationStopsAtACondition() {
        let g = grade("fit-why", "counselors usually don't spot it when a client is getting worse")
        #expect(g.covered == ["e1"], "\(g)")
    }

    @Test func whatLiesBetweenCounselorAndClientIsTheRelationship() {
        let g = grade("insurance-secondary", "insurance doesn't change anything between the counselor and the client")
        #expect(g.covered == ["e2"], "\(g)")
    }

    @Test func somethingGoingWrongIsAProblemNotARejection() {
        let g = grade("fit-why", "clients can warn you when something is going wrong between you")
        #expect(g.covered == ["e2"], "\(g)")
    }

    @Test func makeSureIsEnsure() {
        let g = grade("court-order-compliance", "the court order will make sure the treatment is successful")
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    // Round 15: readings of a line's shape the word-by-word negation missed.

    @Test(arguments: [
        "reflecting feelings without arguing + empathy",
        "listen without lecturing & empathize",
        "no lecture / empathy",
    ])
    func aListingSignEndsTheNegationBeforeIt(_ line: String) {
        let g = grade("build-trust", line)
        #expect(g.covered.contains("e2"), "\(g)")
    }

    @Test(arguments: [
        "the court order is not the thing that keeps him in treatment",
        "the judge's order isn't the factor that makes it succeed",
    ])
    func aSubjectDeniedTheDeedOfAGenericHeadHoldsNoMisconception(_ line: String) {
        let g = grade("court-order-compliance", line)
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test func aLoneNoAfterAShortClauseDeniesIt() {
        let g = grade("upr-not-approval", "approving the behavior, no. accepting him, yes.")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test(arguments: [
        "I'd hold off on making a plan to quit and get to know him first",
        "holding off on any change plan, just build rapport",
    ])
    func holdingOffDeniesWhatIsPutOff(_ line: String) {
        let g = grade("precontemplation-response", line)
        #expect(!g.misconceptions.contains("m2"), "\(g)")
    }

    @Test func aBeliefNamedByItsGerundIsNotTheLearners() {
        let g = grade(
            "lapse-wedding", "the risk is thinking he has blown everything, which can snowball into a full relapse")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test(arguments: [
        "without coverage nobody can pay for rehab, so it's the most important thing",
        "because no insurance means no treatment, it is the number one thing for success",
    ])
    func anItAfterAClauseOfAbsenceIsTheThingMissing(_ line: String) {
        let g = grade("insurance-secondary", line)
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    @Test func aClauseWithASubjectOfItsOwnKeepsItsDeed() {
        let g = grade(
            "family-pressure-retention",
            "pushing from relatives fades fast, the one who feels understood by the counselor keeps showing up")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test(arguments: [
        ["court-order-compliance", "nothings missing, he never skips a session"],
        ["cultural-humility-ask", "just treat everybody the same way"],
        ["recovery-disclosure", "a counselor should never speak about their own personal life"],
        ["gift-boundary", "you cant take anything from clients, thats the rule"],
        ["gift-boundary", "boundaries mean not sleeping w clients, a card is nothing"],
    ])
    func aMisconceptionInChatSpellingsOrOtherWordsIsFound(_ pair: [String]) {
        let g = grade(pair[0], pair[1])
        #expect(g.verdict == .misconception, "\(g)")
    }

    @Test(arguments: [
        "probably the pressured one, their parents will nag them till they go",
        "the one whose parents forced him, bc they won't let up",
    ])
    func anAnswerOpeningOnThePushedClientPicksIt(_ line: String) {
        let g = grade("family-pressure-retention", line)
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    @Test(arguments: ["the pushed one will quit, the other one sticks around", "not the family one, the bonded one"])
    func thePushedClientNamedToDenyOrAsSubjectIsNoPick(_ line: String) {
        let g = grade("family-pressure-retention", line)
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test func aDontKnowInSecondLanguageWordOrder() {
        #expect(grade("build-trust", "know not, sorry").verdict == .dontKnow)
    }
}
