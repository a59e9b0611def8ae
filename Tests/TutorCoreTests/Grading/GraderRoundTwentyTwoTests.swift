import Testing

@testable import TutorCore

/// Round 22's grader mechanisms, each pinned in other words than the development lines that
/// showed them: an answer written partly in Spanish is read in English before it is graded
/// (`Grader+Spanish`), and a Spanish "I don't know" is a don't-know; "couldn't tell you",
/// with its "I" left out, cannot say; a denied fear of doing something ("never hesitate to
/// lecture them") does it; "fine," or "alright," opening the line gives way, claiming nothing.
@Suite struct GraderRoundTwentyTwoTests {
    typealias Case = GradedCase

    @Test(
        "each mechanism reads its line as labeled",
        arguments: [
            // Spanish mixed in, or the whole answer in Spanish.
            Case(
                question: "court-order-compliance", answer: "viene porque tiene que, pero no hay compromiso",
                covered: ["e1"], misconceptions: []),
            Case(
                question: "court-order-compliance", answer: "cuando se acaba la orden del juez, se va",
                covered: ["e3"], misconceptions: []),
            Case(
                question: "build-trust", answer: "hay que escuchar sin juzgarla", covered: ["e1"], misconceptions: []),
            Case(
                question: "upr-not-approval", answer: "lo acepto como persona pero no apruebo lo que hizo",
                covered: ["e1", "e2"], misconceptions: []),
            Case(
                question: "confrontation-effect", answer: "se pone a la defensiva y ya no regresa",
                covered: ["e1", "e2"], misconceptions: []),
            Case(
                question: "collaborative-goals", answer: "porque es su plan, no el mío", covered: ["e1"],
                misconceptions: []),
            // A word of giving way opening the line claims nothing is fine.
            Case(
                question: "court-order-compliance", answer: "alright, he shows up, but he's not really into it",
                covered: ["e1"], misconceptions: []),
            Case(
                question: "court-order-compliance", answer: "ok fine, he just goes through the motions",
                covered: ["e1"], misconceptions: []),
            // Fear of doing it denied: it is done.
            Case(
                question: "build-trust", answer: "never hesitate to lecture them about their drinking", covered: [],
                misconceptions: ["m1"]),
            Case(
                question: "build-trust", answer: "don't be afraid to just listen to them", covered: ["e1"],
                misconceptions: []),
        ])
    func readsAsLabeled(_ c: Case) {
        let g = gradeAnswer(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    @Test(
        "a Spanish don't-know, or one with its I left out, is a don't-know",
        arguments: ["no sé.", "uf, ni idea", "la verdad no sé", "Couldn't tell you, honestly.", "can't say for sure"])
    func dontKnow(_ line: String) {
        #expect(gradeAnswer("confrontation-effect", line).verdict == .dontKnow, "\(line)")
    }

    @Test(
        "an English line with a word Spanish shares is not read as Spanish",
        arguments: [
            Case(
                question: "court-order-compliance", answer: "he shows up solo but there's no real commitment",
                covered: ["e1"], misconceptions: [])
        ])
    func englishStaysEnglish(_ c: Case) {
        #expect(Fixtures.tutor.grader.spanishGloss(Fixtures.tutor.analyzer.analyze(c.answer)) == nil)
        #expect(gradeAnswer(c.question, c.answer).covered == c.covered)
    }
}
