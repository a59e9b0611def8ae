import Foundation
import Testing

@testable import TutorCore

/// The conversation's own intents (Intents v2) and follow-ups that lean on what was just
/// discussed, through the whole turn (`Tutor.respond`).
@Suite struct ConversationTests {
    let kb = Fixtures.kb

    @Test func anotherExampleIsADifferentOneOfTheLastConcept() {
        var s = DialogueSession()
        let first = s.say("give me an example of empathy").reply
        let second = s.say("give me another example")
        #expect(second.match?.intent == .more)
        let examples = kb.concept("empathy")!.examples.map(\.text)
        let shownFirst = examples.filter { first.contains($0) }
        let shownSecond = examples.filter { second.reply.contains($0) }
        #expect(shownFirst.count == 1 && shownSecond.count == 1)
        #expect(shownFirst != shownSecond, "the same example twice: \(second.reply)")
    }

    /// When every example of the concept was shown, "another" brings one back and says so:
    /// it is not called "another example", and never the one just shown.
    @Test func examplesRunOutSaySoAndDoNotRepeatTheLastOne() throws {
        var s = DialogueSession()
        let count = kb.concept("empathy")!.examples.count
        try #require(count >= 2)
        var replies = [s.say("give me an example of empathy").reply]
        for _ in 1..<count { replies.append(s.say("another one").reply) }
        #expect(replies.allSatisfy { !$0.contains("every example I have") })
        let again = s.say("another one")
        #expect(again.moves.count == 1)
        #expect(again.reply.contains("every example I have of empathy (\(count))"))
        #expect(!again.reply.contains("Another example"))
        let examples = kb.concept("empathy")!.examples.map(\.text)
        let last = try #require(examples.first { replies.last!.contains($0) })
        #expect(!again.reply.contains(last), "the example just shown came back: \(again.reply)")
        #expect(examples.contains { again.reply.contains($0) })
    }

    /// A core question asked for the concept it tests by name practises that concept: "quiz
    /// me on empathy" opens the question on which reply is empathic (kept with sympathy), and
    /// its header, the evidence of its first answer and the closing progress note all name
    /// empathy, so the learner's progress moves where the header said it would.
    @Test func aQuestionAskedForAConceptItTestsPractisesThatConcept() throws {
        var s = DialogueSession()
        let ask = s.say("quiz me on empathy")
        let open = try #require(s.state.open)
        let q = try #require(kb.question(open.id))
        try #require(q.concept != "empathy", "the fixture no longer asks another concept's question")
        #expect(ask.reply.hasPrefix("Question (Empathy)"))
        let answer = s.say("B is empathy and A is sympathy, B reflects the client's own feelings")
        #expect(answer.gradedConcept == "empathy")
        #expect(s.state.firstAnswers["empathy"] == Tally(right: 1, total: 1))
        #expect(s.state.firstAnswers[q.concept] == nil)
        #expect(answer.masteryChanges.map(\.concept) == ["empathy"])
        // Asked for its own concept, the same question practises that one.
        var own = DialogueSession()
        own.say("quiz me on sympathy")
        if own.state.open?.id == q.id {
            own.say("B is empathy and A is sympathy, B reflects the client's own feelings")
            #expect(own.state.firstAnswers[q.concept]?.total == 1)
        }
    }

    /// Text set inside a sentence loses its capital, but not a name, an acronym or a letter
    /// naming an option ("You've got it: B is empathy, A is sympathy").
    @Test(arguments: [
        ("B is empathy, A is sympathy.", "B is empathy, A is sympathy."),
        ("A is more empathic because it shows more feeling.", "A is more empathic because it shows more feeling."),
        ("A client may test the counselor.", "a client may test the counselor."),
        ("Empathy reflects the client's feelings.", "empathy reflects the client's feelings."),
        ("MI is collaborative.", "MI is collaborative."),
        ("Rogers named three conditions.", "Rogers named three conditions."),
    ])
    func textInsideASentenceKeepsNamesAndOptionLetters(_ text: String, _ expected: String) {
        #expect(Fixtures.tutor.responder.lowerFirst(text) == expected)
    }

    /// "Another one" and "simpler please" name no concept: the turn says which concept the
    /// tutor took them to be about, what was just discussed, or the open question's concept.
    @Test func moreAndSimplerReportTheConceptTheyResolvedTo() {
        var s = DialogueSession()
        s.say("give me an example of empathy")
        let more = s.say("another one")
        #expect(more.match?.intent == .more && more.match?.concepts == ["empathy"])
        let simpler = s.say("say that simpler")
        #expect(simpler.match?.intent == .simpler && simpler.match?.concepts == ["empathy"])
        // With nothing discussed yet there is nothing to name.
        var fresh = DialogueSession()
        #expect(fresh.say("another one").match?.concepts == [])
        // With a question open, "simpler" is about that question.
        var quiz = DialogueSession()
        quiz.say("give me an example of empathy")
        quiz.say("quiz me on informed consent")
        let open = kb.question(quiz.state.open!.id)!
        #expect(quiz.say("i dont get it, simpler pls").match?.concepts == [open.concept])
    }

    /// "And over video?" after a topic: the topic in that context, the context first (the
    /// specific concept the line names leads, as it leads the alliance it acts on).
    @Test func aContextNamedEllipticallyLeadsTheTopicItQualifies() {
        var s = DialogueSession()
        s.say("how do i build trust with a new client")
        let turn = s.say("and over video?")
        #expect(turn.match?.intent == .howTo)
        #expect(turn.match?.concepts == ["telehealth-alliance", "trust"])
    }

    /// "I don't know" with no question open is not out of scope: it is told nothing is open
    /// and what to do, and after an explanation is offered a plainer one.
    @Test(arguments: ["i dont know", "no idea", "idk", "I'm not sure"])
    func dontKnowWithNothingOpenIsNotOutOfScope(_ line: String) {
        var s = DialogueSession()
        #expect(s.say(line).moves == [.nothingOpen(lastConcept: nil)])
        s.say("what is trust?")
        #expect(s.say(line).moves == [.nothingOpen(lastConcept: "trust")])
        // A line out of scope that only shares a word of not knowing is still redirected.
        #expect(s.say("what's the weather like tomorrow?").moves == [.redirect])
    }

    /// Stress said while a question is open: the one step offered is that question, not
    /// "quiz me" for another.
    @Test func feelingsWhileAQuestionIsOpenPointsToIt() {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let turn = s.say("i'm so stressed about my exam")
        #expect(turn.match?.intent == .feelings)
        #expect(!turn.reply.contains("quiz me"), "\(turn.reply)")
        #expect(turn.reply.contains("the question in front of you"), "\(turn.reply)")
        #expect(s.state.open != nil)
        var t = DialogueSession()
        #expect(t.say("i'm so stressed about my exam").reply.contains("quiz me"))
    }

    /// "What was the question again?" says the open question again; explaining the
    /// question's own concept instead would give its answer away.
    @Test(arguments: [
        "what was the question again", "sorry whats the question?", "can you repeat the question please",
        "what did you ask me",
    ])
    func askingForTheQuestionRepeatsIt(_ line: String) {
        var s = DialogueSession()
        s.say("quiz me on the therapeutic alliance")
        let open = s.state.open?.id
        let turn = s.say(line)
        #expect(turn.moves == [.stillOnQuestion(open ?? "")], "\(turn.reply)")
        #expect(s.state.open?.id == open)
    }

    /// A hedge first ("maybe…", "i think…") offers a guess: graded against the open
    /// question, even with a question mark, not taken as a question about its topic.
    @Test(arguments: ["hmm maybe they feel safe with you?", "i think it's when they feel safe"])
    func aHedgedGuessIsGraded(_ line: String) {
        var s = DialogueSession()
        s.say("quiz me on the therapeutic alliance")
        let turn = s.say(line)
        #expect(turn.openLine.map { if case .answer = $0 { true } else { false } } == true, "\(turn.reply)")
        #expect(s.state.open != nil)
    }

    /// "Thanks" while a question is open is thanked, and the question re-offered: no "want a
    /// question? say quiz me" over the one open.
    @Test func thanksWhileAQuestionIsOpenOffersNoOther() {
        var s = DialogueSession()
        s.say("quiz me on trust")
        let turn = s.say("thanks!")
        #expect(turn.moves.first == .thank(questionOpen: true))
        #expect(!turn.reply.contains("quiz me"), "\(turn.reply)")
        #expect(s.state.open != nil)
        var t = DialogueSession()
        #expect(t.say("thanks!").reply.contains("quiz me"))
    }

    @Test func simplerRephrasesTheLastConceptShortly() {
        var s = DialogueSession()
        s.say("what is trust?")
        let turn = s.say("say it simpler")
        #expect(turn.match?.intent == .simpler)
        #expect(turn.reply.hasPrefix("Put simply: Trust"))
        #expect(turn.reply.count < s.tutor.responder.define(kb.concept("trust")!).count)
    }

    @Test(
        "a conversation request while a question is open leaves it open",
        arguments: [
            "I'm confused", "give me another example", "I'm so stressed about this exam",
            "what should I study first?", "challenge me", "that's too hard",
        ])
    func conversationKeepsTheOpenQuestion(_ line: String) {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let open = s.state.open?.id
        #expect(open != nil)
        let turn = s.say(line)
        #expect(turn.match?.intent.isConversational == true, "\(line): \(String(describing: turn.match))")
        #expect(turn.grade == nil, "\(line) was graded as an answer")
        #expect(s.state.open?.id == open, "\(line) replaced or closed the open question")
    }

    @Test func easierWithNoQuestionOpenAsksTheSmallestUnaskedQuestion() {
        var s = DialogueSession()
        s.say("what is trust")
        s.state.open = nil
        let turn = s.say("can I have an easier question")
        let asked = kb.concept("trust")!.questions.first { $0.id == s.state.open?.id }
        #expect(asked != nil, "no question on trust was opened: \(turn.reply)")
        let smallest = kb.concept("trust")!.questions.map { $0.needed * 10 + $0.expectations.count }.min()
        #expect(asked.map { $0.needed * 10 + $0.expectations.count } == smallest)
    }

    @Test func goodbyeSummarizesAndQuits() {
        var s = DialogueSession()
        let turn = s.say("that's enough for today")
        #expect(turn.match?.intent == .goodbye)
        #expect(turn.quit)
        #expect(turn.reply.contains("Goodbye"))
    }

    @Test func feelingsGetEmpathyAndOneStep() {
        var s = DialogueSession()
        let turn = s.say("I keep getting these wrong")
        #expect(turn.match?.intent == .feelings)
        #expect(turn.reply.contains("One step for now"))
    }

    @Test func studyAdviceNamesWhatToPractiseNext() {
        var s = DialogueSession()
        let turn = s.say("what's most important for the exam?")
        #expect(turn.match?.intent == .studyAdvice)
        let next = kb.concept(s.tutor.nextConcept(s.state, now: s.now))!.name
        #expect(turn.reply.contains("Focus next on \(next)"))
    }

    @Test func aComparisonWithAPronounSideComparesTheLastConcept() {
        var s = DialogueSession()
        s.say("what is trust?")
        let turn = s.say("and how is it different from empathy?")
        #expect(turn.match?.intent == .compare)
        #expect(turn.match?.concepts == ["trust", "empathy"])
        #expect(turn.reply.hasPrefix("Trust and Empathy"))
    }

    @Test func testMeOnThatQuizzesOnWhatWasJustDiscussed() {
        var s = DialogueSession()
        s.say("what is empathy")
        s.state.open = nil
        s.say("test me on that")
        // Empathy's core question is the one on which reply is empathic (a sympathy question
        // that tests empathy by name); the question practises empathy.
        #expect(s.state.open?.id == "which-is-empathic")
        #expect(s.state.lastConcept == "empathy")
    }

    @Test func theTwoAreTheLastTwoConcepts() {
        var s = DialogueSession()
        s.say("what is trust")
        s.say("what is empathy")
        let turn = s.say("what's the difference between the two?")
        #expect(turn.match?.intent == .compare)
        #expect(Set(turn.match?.concepts ?? []) == ["trust", "empathy"])
    }
}
