import Foundation
import Testing
import TutorCore

/// Running lessons inside the dialogue: steps, branches, gates, limits, side questions, resume.
@Suite struct LessonRunTests {
    static let script = """
        title: Trust basics
        == start ==
        say: Let's talk about trust.
        ask: Why does trust matter to the alliance?
          concept: trust
          expect: It lets clients open up and share honestly. | open up | share | honest
          expect: It is the foundation the alliance rests on. | foundation | base | rests on
          misconception: Trust is automatic from the first session. | automatic | comes automatically
          because: Trust is earned over time through consistency.
          tries: 2
          hints: 1
          on correct -> gate
          on misconception -> myth
          on * -> review
        == myth ==
        say: MYTH-SECTION
        -> gate
        == review ==
        say: REVIEW-SECTION
        == gate ==
        require: trust >= 0.9 else -> practice
        say: GATE-PASSED
        end
        == practice ==
        say: PRACTICE-SECTION
        """

    let tutor: Tutor
    init() throws {
        let lesson = try LessonParser.parse(Self.script, file: "trust.lesson", name: "trust")
        tutor = Tutor(kb: Fixtures.kb, lessons: [lesson])
    }

    func run(_ lines: [String], seed: UInt64 = 1) -> (TutorState, [TurnResult]) {
        var state = TutorState(seed: seed)
        var results: [TurnResult] = []
        for line in lines { results.append(tutor.respond(to: line, state: &state, now: "2026-01-01T00:00:00Z")) }
        return (state, results)
    }

    @Test func startsWithTheTitleAndRunsToTheFirstQuestion() {
        let (state, results) = run([":lesson trust"])
        #expect(
            results[0].reply.hasPrefix("Lesson: Trust basics\nLet's talk about trust.\nQuestion: Why does trust matter")
        )
        #expect(state.open?.id == "lesson:trust:start:1")
        #expect(state.lesson?.waiting == "lesson:trust:start:1")
        #expect(results[0].openQuestion == "lesson:trust:start:1")
    }

    @Test func aCorrectFirstAnswerTakesTheCorrectBranchAndTheGateSendsALowMasteryLearnerToPractice() {
        let (state, results) = run([":lesson trust", "it is the foundation, and it lets clients open up"])
        let reply = results[1].reply
        #expect(results[1].grade?.verdict == .correct)
        #expect(reply.contains("That's a complete answer."))
        // One correct answer lifts trust above its prior but not to 0.9: the gate redirects.
        #expect(reply.contains("PRACTICE-SECTION"))
        #expect(!reply.contains("GATE-PASSED"))
        #expect(reply.contains("End of the lesson \"Trust basics\""))
        #expect(state.lesson == nil && state.open == nil)
        #expect(results[1].masteryChanges.map(\.concept) == ["trust"])
    }

    @Test func theGatePassesWhenMasteryIsHighEnough() {
        var state = TutorState(seed: 1)
        state.mastery["trust"] = 0.97
        _ = tutor.respond(to: ":lesson trust", state: &state, now: "t")
        let r = tutor.respond(to: "it is the foundation, and it lets clients open up", state: &state, now: "t")
        #expect(r.reply.contains("GATE-PASSED"))
        #expect(!r.reply.contains("PRACTICE-SECTION"))
    }

    @Test func aMisconceptionIsCorrectedAndBranchesOnTheFirstVerdictWhenTheQuestionCloses() {
        let (state, results) = run([
            ":lesson trust", "trust is automatic", "it lets them open up and it is the foundation",
        ])
        #expect(results[1].grade?.verdict == .misconception)
        #expect(results[1].reply.contains("Trust is earned over time through consistency."))
        #expect(state.lesson == nil)
        #expect(results[2].reply.contains("MYTH-SECTION"))
    }

    @Test func triesLimitGivesTheAnswerAndMovesOn() {
        let (_, results) = run([":lesson trust", "it lets them open up", "no idea what else"])
        #expect(results[1].grade?.verdict == .partial)
        #expect(!results[1].reply.contains("REVIEW-SECTION"))
        // The second answer is the last try: the full answer, then the partial branch.
        #expect(results[2].reply.contains("The full answer:"))
        #expect(results[2].reply.contains("REVIEW-SECTION"))
    }

    @Test func hintLimitIsKept() {
        let (state, results) = run([":lesson trust", "hint", "hint"])
        #expect(results[1].reply.hasPrefix("Hint:"))
        // Only one hint is allowed: the next rung states the idea.
        #expect(!results[2].reply.contains("Hint:"))
        #expect(results[2].reply.contains("Here's that part:"))
        #expect(state.open?.hints == 1)
    }

    @Test func aSideQuestionIsAnsweredAndTheLessonWaits() {
        let (state, results) = run([":lesson trust", "what is empathy?"])
        #expect(results[1].reply.hasPrefix("Empathy"))
        #expect(results[1].reply.contains("(Still open: Why does trust matter"))
        #expect(state.open?.id == "lesson:trust:start:1")
        #expect(state.lesson?.waiting == "lesson:trust:start:1")
    }

    @Test func skippingTakesTheDontKnowBranch() {
        let (state, results) = run([":lesson trust", ":skip"])
        #expect(results[1].reply.contains("REVIEW-SECTION"))
        #expect(state.lesson == nil)
    }

    @Test func resumesFromTheLoggedSnapshot() throws {
        var (state, _) = run([":lesson trust", "it lets them open up"])
        let data = try JSONEncoder().encode(state.dialogue)
        var resumed = TutorState(seed: 99)
        resumed.mastery = state.mastery
        resumed.restore(try JSONDecoder().decode(DialogueSnapshot.self, from: data))
        #expect(resumed.lesson == state.lesson)
        #expect(tutor.welcome(resumed)?.hasPrefix("Welcome back to the lesson \"Trust basics\"") == true)
        let a = tutor.respond(to: "and it is the foundation", state: &resumed, now: "t")
        let b = tutor.respond(to: "and it is the foundation", state: &state, now: "t")
        #expect(a.reply == b.reply)
        #expect(a.reply.contains("REVIEW-SECTION"))  // branch on the first answer's verdict: partial
    }

    @Test func lessonCommands() {
        var state = TutorState(seed: 1)
        let list = tutor.respond(to: ":lesson", state: &state, now: "t").reply
        #expect(list.contains("trust: Trust basics"))
        let unknown = tutor.respond(to: ":lesson nope", state: &state, now: "t").reply
        #expect(unknown.hasPrefix("I don't know a lesson called \"nope\"."))
        _ = tutor.respond(to: ":lesson trust", state: &state, now: "t")
        let stop = tutor.respond(to: ":lesson stop", state: &state, now: "t").reply
        #expect(stop.hasPrefix("Stopped the lesson \"Trust basics\""))
        #expect(state.lesson == nil && state.open == nil)
    }

    @Test func noSocraticOffersInterruptALesson() {
        // Many seeds: an offer would replace the lesson's question.
        for seed in UInt64(1)...20 {
            let (state, _) = run([":lesson trust", "what is empathy?", "how do I build trust?"], seed: seed)
            #expect(state.open?.id == "lesson:trust:start:1")
        }
    }

    @Test func everyShippedLessonCanBeCompletedWithItsOwnCorrectSamples() throws {
        let dir = Fixtures.root.appendingPathComponent("Scripts")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".lesson") }
        var lessons: [Lesson] = []
        for name in names.sorted() {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            lessons.append(try LessonParser.parse(text, file: name, name: String(name.dropLast(7))))
        }
        let tutor = Tutor(kb: Fixtures.kb, lessons: lessons)
        for lesson in lessons {
            var samples: [String: String] = [:]
            for case .ask(let a) in lesson.sections.flatMap(\.steps).map(\.kind) {
                samples[a.question] = a.samples.first { $0.verdict == .correct }?.answer
            }
            var state = TutorState(seed: 5)
            var reply = tutor.respond(to: ":lesson \(lesson.name)", state: &state, now: "t").reply
            var turns = 0
            while state.lesson != nil, turns < 40 {
                turns += 1
                // A lesson paused between parts ("Want more?") goes on at "go on".
                if state.lesson?.paused == true {
                    reply = tutor.respond(to: "go on", state: &state, now: "t").reply
                    continue
                }
                let open = try #require(state.open, "\(lesson.name): neither paused nor asking")
                let answer = try #require(samples[open.id], "\(lesson.name): no correct sample for \(open.id)")
                let r = tutor.respond(to: answer, state: &state, now: "t")
                #expect(r.grade?.verdict == .correct, "\(lesson.name): \(open.id)")
                reply = r.reply
            }
            #expect(state.lesson == nil, "\(lesson.name) did not end")
            #expect(reply.contains("End of the lesson"), "\(lesson.name)")
        }
    }
}
