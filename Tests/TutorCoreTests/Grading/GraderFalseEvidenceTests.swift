import Testing

@testable import TutorCore

/// The mechanisms behind sample answers the grader once disagreed with (kb check --strict):
/// each is checked on other wordings than the sample's, so the fix is the mechanism's.
@Suite struct GraderFalseEvidenceTests {
    let tutor = Fixtures.tutor

    func grade(_ question: String, _ answer: String) -> Grade {
        tutor.grader.grade(questionID: question, analysis: tutor.analyzer.analyze(answer))!
    }

    /// "Meeting" stems to "meet": in the session class, any "session" was "meet him where he is".
    @Test func aSessionIsNotMeetingTheClientWhereHeIs() {
        #expect(grade("precontemplation-response", "bring his wife along to a session").covered.isEmpty)
        #expect(grade("precontemplation-response", "meet him where he is").covered == ["e2"])
    }

    /// "Closed questions should never be used": the negation falls on small words, so the
    /// statement's content words alone ("closed questions") would be the misconception.
    @Test func aStatementWhoseNegationIsLostIsNoEvidence() {
        let g = grade(
            "open-closed-difference",
            "open questions let clients tell their story, closed questions get yes or no answers")
        #expect(g.misconceptions.isEmpty)
        #expect(g.covered == ["e1", "e2"])
        #expect(grade("open-closed-difference", "never use closed questions").misconceptions == ["m1"])
    }

    /// A misconception's words claim their stretch, but not what an "and" joins before them.
    @Test func anIdeaJoinedByAndBeforeAMisconceptionIsStillCredited() {
        let g = grade("upr-not-approval", "value her as a person and never challenge her")
        #expect(g.covered == ["e1"])
        #expect(g.misconceptions == ["m2"])
        let family = grade("alliance-definition", "it's when the family and the patient agree on the goals")
        #expect(family.misconceptions == ["m2"])
        #expect(family.covered.isEmpty)
    }

    /// "Ok" that judges something is "fine"; "ok" opening a line is a discourse marker.
    @Test func aJudgingOkIsFine() {
        #expect(grade("upr-not-approval", "accepting him doesn't mean his relapse was okay").covered.contains("e2"))
        let opening = tutor.analyzer.analyze("ok so I accept her").tokens
        #expect(!tutor.grader.saysFine(opening, 0))
        let judging = tutor.analyzer.analyze("what she did was ok").tokens
        #expect(tutor.grader.saysFine(judging, judging.count - 1))
    }
}
