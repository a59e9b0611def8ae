import Testing

@testable import TutorCore

/// Round 26's grading, in other words than the development lines that showed it.
/// - An "unless" or "except" that opens a held misconception's own exception (a subpoena) names
///   no limit of confidentiality (`Grader+Premise`).
/// - One word of another found idea's statement, said in that idea's stretch of the line, is
///   that idea's ("one slip" turned into a relapse is no answer that it is a lapse).
///   A word said first, which the other idea's words go on to modify, stays its own ("a
///   partnership built on trust").
/// - "Gotta" is "need to".
@Suite struct GraderRoundTwentySixTests {
    @Test(
        "an exception opener on a held belief names no limit",
        arguments: [
            "yes, except if somebody subpoenas the records, then you must release them",
            "yeah, except if a judge's subpoena comes, then you give them the file",
        ])
    func openedBelief(_ line: String) {
        let g = gradeAnswer("confidentiality-promise", line)
        #expect(g.misconceptions == ["m2"], "\(line): \(g)")
        #expect(g.covered.isEmpty, "\(line): \(g)")
    }

    @Test("an exception opener before a named limit still grades the limit")
    func openedLimit() {
        let g = gradeAnswer("confidentiality-promise", "it stays here unless she might hurt herself or someone else")
        #expect(g.covered == ["e2"], "\(g)")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test("the slip that the violation effect turns into a relapse is no lapse answer")
    func borrowedSlip() {
        let g = gradeAnswer(
            "lapse-wedding",
            "the risk is that thinking she ruined everything can make one slip grow into a full relapse")
        #expect(g.covered == ["e2"], "\(g)")
        #expect(g.verdict == .partial, "\(g)")
    }

    @Test("the support reached out for is no safety net")
    func borrowedSupport() {
        let g = gradeAnswer("relapse-reach-out", "she'd phone her counselor for support instead of going quiet")
        #expect(g.covered == ["e1"], "\(g)")
    }

    @Test(
        "taking part as the condition of an effect is no claim that it is missing",
        arguments: [
            "nothing changes for her unless she takes part",
            "the sessions do nothing for him when he never takes part",
        ])
    func borrowedCondition(_ line: String) {
        #expect(gradeAnswer("court-order-compliance", line).covered == ["e3"], "\(line)")
    }

    @Test(
        "a head word the other idea goes on to modify stays its own",
        arguments: ["a partnership built on trust", "a partnership built on mutual respect"])
    func headWord(_ line: String) {
        #expect(gradeAnswer("alliance-definition", line).covered == ["e1", "e2"], "\(line)")
    }

    @Test(
        "an and that opens a clause with its own subject ends the other idea's stretch",
        arguments: [
            "home turns hostile and she could quit coming",
            "it makes a toxic enviroment and he might drop out",
        ])
    func newSubjectEndsTheStretch(_ line: String) {
        #expect(gradeAnswer("negative-family-messaging-effect", line).covered == ["e2", "e3"], "\(line)")
    }

    @Test("a limit named before its example stays a limit")
    func limitBeforeExample() {
        #expect(
            gradeAnswer("confidentiality-promise", "tell them the limits, like danger to others").covered == [
                "e1", "e2",
            ])
    }

    @Test("gotta is need to")
    func gotta() {
        let g = gradeAnswer("confrontation-effect", "tough love, they gotta hear it from somebody")
        #expect(g.misconceptions == ["m1"], "\(g)")
    }
}
