import Testing

@testable import TutorCore

/// A comparison of a concept with another of its own names ("is rapport the same as the
/// alliance?") is told there is one idea, then given it; it never pulls in a concept
/// discussed before as the other side.
@Suite struct SameIdeaTests {
    @Test(
        "two names of one concept: one idea, and nothing discussed before is set beside it",
        arguments: [
            ("is rapport the same as the alliance", "rapport"),
            ("how is the alliance different from the therapeutic relationship", "therapeutic relationship"),
            ("therapeutic alliance vs working alliance, what's the difference", "working alliance"),
        ])
    func twoNames(_ line: String, _ word: String) {
        var s = DialogueSession()
        s.say("what is trust")
        let r = s.say(line)
        #expect(r.match?.intent == .compare && r.match?.concepts == ["therapeutic-alliance"], "\(r.match as Any)")
        #expect(r.moves.first == .sameIdea(concept: "therapeutic-alliance", word: word), "\(r.moves)")
        #expect(r.reply.hasPrefix("Here \"\(word)\" and \"therapeutic alliance\" name one idea"))
    }

    @Test("'it' after the concept, set against another of its names, is the same idea")
    func pointedBack() {
        var s = DialogueSession()
        s.say("what is the therapeutic alliance")
        let r = s.say("and how is it different from rapport")
        #expect(r.moves.first == .sameIdea(concept: "therapeutic-alliance", word: "rapport"), "\(r.moves)")
    }

    @Test(
        "two concepts, or one named with a pronoun for another, are still compared",
        arguments: [
            ["what is empathy", "and how is it different from sympathy"],
            ["what is trust", "how is it different from the alliance"],
        ])
    func realComparisons(_ lines: [String]) {
        var s = DialogueSession()
        s.say(lines[0])
        let r = s.say(lines[1])
        #expect(r.match?.concepts.count == 2, "\(r.match as Any)")
        #expect(!r.moves.contains { if case .sameIdea = $0 { true } else { false } })
    }
}

/// "Simpler" or "I don't get the question" while a question is open: where the concept's
/// definition would answer the question whole, it is asked again in other words without the
/// answer; where the definition gives less than a full answer, it is given as before.
@Suite struct QuestionRewordedTests {
    @Test(
        "a definition that would answer the question is not given",
        arguments: ["i dont get the question", "simpler please"])
    func withheld(_ line: String) {
        var s = DialogueSession.opened("therapeutic-alliance", expecting: "alliance-definition")
        let r = s.say(line)
        #expect(r.moves.first == .questionReworded(question: "alliance-definition"), "\(r.moves)")
        #expect(!r.reply.contains("collaborative relationship"), "\(r.reply)")
        #expect(r.reply.contains("3 main ideas"))
        #expect(s.state.open?.id == "alliance-definition")
        // Asked again: a hint, as before.
        #expect(s.say(line).moves.contains { if case .hint = $0 { true } else { false } })
    }

    @Test("a definition that gives part of the answer is still given")
    func partGiven() {
        var s = DialogueSession()
        s.say("quiz me on discord")
        let r = s.say("i dont get the question")
        #expect(r.moves.first == .simpler(concept: "discord", whileOpen: "discord-reply"), "\(r.moves)")
    }
}

/// "Nah", "not now", "no thanks": a refusal. An offered question is declined and dropped, with
/// nothing graded; to a question asked it is no answer (a don't-know, then a hint), never "outside
/// what I teach"; with nothing offered, the tutor says what it can do.
@Suite struct DeclineTests {
    /// A session whose last reply offered a question (seed 2 offers one after "what is trust").
    func offered() -> DialogueSession {
        var s = DialogueSession(seed: 2)
        s.say("what is trust")
        #expect(s.state.open?.isOffer == true)
        return s
    }

    @Test(
        "an offered question is declined",
        arguments: ["nah", "no", "nope", "not now", "no thanks", "nah im good", "not really"])
    func declinesAnOffer(_ line: String) {
        var s = offered()
        let r = s.say(line)
        #expect(r.moves == [.offerDeclined], "\(line): \(r.moves)")
        #expect(r.grade == nil)
        #expect(s.state.open == nil)
    }

    @Test("to a question asked, a refusal is a don't-know", arguments: ["nah", "nope", "no", "not yet"])
    func noAnswer(_ line: String) {
        var s = DialogueSession.opened("therapeutic-alliance", expecting: "alliance-definition")
        let r = s.say(line)
        #expect(r.grade?.verdict == .dontKnow, "\(line): \(r.moves)")
        #expect(!r.moves.contains(.redirect))
        #expect(s.state.open?.id == "alliance-definition")
    }

    @Test(
        "a refusal with a request is the request", arguments: ["nope. what is empathy", "no, quiz me on trust instead"])
    func refusalAndRequest(_ line: String) {
        #expect(!LineForm.declines(Fixtures.tutor.analyzer.analyze(line)))
    }

    @Test("with nothing offered, no redirect", arguments: ["nah", "no thanks"])
    func nothingOffered(_ line: String) {
        var s = DialogueSession(seed: 1)
        s.say("what is trust")
        #expect(s.state.open == nil)
        #expect(s.say(line).moves == [.nudge(questionOpen: false)])
    }
}

/// "A different one?", "another one" just after a question was put asks for another question,
/// as "quiz me" does there; after an example it is another example, and "the other one" in an
/// answer is a side of the question.
@Suite struct AnotherOneTests {
    @Test(
        "just after the question, another one is another question",
        arguments: ["another one", "a different one?", "can i get a new one", "this one is hard, a different one?"])
    func anotherQuestion(_ line: String) {
        var s = DialogueSession()
        s.say("quiz me on empathy")
        let open = s.state.open?.id
        let r = s.say(line)
        #expect(r.match?.intent == .quiz, "\(line): \(r.match as Any)")
        #expect(r.grade == nil)
        #expect(s.state.open?.id == open)
    }

    @Test("after an example, another one is another example")
    func anotherExample() {
        var s = DialogueSession()
        s.say("quiz me on empathy")
        s.say("give me an example")
        #expect(s.say("another one").match?.intent == .more)
    }

    @Test("the other one, in an answer, is graded")
    func theOtherOne() {
        var s = DialogueSession.opened("family-insistence", expecting: "family-pressure-retention")
        #expect(s.say("the connected one stays, the other one drifts off once the pressure eases").grade != nil)
    }
}
