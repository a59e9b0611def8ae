import Testing

@testable import TutorCore

/// An answer read with what it leaves out of the question put back.
@Suite struct EllipsisTests {
    let empathic =
        #"A grieving client hears two responses. A: "I'm so sorry." B: "You're grieving." Which one is empathic, and why?"#
    let intake =
        #"At intake a new client asks: "Everything I say stays in this room, right?" How should the counselor answer?"#

    func restored(_ line: String, _ question: String) -> String? {
        Tutor.restored(Fixtures.tutor.analyzer.analyze(line), question: question)
    }

    @Test func anOptionLabelTakesTheQuestionsPredicate() {
        #expect(restored("A because it shows more feeling", empathic) == "a is empathic because it shows more feeling")
        #expect(restored("b", empathic) == "b is empathic")
        // A label with a verb of its own, or a letter the question does not show, is left as it is.
        #expect(restored("B reflects what they feel", empathic) == nil)
        #expect(restored("c because it is kind", empathic) == nil)
        #expect(restored("A because it shows more feeling", intake) == nil)
    }

    @Test(arguments: [
        ("I would pick B, because it names her fear", "b is empathic because it names her fear"),
        ("I'd go with A since it sounds kinder", "a is empathic because it sounds kinder"),
        ("honestly I chose B", "b is empathic"),
    ])
    func anOptionPickedByTheLearnerTakesTheQuestionsPredicate(_ line: String, _ read: String) {
        #expect(restored(line, empathic) == read)
    }

    @Test func aLetterAfterAVerbOfChoosingThatIsNoPickIsLeft() {
        // "a" the article, not the option: nothing follows it as a reason, in its clause.
        #expect(restored("I said a lot already", empathic) == nil)
        #expect(restored("I would pick B because it is kind", intake) == nil)
    }

    @Test func anUnqualifiedYesConfirmsTheClientsClaim() {
        #expect(restored("say yes so they feel safe", intake)?.hasPrefix("Everything I say stays in this room") == true)
        #expect(restored("yes, but explain the limits first", intake) == nil)
        #expect(restored("yes unless they are a danger to someone", intake) == nil)
        #expect(restored("no, explain the limits", intake) == nil)
        #expect(restored("yes", empathic) == nil)
    }

    @Test func theGradeKeepsWhatEitherReadingFinds() {
        let tutor = Fixtures.tutor
        let q = tutor.question("which-is-empathic")!
        let grade = tutor.gradeInContext(
            q, Fixtures.tutor.analyzer.analyze("A because it shows more feeling"), cloze: nil)
        #expect(grade?.misconceptions == ["m1"])
        #expect(grade?.verdict == .misconception)
    }
}
