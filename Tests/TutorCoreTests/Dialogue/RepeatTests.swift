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
