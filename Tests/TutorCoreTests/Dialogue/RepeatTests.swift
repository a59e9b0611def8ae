import Testing

@testable import TutorCore

/// The same reply never twice in a row (issue 14.8).
@Suite struct RepeatTests {
    @Test func aRepeatedQuestionGetsTheShortFormThenTheFullOne() {
        var s = DialogueSession()
        let first = s.say("what is trust")
        #expect(first.moves.first == .answer(intent: .define, concepts: ["trust"], example: nil))
        s.state.open = nil
        let second = s.say("what is trust")
        #expect(second.moves.first == .simpler(concept: "trust", whileOpen: nil))
        s.state.open = nil
        let third = s.say("what is trust")
        #expect(third.moves.first == .answer(intent: .define, concepts: ["trust"], example: nil))
    }

    /// "Simpler" twice: the plain words, then the concept in one case; with a question open,
    /// the question in other words, then a hint. Never the same reply twice in a row.
    @Test func simplerTwiceGivesAnotherForm() {
        var s = DialogueSession()
        s.say("what is empathy")
        let first = s.say("simpler")
        let second = s.say("simpler")
        #expect(first.moves == [.simpler(concept: "empathy", whileOpen: nil)])
        #expect(second.moves == [.simplerByCase(concept: "empathy")])
        #expect(first.reply != second.reply)
        s.say("quiz me on empathy")
        let open = s.state.open?.id
        let third = s.say("simpler")
        let fourth = s.say("simpler")
        // Empathy's definition would answer this question whole (which reply is empathic, and
        // why): the question is put in other words instead of the plain definition.
        #expect(third.moves.first == .questionReworded(question: open ?? ""))
        #expect(third.reply != fourth.reply)
        #expect(fourth.moves.contains { if case .hint = $0 { true } else { false } }, "\(fourth.moves)")
        #expect(s.state.open?.id == open)
    }

    @Test func aRepeatedExampleRequestGetsAnotherExample() {
        var s = DialogueSession()
        var last: String?
        for _ in 0..<4 {
            let r = s.say("give me an example of empathy")
            s.state.open = nil
            guard case .answer(.example, ["empathy"], let index?) = r.moves.first else {
                Issue.record("no example: \(r.moves)")
                return
            }
            #expect(r.reply != last)
            last = r.reply
            _ = index
        }
    }

    @Test func theSameRequestLaterIsAnsweredInFull() {
        var s = DialogueSession()
        s.say("what is trust")
        s.state.open = nil
        s.say("what is empathy")
        s.state.open = nil
        #expect(s.say("what is trust").moves.first == .answer(intent: .define, concepts: ["trust"], example: nil))
    }
}
