import Testing

@testable import TutorCore

/// Round 21's grader mechanisms, each pinned in other words than the development lines that
/// showed them: a blanket approval of someone's deeds ("go along with
/// whatever she does", "okay with everything the client has done") approves all of it, and
/// denied it approves nothing; the court's papers running out are the order ending; the option
/// "A" picked after a hedge ("probably A, because …") is the option; "the pro" is the expert;
/// and "the sustain part",
/// "the change side" name the kinds whose head noun they replace.
@Suite struct GraderRoundTwentyOneTests {
    typealias Case = GradedCase

    @Test(
        "each mechanism reads its line as labeled",
        arguments: [
            // Approving every deed, in everyday words, and denied.
            Case(
                question: "upr-not-approval", answer: "it means being okay with everything the client has done",
                covered: [], misconceptions: ["m1"]),
            Case(
                question: "upr-not-approval", answer: "you go along with whatever she does", covered: [],
                misconceptions: ["m1"]),
            Case(
                question: "upr-not-approval", answer: "it doesn't mean going along with everything he did",
                covered: ["e2"], misconceptions: []),
            // Accepting everything about the person is no approval of deeds.
            Case(
                question: "upr-not-approval", answer: "accepting her means accepting everything about her",
                covered: ["e1"], misconceptions: []),
            // The court's papers ending.
            Case(
                question: "court-order-compliance", answer: "the day his paperwork is done he's gone", covered: ["e3"],
                misconceptions: []),
            // Option A after a hedge.
            Case(
                question: "which-is-empathic", answer: "probably A, because it has more emotion in it", covered: [],
                misconceptions: ["m1"]),
            Case(
                question: "which-is-empathic", answer: "hmm maybe A, it shows more feeling", covered: [],
                misconceptions: ["m1"]),
            // "The pro" is the expert; the counselor's expertise mattering is no claim that they know best.
            Case(
                question: "collaborative-goals", answer: "my therapist is the pro, so she picks what we work on",
                covered: [], misconceptions: ["m1"]),
            Case(
                question: "collaborative-goals",
                answer: "the counselor's expertise matters but the client knows their life",
                covered: ["e3"], misconceptions: []),
            // Concentrating is focusing.
            Case(
                question: "precontemplation-response", answer: "concentrate on the relationship for now",
                covered: ["e2"], misconceptions: []),
            // A kind named by a word for a part.
            Case(
                question: "change-sustain", answer: "the sleeping bit is the sustain part", covered: ["e2"],
                misconceptions: []),
        ])
    func readsAsLabeled(_ c: Case) {
        let g = gradeAnswer(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }
}
