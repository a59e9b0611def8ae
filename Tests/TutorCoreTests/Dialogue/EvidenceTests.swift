import Testing

@testable import TutorCore

/// What is evidence of knowing and what is not.
@Suite struct EvidenceTests {
    let kb = Fixtures.kb
    let court = "court-order-compliance"

    var completeAnswer: String { kb.question(court)!.expectations.map(\.text).joined(separator: " ") }

    @Test func aCompleteAnswerAfterAHintEarnsHalfCredit() {
        var s = DialogueSession()
        s.say(":quiz court-orders")
        s.say("hint")
        let r = s.say(completeAnswer)
        #expect(r.moves.contains(.close(question: court, complete: true)), "\(r.moves)")
        guard let change = r.masteryChanges.first else {
            Issue.record("no evidence")
            return
        }
        let tracer = s.tutor.tracer
        let right = tracer.update("court-orders", from: change.before, correct: true)
        let wrong = tracer.update("court-orders", from: change.before, correct: false)
        #expect(change.after == SessionRecorder.asLogged((right + wrong) / 2), "as the log has it")
        #expect(change.after > change.before)
    }

    @Test("skips in words, side requests and hints after the answer are not evidence")
    func notEvidence() {
        var s = DialogueSession()
        s.say(":quiz court-orders")
        #expect(s.say("what is empathy?").masteryChanges.isEmpty)
        let r = s.say(completeAnswer)
        #expect(r.masteryChanges.count == 1)
        let mastery = s.state.mastery["court-orders"]
        #expect(s.say("hint").masteryChanges.isEmpty)
        s.say(":quiz court-orders")
        let skip = s.say("I already answered that one. skip")
        #expect(skip.openLine == .skip)
        #expect(skip.masteryChanges.isEmpty)
        #expect(s.state.mastery["court-orders"] == mastery)
    }

    @Test("the client skips sessions is an answer, not a skip")
    func skipInsideAnAnswer() {
        var s = DialogueSession()
        s.say(":quiz court-orders")
        #expect(s.say("the client will skip sessions").openLine != .skip)
    }
}

/// Progress the learner can feel (issue 16.8).
@Suite struct ProgressNoteTests {
    @Test func aCompleteAnswerSaysWhatMoved() {
        var s = DialogueSession()
        s.say(":quiz court-orders")
        let complete = Fixtures.kb.question("court-order-compliance")!.expectations.map(\.text).joined(separator: " ")
        let r = s.say(complete)
        guard case .progressNote("court-orders", 1, 1, let mastery) = r.moves.last else {
            Issue.record("no progress note: \(r.moves)")
            return
        }
        #expect(mastery == s.state.mastery["court-orders"])
        #expect(r.reply.contains("Court-ordered treatment: 1 of 1 first answer right so far (all sessions)"))
    }

    @Test func aSkipSaysNothingOfProgress() {
        var s = DialogueSession()
        s.say(":quiz court-orders")
        #expect(!s.say("skip").moves.contains { if case .progressNote = $0 { true } else { false } })
    }
}
