import Testing

@testable import TutorCore

/// Round 28, inside a session, in other words than the development lines that showed them:
/// thanks of more than one word in another language, the learner's own fear of the exam or
/// strain over the study, a polite request to the tutor and a request for a harder or easier
/// question are answered beside the open question and never graded; a mind gone blank at the
/// question is a don't-know; a comparison whose two sides are both of one concept is that
/// concept's, whatever was discussed before. Lines of the same shapes that answer are graded.
@Suite struct DialogueRoundTwentyEightTests {
    /// Thanks in the learner's first language, of two words or three: a courtesy.
    @Test(
        "thanks in another language is a courtesy",
        arguments: ["muchas gracias amiga", "merci bien", "dank je wel", "grazie mille", "vielen dank", "tusen takk"])
    func thanksInAnyLanguage(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.match?.intent == .thanks, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == "build-trust")
    }

    /// The learner's own fear of the exam, or strain over the study: a feeling, not an answer.
    @Test(
        "the learner's fear or strain is a feeling",
        arguments: [
            "im terrified ill flunk",
            "honestly i'm worried i won't pass the boards",
            "I'm freaking out, I'm going to fail this exam",
            "i keep confusing these and its wearing me down",
            "I always get these ones wrong, it's so discouraging",
        ])
    func ownFeeling(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.match?.intent == .feelings, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == "build-trust")
    }

    /// A polite request to the tutor, or for a harder or easier question, is answered beside it.
    @Test(
        "a polite request or a harder one is a side request",
        arguments: [
            "sorry to interrupt, could you give me an example of validating feelings?",
            "Would you please explain why listening without judging builds trust? I might be slow today.",
            "ok that one is too easy, give me a harder one afterwards",
        ])
    func sideRequests(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "build-trust")
    }

    /// A mind gone blank at the question is not knowing it; blanking as a habit is a feeling.
    @Test func blankNow() {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say("sorry, my mind just went blank")
        #expect(r.grade?.verdict == .dontKnow, "\(r.moves)")
        var t = DialogueSession.opened("trust", expecting: "build-trust")
        let habit = t.say("ugh i always blank on exams")
        #expect(habit.grade == nil, "\(habit.moves)")
    }

    /// Lines of the same shapes that answer the question are graded.
    @Test(
        "the same shapes answering are graded",
        arguments: [
            "thanks to listening without judging, they feel safe",
            "could you tell them you are listening without judging",
            "he is scared he will fail the drug test, so listen without judging",
        ])
    func answersAreGraded(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.grade?.question == "build-trust", "\(line): \(r.moves)")
    }

    /// Both sides of one concept: that concept alone, with trust's question open or discussed.
    @Test func comparisonWithinOneConcept() {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say("so how does cultural humility differ from competence")
        #expect(r.grade == nil)
        #expect(r.match?.intent == .compare)
        #expect(r.match?.concepts == ["cultural-humility"], "\(String(describing: r.match))")
        #expect(s.state.open?.id == "build-trust")
        var free = DialogueSession()
        free.say("what is trust")
        let b = free.say("what's the difference between a boundary crossing and a violation")
        #expect(b.match?.concepts == ["boundaries"], "\(String(describing: b.match))")
        // Two concepts stay two.
        let two = free.say("how is empathy different from sympathy")
        #expect(Set(two.match?.concepts ?? []) == ["empathy", "sympathy"])
    }

    /// A restatement checked with a question mark is an answer; "so" then a question asks.
    @Test func restatementIsAnAnswer() {
        var s = DialogueSession.opened("unconditional-positive-regard", expecting: "upr-not-approval")
        let r = s.say("oh ok so accepting him isn't the same as saying what he does is fine?")
        #expect(r.grade?.question == "upr-not-approval", "\(r.moves)")
        var t = DialogueSession.opened("unconditional-positive-regard", expecting: "upr-not-approval")
        let asked = t.say("so how is that different from approving?")
        #expect(asked.grade == nil, "\(asked.moves)")
        #expect(t.state.open?.id == "upr-not-approval")
    }

    /// The forms on their own.
    @Test func theForms() {
        let a = Fixtures.tutor.analyzer
        #expect(LineForm.onlyThanks(a.analyze("merci beaucoup")))
        #expect(!LineForm.onlyThanks(a.analyze("merci, they need to feel heard")))
        #expect(!LineForm.onlyThanks(a.analyze("gracias?")))
        #expect(LineForm.fearsForOwnExam(a.analyze("im scared i wont pass")))
        #expect(!LineForm.fearsForOwnExam(a.analyze("the client is scared he will fail")))
        #expect(!LineForm.fearsForOwnExam(a.analyze("im nervous about the exam, what should i study")))
        #expect(LineForm.strainedByOwnStudy(a.analyze("i keep mixing these up and it's driving me nuts")))
        #expect(!LineForm.strainedByOwnStudy(a.analyze("my client keeps relapsing and it's exhausting")))
        #expect(LineForm.blanksNow(a.analyze("I'm blanking on this one")))
        #expect(!LineForm.blanksNow(a.analyze("i'm worried ill blank on the test")))
        #expect(LineForm.asksPolitely(a.analyze("Before I go on, might you give an example?")))
        #expect(LineForm.asksPolitely(a.analyze("could you please explain why that matters")))
        #expect(!LineForm.asksPolitely(a.analyze("could you tell him you care")))
        #expect(!LineForm.asksPolitely(a.analyze("i would give them space and you could explain later")))
        #expect(LineForm.restatesToCheck(a.analyze("so the client would own the plan more, right?")))
        #expect(!LineForm.restatesToCheck(a.analyze("so should we set a quit date?")))
        #expect(!LineForm.restatesToCheck(a.analyze("so insurance or the bond, which matters more?")))
        #expect(!LineForm.restatesToCheck(a.analyze("so the client would own the plan more.")))
        let sides = { (s: String) in Tutor.sidesOfADifference(s.split(separator: " ").map(String.init)) }
        #expect(sides("how does humility differ from cultural competence") != nil)
        #expect(sides("how is that different from cultural competence") == nil)
        #expect(sides("what is the difference between a crossing and a violation") != nil)
        #expect(sides("how is it different") == nil)
    }
}
