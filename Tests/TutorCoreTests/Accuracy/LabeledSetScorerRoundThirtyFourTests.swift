import Testing
import TutorCore

/// The in-process answer scorer grades on the call `tutor grade` makes (`Tutor.grade`), so a
/// short answer that leans on its question ("Never." to "When should …", "Yes, …" to a client's
/// "…, right?") is read as the CLI reads it. Until round 34 it called the bare `Grader`, which
/// reads the answer alone and found no misconception in such lines where the CLI found one.
@Suite struct LabeledSetScorerRoundThirtyFourTests {
    /// Lines whose misconception only the question's own words complete.
    @Test(arguments: [
        ("recovery-disclosure", "Never. Your own past is nobody else's concern in there."),
        ("recovery-disclosure", "never ever, the sessions are about them not me"),
        ("confidentiality-promise", "Yes, of course, so they feel they can open up."),
        ("confidentiality-promise", "Yes. Say that and they relax and talk."),
    ])
    func leaningAnswersKeepTheirMisconception(_ question: String, _ answer: String) throws {
        let scored = try #require(LabeledSetScorer.gradeAsTheCLIDoes(question, answer))
        #expect(scored.misconceptions == ["m1"])
        #expect(scored.verdict == .misconception)
    }

    /// A "never" qualified by a condition, or a "yes" that goes on to the limits, is no such belief.
    @Test(arguments: [
        ("recovery-disclosure", "Never, unless sharing a little helps the client."),
        ("confidentiality-promise", "Yes, but say up front there are limits, like harm to self or others."),
    ])
    func qualifiedAnswersHoldNone(_ question: String, _ answer: String) throws {
        let scored = try #require(LabeledSetScorer.gradeAsTheCLIDoes(question, answer))
        #expect(scored.misconceptions.isEmpty)
    }
}
