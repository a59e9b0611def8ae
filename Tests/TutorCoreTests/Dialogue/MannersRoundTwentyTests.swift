import Testing

@testable import TutorCore

/// "Why was my answer wrong?", "how come that's not complete": how the answer stands, not
/// the concept's reasons. While the question is open, what the answer has so far and how
/// far it is from enough; once it closed, what it had and what it missed.
@Suite struct WhyMarkedDownTests {
    @Test(
        "the learner asks why the answer was marked down",
        arguments: [
            "why is that not complete", "why isnt that enough", "how come it's wrong", "why was my answer wrong",
            "why wrong?", "why did i get it wrong", "how come that doesnt count",
        ])
    func asks(_ line: String) {
        #expect(LineForm.asksWhyMarkedDown(Fixtures.tutor.analyzer.analyze(line)))
    }

    @Test(
        "a why-question about the content is not",
        arguments: [
            "why is harsh confrontation wrong", "why is it the wrong answer on the exam", "why is sympathy not enough",
            "why would that be wrong? isnt it better for the client", "why is a court order not enough",
        ])
    func contentQuestions(_ line: String) {
        #expect(!LineForm.asksWhyMarkedDown(Fixtures.tutor.analyzer.analyze(line)))
    }

    @Test("while the question is open: the answer so far, with how many ideas it asks for")
    func open() {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        #expect(s.say("listen to them").grade?.covered == ["e1"])
        let r = s.say("why is that not complete")
        #expect(r.grade == nil, "nothing is graded")
        #expect(r.moves.first == .answerSoFar(question: "build-trust", covered: ["e1"], answered: true))
        #expect(r.reply.contains("1 of the 2 ideas it asks for"))
        #expect(s.state.open?.id == "build-trust")
    }

    @Test("once the question closed: what the answers had and missed")
    func closed() {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        s.say("listen to them")
        s.say("skip")
        #expect(s.state.open == nil)
        let r = s.say("why was my answer wrong")
        #expect(r.moves == [.missedOnLast(question: "build-trust", covered: ["e1"])])
    }
}

/// "Ok", "cool", "i see" take note; "yes" to a suggested question takes it up; a "yes" to
/// nothing is told what the tutor can do. None of them is a line out of scope or an answer.
@Suite struct NoteTakenTests {
    @Test(
        "a note taken with nothing open is acknowledged",
        arguments: ["ok", "cool", "i see", "fair enough", "gotcha", "oh ok", "interesting", "ahh i see", "ok cool"])
    func noted(_ line: String) {
        var s = DialogueSession(seed: 1)
        let r = s.say(line)
        #expect(r.moves == [.thank(questionOpen: false, acknowledges: true)], "\(line): \(r.moves)")
        #expect(r.match?.intent == .thanks)
    }

    @Test(
        "lines with content are not acknowledgements",
        arguments: ["ok so what is trust", "i see the client weekly", "cool, and empathy?"])
    func notNoted(_ line: String) {
        #expect(!LineForm.acknowledges(Fixtures.tutor.analyzer.analyze(line)))
    }

    @Test(
        "yes to the question the reply suggested asks it",
        arguments: ["yes", "sure", "yeah go ahead", "ok lets do it", "yes please"])
    func takesUpTheSuggestion(_ line: String) {
        var s = DialogueSession(seed: 1)
        s.say("what is empathy")
        s.state.open = nil  // whatever the reply offered, nothing is open now
        #expect(s.say("thanks").moves == [.thank(questionOpen: false, acknowledges: false)])
        let r = s.say(line)
        #expect(r.match?.intent == .quiz, "\(line): \(r.moves)")
        #expect(s.state.open.flatMap { Fixtures.tutor.question($0.id) }?.concept == "empathy")
        #expect(s.state.open?.isOffer == false)
    }

    @Test("yes with nothing suggested is told what the tutor does", arguments: ["yes", "yeah", "yes please"])
    func nothingSuggested(_ line: String) {
        var s = DialogueSession(seed: 1)
        #expect(s.say(line).moves == [.nudge(questionOpen: false)])
    }

    @Test(
        "an acknowledgement with a question open grades nothing and keeps it open",
        arguments: ["i see", "ok cool", "fair enough"])
    func whileOpen(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.grade == nil)
        #expect(r.moves == [.thank(questionOpen: true, acknowledges: true), .stillOpen("build-trust")])
        #expect(s.state.open?.id == "build-trust")
    }
}

/// "Give me a practice exam", "5 exam questions on trust", "exam please": a set of exam
/// items, as `:exam N` starts; one "exam-style question" is a question, and a failed
/// practice test asks for nothing.
@Suite struct ExamSetRequestTests {
    @Test(
        "a set of exam items is started, with the number asked for",
        arguments: [
            ("give me a practice exam", 10), ("5 exam questions", 5), ("can i do a mock exam", 10),
            ("exam please", 10), ("let me take a practice test", 10), ("three practice exam questions pls", 3),
        ])
    func starts(_ line: String, _ count: Int) {
        var s = DialogueSession(seed: 1)
        let r = s.say(line)
        #expect(r.moves.first == .examStart(count: count), "\(line): \(r.moves)")
        #expect(s.state.exam?.size == count)
        #expect(r.match?.intent == .quiz)
    }

    @Test("on the concepts named")
    func onAConcept() {
        var s = DialogueSession(seed: 1)
        s.say("3 exam questions on trust")
        let queue = s.state.exam?.queue ?? []
        #expect(queue.count == 3)
        #expect(
            queue.allSatisfy { id in
                Fixtures.tutor.kb.examItems.first { $0.id == id }?.concepts.contains("trust") == true
            })
    }

    @Test(
        "not a set",
        arguments: ["give me an exam style question", "i failed the practice test again", "quiz me on trust"])
    func notASet(_ line: String) {
        var s = DialogueSession(seed: 1)
        s.say(line)
        #expect(s.state.exam == nil, "\(line)")
    }

    @Test("with a question open, the question stays")
    func questionOpen() {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        s.say("give me a practice exam")
        #expect(s.state.exam == nil)
        #expect(s.state.open != nil)
    }
}

/// During an exam set, requests in the learner's words: stop, why, the score so far, and
/// "no idea" / "pass" (the answer shown, the item missed); a line naming an option is an
/// answer whatever else it says.
@Suite struct ExamRequestTests {
    static let now = "2026-01-01T00:00:00Z"

    func inASet(_ count: Int = 3) -> (Tutor, TutorState) {
        var state = TutorState(seed: 1)
        _ = Fixtures.tutor.startExam(count: count, state: &state)
        return (Fixtures.tutor, state)
    }

    @Test(
        "each request read",
        arguments: [
            ("can we stop now please", ExamRequest.stop), ("i'm done for today", .stop), ("enough", .stop),
            ("why is that", .why), ("how come D is right", .why), ("explain please", .why),
            ("how am i doing", .score), ("whats my score so far", .score), ("no idea", .dontKnow), ("pass", .dontKnow),
            ("skip this one", .dontKnow), ("i dont know", .dontKnow),
        ])
    func reads(_ line: String, _ request: ExamRequest) {
        #expect(ExamRequest(Fixtures.tutor.analyzer.analyze(line)) == request)
    }

    @Test("an answer is no request", arguments: ["B", "the short form one", "not sure but maybe B", "why not A"])
    func answers(_ line: String) {
        let request = ExamRequest(Fixtures.tutor.analyzer.analyze(line))
        #expect(request == nil || request == .why, "\(line)")
    }

    @Test("stop in other words ends the set with its summary")
    func stop() {
        var (tutor, state) = inASet()
        let r = tutor.respond(to: "can we stop now please", state: &state, now: Self.now)
        #expect(r.moves.first == .examStopping)
        #expect(state.exam == nil)
    }

    @Test("the score so far, and the item shown again")
    func score() throws {
        var (tutor, state) = inASet()
        let first = try #require(state.exam?.current)
        #expect(
            tutor.respond(to: "how am i doing", state: &state, now: Self.now).moves.first
                == .examScore(right: 0, answered: 0, total: 3))
        #expect(state.exam?.current == first, "nothing was answered")
        _ = tutor.respond(to: "pass", state: &state, now: Self.now)
        #expect(
            tutor.respond(to: "how am i doing", state: &state, now: Self.now).moves.first
                == .examScore(right: 0, answered: 1, total: 3))
    }

    @Test("no idea shows the answer, counts the item missed and moves on")
    func dontKnow() throws {
        var (tutor, state) = inASet()
        let first = try #require(state.exam?.current)
        let r = tutor.respond(to: "no idea", state: &state, now: Self.now)
        #expect(r.grade?.verdict == .dontKnow)
        #expect(r.moves.first.map { if case .examRevealed(first, _) = $0 { true } else { false } } == true)
        #expect(state.exam?.current != first)
        #expect(state.examHistory.missed.contains(first))
    }
}

/// A lesson asked for in words: named by its name or title words it starts, asked for in
/// general the lessons are listed; a lesson plan for fractions asks nothing of the tutor.
@Suite struct LessonInWordsTests {
    let tutor: Tutor

    init() throws { tutor = Tutor(kb: Fixtures.kb, lessons: try LessonTellingTests.shippedLessons()) }

    @Test(
        "a lesson named in words starts",
        arguments: [
            ("can we do the lesson on outside pressure", "outside-pressure"),
            ("start the bridges not walls lesson", "bridges-not-walls"),
            ("id like the tutorial about what the alliance is", "what-the-alliance-is"),
        ])
    func starts(_ line: String, _ name: String) {
        var s = DialogueSession(tutor: tutor)
        s.say(line)
        #expect(s.state.lesson?.lesson == name, "\(line)")
    }

    @Test("with a question open, a named lesson starts too")
    func whileOpen() {
        var s = DialogueSession(tutor: tutor)
        s.say("quiz me on trust")
        #expect(s.state.open != nil)
        s.say("actually can we do the outside pressure lesson")
        #expect(s.state.lesson?.lesson == "outside-pressure")
    }

    @Test(
        "asked for in general, the lessons are listed",
        arguments: ["what lessons are there", "start a lesson", "any lessons?"])
    func lists(_ line: String) {
        var s = DialogueSession(tutor: tutor)
        #expect(s.say(line).moves == [.lessonList], "\(line)")
    }

    @Test(
        "not a request of a lesson",
        arguments: [
            "whats a good lesson plan for teaching 5th grade fractions", "what lessons did you learn from rupture",
            "what is empathy",
        ])
    func notAsked(_ line: String) {
        var s = DialogueSession(tutor: tutor)
        let r = s.say(line)
        #expect(s.state.lesson == nil)
        #expect(r.moves != [.lessonList], "\(line)")
    }
}
