import Testing

@testable import TutorCore

/// Round 18's grader mechanisms, each pinned in other words than the development lines that
/// showed them: the client named as whom something is told, an activity set apart as a denied
/// equation's topic, "what he did" as the act, plans reworked and events talked over, dropping
/// out in a second language's order, passive roles by their everyday names,
/// goals made "with them", the relationship "doing the work", a relationship gone sour,
/// idioms of mere compliance, and don't-knows in other dialects.
@Suite struct GraderRoundEighteenTests {
    func grade(_ question: String, _ answer: String) -> Grade { gradeAnswer(question, answer) }

    typealias Case = GradedCase

    @Test(
        "each mechanism reads its line as labeled",
        arguments: [
            // The client named after a verb of telling is whom it is told ("tell patients anything").
            Case(
                question: "recovery-disclosure", answer: "you should never tell patients anything about yourself",
                covered: [], misconceptions: ["m1"]),
            // An activity set apart as the topic of a denied equation states only the difference.
            Case(
                question: "upr-not-approval", answer: "respecting her is not the same as approving the cheating",
                covered: ["e2"], misconceptions: []),
            Case(
                question: "upr-not-approval", answer: "valuing him doesn't mean agreeing with the affair",
                covered: ["e2"], misconceptions: []),
            // "What he has done" is the act, kept apart from the person.
            Case(
                question: "upr-not-approval", answer: "you accept the man, not what he has done",
                covered: ["e1", "e2"],
                misconceptions: []),
            Case(
                question: "upr-not-approval", answer: "I don't have to like what she did", covered: ["e2"],
                misconceptions: []),
            // "No matter what she did" denies no act: it is unconditional.
            Case(
                question: "upr-not-approval", answer: "you value her no matter what she did", covered: ["e1"],
                misconceptions: []),
            // Talking over what happened explores it; a plan changed or redone is updated.
            Case(
                question: "lapse-wedding", answer: "look at why it happened and redo his plan", covered: ["e3"],
                misconceptions: []),
            // Dropping out, said with "stop to" (a second language's order).
            Case(
                question: "confrontation-effect", answer: "the guy stopped to come to the sessions", covered: ["e2"],
                misconceptions: []),
            // Passive roles by everyday names, denied.
            Case(
                question: "collaborative-goals", answer: "they steer their own treatment, they are not passengers",
                covered: ["e2"], misconceptions: []),
            Case(
                question: "collaborative-goals", answer: "the client is in the game, not sitting in the audience",
                covered: ["e2"], misconceptions: []),
            // The relationship "doing the work" decides how treatment goes.
            Case(
                question: "insurance-secondary",
                answer: "coverage gets them in the door, but the bond does the heavy lifting", covered: ["e1", "e2"],
                misconceptions: []),
            // A relationship gone sour, or rubbing someone the wrong way, is friction in it.
            Case(
                question: "discord-reply", answer: "our rapport has gone a bit sour, that's what is happening",
                covered: ["e1"], misconceptions: []),
            Case(
                question: "discord-reply", answer: "he says I rub him the wrong way", covered: ["e1"],
                misconceptions: []),
            // Idioms of mere compliance are checking boxes.
            Case(
                question: "court-order-compliance", answer: "he ticks all the boxes but he's not really there",
                covered: ["e1"], misconceptions: []),
            Case(
                question: "court-order-compliance", answer: "he is phoning it in for the judge", covered: ["e1"],
                misconceptions: []),
            // Goals made with the client are set together.
            Case(
                question: "build-trust", answer: "we choose the goals with the client", covered: ["e4"],
                misconceptions: []),
            Case(
                question: "build-trust", answer: "the client picks the goals with me", covered: ["e4"],
                misconceptions: []),
        ])
    func readsAsLabeled(_ c: Case) {
        let g = grade(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    @Test(
        "not knowing in the conditional, in Scots, or of the rest of an answer is a don't-know",
        arguments: ["i wouldnt know", "dinna ken", "the rest i really dont know", "the rest, no idea"])
    func dontKnows(_ line: String) {
        #expect(grade("relapse-reach-out", line).verdict == .dontKnow, "\(line)")
    }

    @Test(
        "\"nothing\" or \"none\" said before a claim of its own is an answer, not a don't-know",
        arguments: ["none, a craving passes", "nothing, an urge is only an urge"])
    func nothingThenAClaim(_ line: String) {
        #expect(grade("relapse-reach-out", line).verdict != .dontKnow, "\(line)")
        #expect(grade("relapse-reach-out", "nothing").verdict == .dontKnow)
    }
}
