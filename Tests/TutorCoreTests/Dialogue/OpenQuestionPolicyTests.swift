import Testing

@testable import TutorCore

/// While a question is open: side requests beside it, and don't-know, as moves.
@Suite struct OpenQuestionPolicyTests {
    let kb = Fixtures.kb
    let court = "court-order-compliance"

    func courtQuestionOpen() -> DialogueSession {
        var s = DialogueSession()
        #expect(s.say(":quiz court-orders").moves == [.ask(question: court, concept: "court-orders")])
        return s
    }

    /// `line`, said while the court question is open, is a side request: not graded, and the
    /// question stays open.
    func expectSideRequestKeepsTheCourtQuestion(_ line: String) {
        var s = courtQuestionOpen()
        let r = s.say(line)
        #expect(r.openLine == .sideRequest, "\(line): \(String(describing: r.openLine))")
        #expect(r.grade == nil)
        #expect(s.state.open?.id == court)
    }

    @Test(
        "a side request is answered and the question re-offered, never closed or replaced",
        arguments: [
            "what is empathy?", "give me an example of trust", "how am I doing?", "what topics do you cover",
            "I'm so stressed about this exam", "what should I study first?", "compare trust and empathy",
        ])
    func sideRequestKeepsTheQuestion(_ line: String) {
        var s = courtQuestionOpen()
        let r = s.say(line)
        #expect(r.openLine == .sideRequest, "\(line): \(String(describing: r.openLine))")
        #expect(r.grade == nil)
        #expect(r.moves.last == .stillOpen(court), "\(line): \(r.moves)")
        #expect(r.moves.filter { $0 == .stillOpen(court) }.count == 1)
        #expect(s.state.open?.id == court && s.state.open?.isOffer == false)
        #expect(!r.moves.contains { if case .offer = $0 { true } else { false } })
    }

    @Test(
        "a side request that holds words of the answer is still not graded",
        arguments: [
            // The learner speaking of their own exam ("fail" is also the lapse misconception's word).
            ("lapse-wedding", "omg im gonna fail this exam"),
            // "can u give me…" asks, as "can you give me…" does.
            ("court-order-compliance", "can u give me an example of someone complying without being committed"),
            // A short question ending on "again" asks to be reminded.
            ("gift-boundary", "what counts as a boundary crossing again"),
        ])
    func sideRequestWithAnswerWords(_ question: String, _ line: String) {
        var s = DialogueSession()
        s.say(":quiz \(kb.question(question)!.concept)")
        #expect(s.state.open?.id == question)
        let r = s.say(line)
        #expect(r.openLine == .sideRequest, "\(line): \(String(describing: r.openLine))")
        #expect(r.grade == nil)
        #expect(s.state.open?.id == question)
    }

    @Test(
        "a question put by its word order, or out of scope anywhere in the line, is answered beside the question",
        arguments: [
            "how would you even build trust with someone like that",
            "lol unrelated but who won the game last night",
            "also do you know a good health insurance plan for my family",
        ])
    func questionsWithoutAMarkAreSideRequests(_ line: String) {
        expectSideRequestKeepsTheCourtQuestion(line)
    }

    @Test(
        "a statement with a question mark is a guess, graded",
        arguments: [
            "hes shy?", "something about trust?", "hard to say, probably he only comes for the judge?",
            "not sure tbh, maybe the court order helps?", "hmm tough one, perhaps he just complies?",
        ])
    func aGuessByToneIsGraded(_ line: String) {
        var s = courtQuestionOpen()
        let r = s.say(line)
        #expect(r.grade?.question == court, "\(line): \(String(describing: r.openLine))")
    }

    @Test("a line that opens on not knowing is a don't-know", arguments: ["idk what else", "idk im lost"])
    func notKnowingFirstIsADontKnow(_ line: String) {
        var s = courtQuestionOpen()
        let r = s.say(line)
        #expect(r.grade?.verdict == .dontKnow, "\(line): \(String(describing: r.openLine))")
        // Asking what the tutor means is no don't-know.
        #expect(!LineForm.opensOnNotKnowing(Fixtures.tutor.analyzer.analyze("idk what you mean")))
    }

    @Test(
        "a request to list or sum up a topic, or a what-question typed short, is a side request",
        arguments: [
            "outline the stages of change", "summarize the kinds of change talk for me", "recap the stages of change",
            "wha does rapport mean again", "wha is a safe space",
        ])
    func aRequestToSetATopicOutIsASideRequest(_ line: String) {
        expectSideRequestKeepsTheCourtQuestion(line)
    }

    @Test(
        "not following the question, after a word of politeness, asks for it plainer",
        arguments: [
            "I'm afraid I don't understand the question", "Honestly I do not get it", "sorry but I cant follow",
        ])
    func notFollowingAfterPolitenessIsSimpler(_ line: String) {
        var s = courtQuestionOpen()
        let r = s.say(line)
        #expect(r.match?.intent == .simpler, "\(line): \(String(describing: r.match?.intent))")
        #expect(r.grade == nil)
        #expect(s.state.open?.id == court)
    }

    @Test(
        "a term of the open question's concept is said in its own sense",
        arguments: ["what does the CAT half of DARN CAT stand for?", "what is CAT in DARN-CAT"])
    func aTermOfTheOpenConceptIsInItsOwnSense(_ line: String) {
        var s = DialogueSession()
        s.say(":quiz change-talk")
        #expect(s.state.open?.id == "change-sustain")
        let r = s.say(line)
        #expect(r.match?.intent == .define && r.match?.concepts.first == "change-talk", "\(line)")
        #expect(r.grade == nil)
        #expect(s.state.open?.id == "change-sustain")
    }

    @Test func anotherFieldsWordBesideAOneWordTermStaysOutOfScope() {
        var s = DialogueSession()
        s.say(":quiz insurance-coverage")
        let r = s.say("should i get car insurance from my dads company")
        #expect(r.match?.intent == .outOfScope)
        #expect(r.grade == nil)
        #expect(s.state.open?.id == "insurance-secondary")
    }

    @Test func whatTheCounselorWouldSayIsAnAnswer() {
        var s = DialogueSession()
        s.say(":quiz discord")
        #expect(s.state.open?.id == "discord-reply")
        let r = s.say("explain that im not their PO")
        #expect(r.grade?.question == "discord-reply")
    }

    @Test func anOptionLabelSaidLastTakesTheQuestionsPredicate() {
        var s = DialogueSession()
        s.say(":quiz sympathy")
        #expect(s.state.open?.id == "which-is-empathic")
        let r = s.say("A shows more feeling so A")
        #expect(r.grade?.misconceptions == ["m1"])
    }

    @Test func aLoneOptionLetterAnswersAQuestionOfOptions() {
        var s = DialogueSession()
        s.say(":quiz sympathy")
        #expect(s.state.open?.id == "which-is-empathic")
        let r = s.say("B")
        #expect(r.grade?.covered == ["e1"])
        // A lone letter no question reads as an idea is not an attempt.
        var t = courtQuestionOpen()
        #expect(t.say("B").openLine == .sideRequest)
    }

    @Test func quizMeWhileAQuestionIsOpenSaysSoOnce() {
        var s = courtQuestionOpen()
        let r = s.say("quiz me on empathy")
        #expect(r.moves == [.stillOnQuestion(court)])
        #expect(s.state.open?.id == court)
    }

    @Test func aClarificationAnsweredMidQuestionIsASideRequest() {
        var s = courtQuestionOpen()
        let ask = s.say("tell me about the family")
        guard case .clarify(let options) = ask.moves.first, options.count >= 2 else {
            Issue.record("no clarification: \(ask.moves)")
            return
        }
        let r = s.say("2")
        #expect(r.grade == nil)
        #expect(r.moves.first == .answer(intent: .define, concepts: [options[1]], example: nil))
        #expect(r.moves.last == .stillOpen(court))
        #expect(s.state.open?.id == court)
    }

    @Test("a line with no word keeps the question", arguments: ["🤝🤝🤝", "?!?...", "A", "%s %n %d {0} ${HOME}"])
    func noiseKeepsTheQuestion(_ line: String) {
        var s = courtQuestionOpen()
        for _ in 0..<5 { s.say(line) }
        #expect(s.state.open?.id == court)
        #expect(s.state.mastery["court-orders"] == nil, "noise was taken as evidence")
    }

    @Test func twoDontKnowsInARowGiveTheAnswerAndOfferAnEasierOne() {
        var s = courtQuestionOpen()
        let first = s.say("i don't know")
        #expect(first.moves.first == .workItOut)
        let second = s.say("no idea")
        #expect(second.moves.prefix(2) == [.dontKnowAgain, .close(question: court, complete: false)])
        guard case .offerEasier(let easier) = second.moves.last, let q = kb.question(easier) else {
            Issue.record("no easier question offered: \(second.moves)")
            return
        }
        #expect(q.concept == "court-orders" && q.id != court)
        #expect(q.level < kb.question(court)!.level)
        #expect(s.state.open?.id == easier && s.state.open?.isOffer == true)
    }

    @Test func fiveDontKnowsCloseTheQuestionWithinFourTurns() {
        var s = courtQuestionOpen()
        var turns = 0
        while s.state.open?.id == court && turns < 5 {
            s.say(turns % 2 == 0 ? "i don't know" : "i'm not sure")
            turns += 1
        }
        #expect(s.state.open?.id != court)
        #expect(turns <= 4)
    }

    @Test func dontKnowsApartStillCloseAfterFour() {
        var s = courtQuestionOpen()
        // don't-know, an attempt, don't-know, an attempt…: never more than four don't-knows.
        var dontKnows = 0
        for i in 0..<10 where s.state.open?.id == court {
            if i % 2 == 0 {
                s.say("i don't know")
                dontKnows += 1
            } else {
                s.say("they have to come")
            }
        }
        #expect(dontKnows <= 4)
    }
}
