import Foundation
import Testing

@testable import TutorCore

/// A seeded, in-memory session over the shipped knowledge base.
struct DialogueSession {
    let tutor: Tutor
    var state: TutorState
    var now = "2026-01-01T00:00:00Z"

    init(seed: UInt64 = 1, tutor: Tutor = Fixtures.tutor) {
        self.tutor = tutor
        state = TutorState(seed: seed)
    }

    @discardableResult
    mutating func say(_ line: String) -> TurnResult {
        tutor.respond(to: line, state: &state, now: now)
    }

    /// The replies to `lines`, in order.
    mutating func run(_ lines: [String]) -> [String] {
        lines.map { say($0).reply }
    }

    /// A new session with `:quiz TOPIC` said, checked to have opened the question `id`, not
    /// yet answered.
    static func opened(_ topic: String, expecting id: String) -> DialogueSession {
        var s = DialogueSession()
        s.say(":quiz \(topic)")
        #expect(s.state.open?.id == id)
        return s
    }
}

/// The Socratic loop, one transition per test (Tutor.respond is a pure function of the
/// state and the input, with a seeded random source).
@Suite struct DialogueTests {
    let kb = Fixtures.kb
    var courtQuestion: Question { kb.question("court-order-compliance")! }
    var confrontQuestion: Question { kb.question("confrontation-effect")! }
    static let pumps = [
        "What else might matter here?", "Can you say more?", "What else would you add?",
        "Keep going: what else is part of it?",
    ]
    static let complete =
        "he only complies, he isn't committed, theres no trust with the counselor yet, and hell leave when the order ends"

    // MARK: Opening a question

    @Test func aQuizRequestOpensAQuestionOnTheNamedConcept() {
        var s = DialogueSession()
        let r = s.say("quiz me on court orders")
        #expect(r.reply == "Question (Court-ordered treatment): \(courtQuestion.text)")
        #expect(s.state.open?.id == "court-order-compliance")
        #expect(s.state.open?.isOffer == false)
        #expect(r.openQuestion == "court-order-compliance")
        #expect(r.masteryChanges.isEmpty)
    }

    @Test func aQuizWithNoConceptAsksOneAnyway() {
        var s = DialogueSession()
        let r = s.say("quiz me")
        #expect(r.reply.hasPrefix("Question ("))
        let open = try! #require(s.state.open)
        #expect(kb.question(open.id) != nil)
    }

    @Test func theQuizCommandNamesAConcept() {
        var s = DialogueSession()
        let r = s.say(":quiz empathy")
        #expect(r.reply.hasPrefix("Question (Empathy): "))
        #expect(kb.question(s.state.open!.id)?.concept == "empathy")
        let bad = s.say(":quiz zzzzqqq")
        #expect(bad.reply.contains("I don't know a concept called"))
    }

    @Test func aSecondQuizWhileOneIsOpenKeepsTheFirst() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let r = s.say("quiz me on empathy")
        #expect(r.reply.hasPrefix("We're still on this question: \(courtQuestion.text)"))
        #expect(s.state.open?.id == "court-order-compliance")
    }

    // MARK: Grading inside the dialogue

    @Test func aPartialAnswerIsCreditedAndPumpedForTheFirstMissingExpectation() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let r = s.say("theres no trust with the counselor yet")
        #expect(r.grade?.verdict == .partial)
        #expect(r.grade?.covered == ["e2"])
        #expect(
            r.reply.hasPrefix(
                "Good start. You've got it: there is no alliance, trust or connection with the counselor yet"))
        #expect(Self.pumps.contains { r.reply.hasSuffix($0) }, "\(r.reply)")
        #expect(s.state.open?.covered == ["e2"])
        #expect(s.state.open?.target == "e1")
        #expect(s.state.open?.rung == 1)
    }

    @Test func hintAfterAPartialAnswerHintsAtTheMissingExpectation() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        s.say("theres no trust with the counselor yet")
        let r = s.say("hint")
        #expect(r.reply == "Hint: \(courtQuestion.expectation("e1")!.hint!)")
        #expect(s.state.open?.rung == 2)
    }

    @Test func hintClimbsTheLadderPumpHintPromptAssertion() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let e1 = courtQuestion.expectation("e1")!
        let pump = s.say("it depends on the judge").reply  // covers nothing: the pump rung
        #expect(pump.hasPrefix("Let's think about it together. "))
        #expect(Self.pumps.contains { pump.hasSuffix($0) })
        #expect(s.say("hint").reply == "Hint: \(e1.hint!)")
        #expect(s.say("hint").reply == "Finish the thought: \(e1.prompt!)")
        let assertion = s.say("hint").reply
        #expect(assertion.hasPrefix("Here's that part: \(e1.text) "))
        #expect(s.state.open?.asserted == ["e1"])
        // The ladder starts again on the next missing expectation.
        #expect(s.state.open?.target == "e2")
        #expect(Self.pumps.contains { assertion.hasSuffix($0) })
    }

    @Test func hintBeforeAnyAnswerGoesStraightToTheHintRung() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let r = s.say("hint please")
        #expect(r.reply == "Hint: \(courtQuestion.expectation("e1")!.hint!)")
        #expect(s.state.open?.hinted == true)
    }

    @Test func atMostThreeHintsAndEveryExpectationIsEventuallyStated() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        var replies: [String] = []
        for _ in 0..<12 where s.state.open != nil { replies.append(s.say("hint").reply) }
        #expect(s.state.open == nil, "the question never closed: \(replies)")
        let hints = replies.filter {
            $0.hasPrefix("Hint: ") || $0.hasPrefix("Finish the thought: ") || $0.hasPrefix("One key word: ")
        }
        #expect(hints.count <= 3)
        // three expectations, each asserted at the latest on its own fourth rung
        #expect(replies.count <= 3 * 3)
        for e in courtQuestion.expectations {
            #expect(replies.contains { $0.contains(e.text) }, "\(e.id) never stated")
        }
        #expect(replies.last?.contains("The full answer:") == true)
        #expect(replies.last?.contains("That's a complete answer.") == false)
    }

    @Test func aCompleteAnswerClosesTheQuestionWithASummaryAndRaisesMastery() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let r = s.say(Self.complete)
        #expect(r.grade?.verdict == .correct)
        #expect(r.reply.contains("That's a complete answer.\nThe full answer:\n"))
        for e in courtQuestion.expectations { #expect(r.reply.contains("  - \(e.text)")) }
        #expect(r.reply.contains("(Sources: seed-000"))
        #expect(
            r.reply.hasSuffix("Court-ordered treatment: 1 of 1 first answer right so far (all sessions); mastery 0.60.")
        )
        #expect(s.state.open == nil)
        #expect(r.openQuestion == nil)
        let change = try! #require(r.masteryChanges.first)
        #expect(change.concept == "court-orders")
        #expect(change.before == Fixtures.tutor.tracer.prior("court-orders"))
        #expect(change.after > change.before)
        #expect(s.state.mastery["court-orders"] == change.after)
        #expect(s.state.attempts["court-orders"] == 1)
    }

    @Test func creditEarnedStaysEarnedAcrossAnswers() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        s.say("theres no trust with the counselor yet")
        let r = s.say("he attends every week so it is obviously working")  // a misconception, e2 not repeated
        #expect(r.grade?.verdict == .misconception)
        #expect(s.state.open?.covered == ["e2"])
        let last = s.say("he only complies and isnt committed, so hell quit when the order ends")
        #expect(last.reply.contains("That's a complete answer."))
    }

    @Test func aMisconceptionIsCorrectedAtOnceWithTheKnowledgeBasesCorrectionAndSource() {
        var s = DialogueSession()
        s.say("quiz me on confrontation")
        #expect(s.state.open?.id == "confrontation-effect")
        let m1 = confrontQuestion.misconception("m1")!
        let r = s.say("confronting them hard breaks through their denial")
        #expect(r.grade?.verdict == .misconception)
        #expect(r.grade?.misconceptions == ["m1"])
        #expect(r.reply.hasPrefix("A common trap: harsh confrontation breaks through denial and motivates change. "))
        #expect(r.reply.contains(m1.correction!))
        #expect(r.reply.contains("(Sources: \(m1.source!))"))
        #expect(s.state.open?.corrected == ["m1"])
        #expect(s.state.open != nil, "a misconception does not close the question")
        // a wrong first attempt is evidence against knowing it
        #expect(r.masteryChanges.first.map { $0.after < $0.before } == true)
    }

    @Test func aMisconceptionIsCorrectedOnlyOnce() {
        var s = DialogueSession()
        s.say("quiz me on confrontation")
        let first = s.say("it breaks through their denial")
        #expect(first.moves.contains { if case .correct = $0 { true } else { false } }, "\(first.moves)")
        let again = s.say("I still think it breaks through their denial")
        #expect(again.grade?.misconceptions == first.grade?.misconceptions, "the same misconception, found again")
        #expect(!again.moves.contains { if case .correct = $0 { true } else { false } }, "\(again.moves)")
        #expect(!again.reply.contains("A common trap"))
    }

    @Test func iDontKnowGetsAHintNotAScolding() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let r = s.say("I don't know")
        #expect(r.grade?.verdict == .dontKnow)
        #expect(
            r.reply == "That's all right, let's work it out together. Hint: \(courtQuestion.expectation("e1")!.hint!)")
        #expect(s.state.open?.id == "court-order-compliance")
        for harsh in ["wrong", "incorrect", "no."] { #expect(!r.reply.lowercased().contains(harsh)) }
    }

    @Test func skipClosesTheQuestionWithTheSummaryButNotAsComplete() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let r = s.say("skip")
        #expect(r.reply.hasPrefix("Let's move on. The full answer:\n"))
        #expect(!r.reply.contains("That's a complete answer."))
        #expect(s.state.open == nil)
        #expect(s.say(":skip").reply.hasPrefix("There's no open question to skip."))
    }

    @Test func plainSkipWithNoOpenQuestionSaysThereIsNone() {
        var s = DialogueSession()
        #expect(s.say("skip").reply.hasPrefix("There's no open question to skip."))
    }

    @Test func hintWithNoOpenQuestionSaysSo() {
        var s = DialogueSession()
        #expect(s.say("hint").reply.hasPrefix("There's no open question right now."))
    }

    @Test func aBlankLineWhileAQuestionIsOpenIsPatient() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let r = s.say("   ")
        #expect(r.reply.hasPrefix("Take your time."))
        #expect(s.state.open?.answers == 0)
    }

    // MARK: Evidence for mastery

    @Test func onlyTheFirstAttemptUpdatesMastery() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let first = s.say("theres no trust with the counselor yet")
        #expect(first.masteryChanges.count == 1)
        let second = s.say("he only complies and isnt committed, so hell quit when the order ends")
        #expect(second.masteryChanges.isEmpty)
    }

    @Test func aCompleteAnswerAfterAHintEarnsLessThanOneWithout() {
        var hinted = DialogueSession()
        hinted.say("quiz me on court orders")
        hinted.say("hint")
        let r = hinted.say(Self.complete)
        #expect(r.reply.contains("That's a complete answer."))
        let change = try! #require(r.masteryChanges.first)
        var plain = DialogueSession()
        plain.say("quiz me on court orders")
        let full = try! #require(plain.say(Self.complete).masteryChanges.first)
        // Partial credit (issue 16.2): up, but less than a complete answer with no hint.
        #expect(change.before < change.after && change.after < full.after)
    }

    // MARK: Something else while a question is open

    @Test func aNewQuestionDuringAQuizIsAnsweredAndTheQuizStaysOpen() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let r = s.say("what is empathy?")
        #expect(r.reply.hasPrefix("Empathy: "))
        #expect(r.reply.hasSuffix("\n(Still open: \(courtQuestion.text))"))
        #expect(s.state.open?.id == "court-order-compliance")
        #expect(s.state.open?.answers == 0)
        #expect(r.grade == nil)
    }

    /// The first seed whose answer to `line` ends with an offered follow-up (the choice is seeded).
    static func sessionWithOffer(after line: String) -> DialogueSession? {
        for seed in UInt64(0)..<40 {
            var s = DialogueSession(seed: seed)
            s.say(line)
            if s.state.open?.isOffer == true { return s }
        }
        return nil
    }

    @Test func aNewQuestionDropsAFollowUpTheTutorOffered() throws {
        var s = try #require(Self.sessionWithOffer(after: "what is trust"), "no seed in 0..<40 offered a follow-up")
        #expect(s.state.open?.id == "build-trust")
        let r = s.say("what is insurance coverage?")
        #expect(r.reply.hasPrefix("Insurance coverage: "))
        #expect(!r.reply.contains("Still open"))
        #expect(r.grade == nil)
        #expect(s.state.open == nil)
    }

    @Test func aQuestionNamingAnExpectationsWordIsStillAQuestion() throws {
        // "empathy" is one of build-trust's expectation phrasings, but "what is empathy?" asks.
        var s = try #require(Self.sessionWithOffer(after: "what is trust"))
        let r = s.say("what is empathy?")
        #expect(r.reply.hasPrefix("Empathy: "))
        #expect(r.grade == nil)
    }

    @Test func aQuestionNamingAnExpectationsWordDuringAQuizKeepsTheQuizOpen() {
        var s = DialogueSession()
        s.say("quiz me on trust")
        #expect(s.state.open?.id == "build-trust")
        let r = s.say("what is empathy?")
        #expect(r.reply.hasPrefix("Empathy: "))
        #expect(r.reply.contains("(Still open: "))
        #expect(r.grade == nil)
        #expect(s.state.open?.covered == [])
    }

    @Test func anAnswerToAnOfferedFollowUpIsGraded() throws {
        var s = try #require(Self.sessionWithOffer(after: "what is a court order"))
        #expect(s.state.open?.id == "court-order-compliance")
        let r = s.say("theres no trust with the counselor yet")
        #expect(r.gradedQuestion == "court-order-compliance")
        #expect(r.grade?.covered == ["e2"])
        #expect(s.state.open?.covered == ["e2"])
    }

    @Test func followUpsAreNeverOfferedTwiceInARow() {
        var answersAfterAnOffer = 0
        for seed in UInt64(0)..<20 {
            var s = DialogueSession(seed: seed)
            var offeredBefore = false
            for line in [
                "what is trust", "what is empathy", "why does trust matter", "how do I build trust", "what is empathy",
            ] {
                // drop any offer so each line is answered as a question
                let r = s.say(line)
                let offered = r.moves.contains { if case .offer = $0 { true } else { false } }
                #expect(offered == r.reply.contains("\nLet's check your understanding: "))
                #expect(!(offered && offeredBefore), "seed \(seed): two offers in a row at \(line)")
                if offeredBefore && r.moves.contains(where: { if case .answer = $0 { true } else { false } }) {
                    answersAfterAnOffer += 1
                }
                offeredBefore = offered
            }
        }
        #expect(answersAfterAnOffer > 0, "an offer was followed by an answer at least once, so the rule was tested")
    }

    // MARK: Clarification

    @Test func anAmbiguousLineAsksWhichConceptWasMeant() {
        var s = DialogueSession()
        let r = s.say("what is compliant")
        #expect(r.reply == "Did you mean 1) Compliance versus commitment or 2) Patient compliance?")
        #expect(s.state.clarification?.options == ["compliance-vs-commitment", "patient-compliance"])
    }

    @Test(
        "a clarification is resolved by a number, an ordinal or a name",
        arguments: [
            ("1", "Compliance versus commitment: "), ("2", "Patient compliance: "),
            ("first", "Compliance versus commitment: "),
            ("two", "Patient compliance: "), ("patient compliance", "Patient compliance: "),
            ("compliance versus commitment", "Compliance versus commitment: "),
        ])
    func clarificationResolved(_ reply: String, _ expectedStart: String) {
        var s = DialogueSession()
        s.say("what is compliant")
        let r = s.say(reply)
        #expect(r.reply.hasPrefix(expectedStart), "\(r.reply)")
        #expect(s.state.clarification == nil)
    }

    @Test func theSecondOneMeansTheSecondOption() {
        var s = DialogueSession()
        s.say("what is compliant")
        #expect(s.say("the second one").reply.hasPrefix("Patient compliance: "))
    }

    @Test func somethingElseAfterAClarificationIsAnsweredOnItsOwn() {
        var s = DialogueSession()
        s.say("what is compliant")
        let r = s.say("what is empathy")
        #expect(r.reply.hasPrefix("Empathy: "))
        #expect(s.state.clarification == nil)
    }

    // MARK: Determinism

    static let script = [
        "hello", "what is trust", "give me an example of empathy", "give me an example of empathy", "quiz me",
        "I don't know", "hint", "listen without judgment and show empathy", "what is compliant", "2",
        "compliance vs commitment", "how am I doing", "give me an example of court orders",
    ]

    @Test func theSameSeedAndInputsGiveTheSameRepliesAndState() {
        var a = DialogueSession(seed: 11)
        var b = DialogueSession(seed: 11)
        #expect(a.run(Self.script) == b.run(Self.script))
        #expect(a.state == b.state)
    }

    @Test func differentSeedsCanGiveDifferentReplies() {
        var base = DialogueSession(seed: 1)
        let first = base.run(Self.script)
        var differs = false
        for seed in UInt64(2)...12 {
            var other = DialogueSession(seed: seed)
            if other.run(Self.script) != first { differs = true }
        }
        #expect(differs, "eleven other seeds all replied exactly as seed 1")
    }

    @Test func stateRoundTripsThroughJSONAndResumesIdentically() throws {
        var a = DialogueSession(seed: 5)
        _ = a.run(["quiz me on court orders", "theres no trust with the counselor yet", "hint"])
        let data = try JSONEncoder().encode(a.state)
        var b = DialogueSession(seed: 0)
        b.state = try JSONDecoder().decode(TutorState.self, from: data)
        #expect(a.run(["he only complies", "hint", "skip"]) == b.run(["he only complies", "hint", "skip"]))
    }

    // MARK: Bad input

    @Test func everyLineGetsOneCleanReplyWhateverItHolds() {
        var s = DialogueSession()
        let lines = [
            "", "   ", String(repeating: "trust ", count: 20_000), "what\u{0}is\u{7}trust",
            "\u{1B}[31mwhat is empathy\u{1B}[0m \u{1B}]0;pwned\u{07}", "🤝🤝🤝", "¿Qué es la alianza terapéutica?",
            "信任是什么",
            "%s %n %d {0} ${HOME} $(rm -rf /)", "?!?...", String(decoding: [0xFF, 0xFE, 0x80, 0x41], as: UTF8.self),
        ]
        for line in lines {
            let r = s.say(line)
            #expect(
                !r.reply.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(line.prefix(40).debugDescription)")
            #expect(
                !r.reply.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0 },
                "\(line.prefix(40).debugDescription)")
            #expect(!r.reply.contains("pwned"))
            #expect(!r.quit)
        }
        // and the same lines with a question open do not lose it
        #expect(s.say("quiz me on court orders").openQuestion == "court-order-compliance")
        for line in lines {
            s.say(line)
            #expect(s.state.open?.id == "court-order-compliance", "\(line.prefix(40).debugDescription)")
        }
    }

    // MARK: Commands

    @Test func unknownCommandListsTheKnownOnes() {
        var s = DialogueSession()
        let r = s.say(":frobnicate")
        #expect(r.reply.hasPrefix("Unknown command :frobnicate. Commands: :help"))
    }

    @Test func quitEndsTheSession() {
        var s = DialogueSession()
        let r = s.say(":quit")
        #expect(r.quit)
    }

    @Test func progressReportsMasteryAfterPractice() {
        var s = DialogueSession()
        #expect(s.say("how am I doing").reply.hasPrefix("No progress yet"))
        s.say("quiz me on court orders")
        s.say(Self.complete)
        let r = s.say("how am I doing")
        #expect(r.reply.hasPrefix("Your progress:\n  [#####---] 0.60  Court-ordered treatment, 1 attempt\n"))
        #expect(r.reply.contains("Next: Court-ordered treatment, not mastered yet (0.60)."))
    }
}
