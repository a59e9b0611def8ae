import Testing

@testable import TutorCore

/// Round 23's don't-knows, in other words than the development lines that showed them: a
/// Spanish "no lo sé" (the object pronoun between), Tagalog ("hindi ko alam", "di ko alam",
/// "ewan ko"), being at a loss, and "I couldn't say" with an apology after it. A claim beside
/// them is still graded.
@Suite struct GraderRoundTwentyThreeTests {
    @Test(
        "each is a don't-know",
        arguments: [
            "no lo sé", "la verdad no lo se", "hindi ko alam", "hindi ko alam po talaga", "di ko alam",
            "ewan ko", "I'm at a complete loss", "I am at a loss, sorry", "I honestly couldn't say, I'm sorry",
            "can't say, sorry", "i really cannot say, i am sorry",
        ])
    func dontKnow(_ line: String) {
        #expect(gradeAnswer("confrontation-effect", line).verdict == .dontKnow, "\(line)")
    }

    @Test(
        "a claim beside them is graded",
        arguments: [
            GradedCase(
                question: "confrontation-effect", answer: "he would get defensive and stop coming",
                covered: ["e1", "e2"], misconceptions: []),
            GradedCase(
                question: "confrontation-effect", answer: "the client is at a loss and gets defensive",
                covered: ["e1"], misconceptions: []),
        ])
    func claimGraded(_ c: GradedCase) {
        let g = gradeAnswer(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.verdict != .dontKnow, "\(g)")
    }
}
