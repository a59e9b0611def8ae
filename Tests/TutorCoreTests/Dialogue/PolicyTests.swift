import Testing

@testable import TutorCore

/// The policy's decisions as moves, for scripted states: what the tutor does, not how it
/// is worded (the wording is `TurnRenderer`'s, checked by the transcripts).
@Suite struct PolicyTests {
    let tutor = Fixtures.tutor
    let court = "court-order-compliance"

    /// A session with `:quiz court-orders` answered, so the court-order question is open.
    func courtQuestionOpen(seed: UInt64 = 1) -> DialogueSession {
        var s = DialogueSession(seed: seed)
        let r = s.say(":quiz court-orders")
        #expect(r.moves == [.ask(question: court, concept: "court-orders")])
        return s
    }

    @Test func anEmptyLineNudges() {
        var s = DialogueSession()
        #expect(s.say("   ").moves == [.nudge(questionOpen: false)])
        var open = courtQuestionOpen()
        #expect(open.say("").moves == [.nudge(questionOpen: true)])
    }

    @Test func skipShowsTheWholeAnswerAndCloses() {
        var s = courtQuestionOpen()
        let r = s.say("skip")
        #expect(r.openLine == .skip)
        #expect(r.moves == [.moveOn, .close(question: court, complete: false)])
        #expect(s.state.open == nil)
        #expect(s.say("skip").moves == [.noOpenQuestionToSkip])
        #expect(s.say("hint").moves == [.noOpenQuestionForHint])
    }

    @Test func hintsClimbTheLadderThenAssert() {
        var s = courtQuestionOpen()
        #expect(s.say("hint").moves == [.hint(question: court, expectation: "e1")])
        #expect(s.say("hint").moves == [.prompt(question: court, expectation: "e1")])
        // After the prompt, e1 is stated, and the next expectation starts at the first rung.
        let third = s.say("hint").moves
        #expect(third.first == .assert(question: court, expectation: "e1"))
        guard third.count == 2, case .pump = third[1] else {
            Issue.record("no pump after the assert: \(third)")
            return
        }
        #expect(s.say("hint").moves == [.hint(question: court, expectation: "e2")])
        // Three hints were given: no prompt now, e2 is stated.
        #expect(s.say("hint").moves.first == .assert(question: court, expectation: "e2"))
        #expect(s.state.open?.hints ?? 0 <= 3)
    }

    @Test func iDontKnowIsMetWithHelpNotBlame() {
        var s = courtQuestionOpen()
        let r = s.say("i don't know")
        guard case .dontKnow = r.openLine else {
            Issue.record("classified as \(String(describing: r.openLine))")
            return
        }
        #expect(r.moves == [.workItOut, .hint(question: court, expectation: "e1")])
        #expect(r.masteryChanges.count == 1 && r.masteryChanges[0].after < r.masteryChanges[0].before)
    }

    @Test func aSideQuestionIsAnsweredAndTheQuestionStaysOpen() {
        var s = courtQuestionOpen()
        let r = s.say("what is empathy?")
        #expect(r.openLine == .sideRequest)
        #expect(r.moves.first == .answer(intent: .define, concepts: ["empathy"], example: nil))
        #expect(r.moves.last == .stillOpen(court))
        #expect(r.grade == nil && s.state.open?.id == court)
    }

    @Test func aMisconceptionIsCorrectedAndTheLadderGoesOn() {
        var s = DialogueSession()
        let q = s.say("quiz me on confrontation")
        guard case .ask(let id, "strong-confrontation") = q.moves.first else {
            Issue.record("not asked: \(q.moves)")
            return
        }
        let r = s.say("it breaks through their denial")
        #expect(r.moves.contains(.correct(question: id, misconception: "m1")), "\(r.moves)")
        #expect(s.state.open?.corrected == ["m1"])
    }

    @Test func aCompleteAnswerIsPraisedAndClosed() {
        var s = courtQuestionOpen()
        s.say("he is only complying, he isn't committed, and there is no trust with the counselor")
        let r = s.say("without that connection he'll probably drop out when the order ends")
        guard case .praise(court, _, .wellDone) = r.moves.first else {
            Issue.record("no praise: \(r.moves)")
            return
        }
        #expect(r.moves.contains(.close(question: court, complete: true)))
        guard case .progressNote("court-orders", 0, 1, _) = r.moves.last else {
            Issue.record("no progress note after the close: \(r.moves)")
            return
        }
        #expect(s.state.open == nil)
    }

    @Test func classifyIsAboutTheLineNotTheState() {
        let grade = Grade(question: court, covered: [], misconceptions: [], verdict: .incorrect)
        let empathy = tutor.analyzer.analyze("what is empathy?")
        let match = tutor.matcher.match(empathy)
        #expect(Tutor.classify(empathy, match, grade: grade, isOffer: false) == .sideRequest)
        #expect(Tutor.classify(empathy, match, grade: grade, isOffer: true) == .leave)
        #expect(Tutor.classify(empathy, match, grade: nil, isOffer: false) == .ungradable)
        let giveUp = tutor.analyzer.analyze("I give up")
        #expect(Tutor.classify(giveUp, tutor.matcher.match(giveUp), grade: grade, isOffer: false) == .skip)
    }

    @Test func inlineMovesShareAParagraph() {
        let text = TurnRenderer(tutor: tutor).text([.moveOn, .close(question: court, complete: false)])
        #expect(text.hasPrefix("Let's move on. The full answer:\n  - "))
        let side = TurnRenderer(tutor: tutor).text([.greet, .stillOpen(court)])
        #expect(side.hasSuffix("\n(Still open: \(tutor.question(court)!.text))"))
    }
}

/// One command registry drives the parser, `:help`, the unknown-command message and Tab completion.
@Suite struct CommandRegistryTests {
    @Test func everyActionHasOneCommandAndEveryNameParses() {
        #expect(Command.all.map(\.action) == Command.Action.allCases)
        for command in Command.all {
            for name in [command.name] + command.aliases {
                #expect(Command.named(name.uppercased()) == command, "\(name)")
                var state = TutorState(seed: 1)
                let r = Fixtures.tutor.respond(to: ":" + name, state: &state, now: "2026-01-01T00:00:00Z")
                #expect(!r.moves.contains(.unknownCommand(name)), "\(name)")
            }
        }
        #expect(Command.named("frobnicate") == nil)
    }

    @Test func helpAndTheUnknownCommandMessageListEveryCommand() {
        var state = TutorState(seed: 1)
        let help = Fixtures.tutor.respond(to: ":help", state: &state, now: "t").reply
        let unknown = Fixtures.tutor.respond(to: ":frobnicate", state: &state, now: "t").reply
        for command in Command.all {
            #expect(help.contains("  " + command.usage + " "), "\(command.name)")
            #expect(help.contains(command.summary))
            #expect(unknown.contains(command.usage), "\(command.name)")
        }
    }

    @Test func tabCompletesEveryCommandConceptAndLesson() {
        let words = Fixtures.tutor.completions
        for command in Command.all { #expect(words.contains(":" + command.name)) }
        for concept in Fixtures.kb.concepts { #expect(words.contains(concept.id)) }
    }
}
