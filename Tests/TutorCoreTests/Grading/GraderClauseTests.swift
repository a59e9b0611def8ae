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
}
