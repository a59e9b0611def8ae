import Foundation
import Testing

/// `tutor lesson list|check|run` and `:lesson` through the built binary.
@Suite struct LessonCLITests {
    @Test func shippedLessonsCheckAndList() throws {
        let check = try TutorProcess.run(["lesson", "check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasPrefix("ok: 3 lessons, "))
        let list = try TutorProcess.run(["lesson", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("what-the-alliance-is  What the therapeutic alliance is"))
        #expect(list.stdout.split(separator: "\n").count == 3)
    }

    @Test func aBrokenLessonIsReportedCompilerStyleAndExitsOne() throws {
        let dir = TutorProcess.temporaryDirectory()
        let file = dir.appendingPathComponent("broken.lesson")
        try """
        title: Broken
        == start ==
        teach: trusst
        ask: build-trust
          #! it is automatic => correct
          on correct -> nowhere
        -> start
        """.write(to: file, atomically: true, encoding: .utf8)
        let out = try TutorProcess.run(["lesson", "check", file.path])
        #expect(out.status == 1)
        #expect(out.stdout.isEmpty)
        let lines = out.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file.path):3:8: error: unknown concept 'trusst'; did you mean 'trust'?"))
        #expect(lines.contains("\(file.path):6:17: error: no section named 'nowhere'"))
        #expect(lines.allSatisfy { $0.hasPrefix("\(file.path):") && $0.contains(": error: ") })

        // A syntax error stops `lesson run` and a chat that would load it, before any turn.
        try "title: T\n== a ==\nsya: hi\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try TutorProcess.run(["lesson", "run", file.path, "--no-log"], lines: ["hello"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("broken.lesson:3:1: error: unknown directive 'sya:'"))
        let chat = try TutorProcess.run(["chat", "--scripts", dir.path, "--no-log"], lines: ["hello"])
        #expect(chat.status == 1)
        #expect(chat.stdout.isEmpty)
    }

    /// Each shipped lesson, start to end, with scripted answers on the path they take.
    @Test(arguments: [
        (
            "what-the-alliance-is",
            [
                "a partnership between the counselor and the client, built on trust and respect, where they agree on the goals of treatment",
                "the code guides how therapists practice, but the alliance is the partnership between the counselor and the client",
                "a collaborative relationship where the client feels free to open up",
            ]
        ),
        (
            "outside-pressure",
            [
                "the one who feels connected to the counselor, because family pressure gets them in the door but doesn't create lasting commitment, and trust helps them open up",
                "he complies but isn't committed, there is no trust or alliance with the counselor yet, and he'll probably quit when the order ends",
                "insurance decides whether they can get in and pay for treatment, but it doesn't build the relationship that keeps them engaged",
            ]
        ),
        (
            "bridges-not-walls",
            [
                "he would get defensive and resist, feel judged so trust is damaged, and probably drop out",
                "no, that will only make him resentful and defensive; tell him to send messages of support and encouragement instead",
                "listen without judgment and validate their feelings",
            ]
        ),
    ])
    func eachShippedLessonRunsEndToEndThroughAPipe(_ name: String, _ answers: [String]) throws {
        // Enter alone turns the page of a lesson paused between parts ("Want more?"); with a
        // question open it only nudges, so a few before each answer reach the question.
        let lines = answers.flatMap { Array(repeating: "", count: 4) + [$0] } + Array(repeating: "", count: 4)
        let out = try TutorProcess.run(["lesson", "run", name, "--no-log"], lines: lines)
        #expect(out.status == 0)
        #expect(out.stderr.isEmpty)
        #expect(out.stdout.hasPrefix("Lesson: "))
        #expect(out.stdout.components(separatedBy: "That's a complete answer.").count - 1 == answers.count)
        #expect(out.stdout.contains("End of the lesson"))
        #expect(!out.stdout.contains("\u{1B}"))
    }

    @Test func aLessonResumesAtTheStepWhereItStopped() throws {
        let state = TutorProcess.temporaryDirectory()
        let first = try TutorProcess.run(
            ["lesson", "run", "bridges-not-walls"],
            lines: [
                "go on", "he would get defensive and resist, feel judged so trust is damaged, and probably drop out",
                "go on",
            ],
            stateDir: state)
        #expect(first.status == 0)
        #expect(first.stdout.contains("A worried father asks"))
        // The next start, by `lesson run` or plain `chat`, picks up at that question.
        let again = try TutorProcess.run(["chat"], lines: [], stateDir: state)
        #expect(again.stdout.hasPrefix("Welcome back to the lesson \"Bridges, not walls"))
        #expect(again.stdout.contains("A worried father asks"))
        let resumed = try TutorProcess.run(
            ["lesson", "run", "bridges-not-walls"],
            lines: [
                "no, that will only make him resentful and defensive; tell him to send messages of support and encouragement instead",
                "", "", "", "listen without judgment and validate their feelings", "", "", "", "",
            ], stateDir: state)
        #expect(resumed.stdout.hasPrefix("Welcome back to the lesson"))
        #expect(!resumed.stdout.contains("Lesson: Bridges"))  // not started over
        #expect(resumed.stdout.contains("End of the lesson"))
        let log = try String(
            contentsOf: state.appendingPathComponent("learners/tester.jsonl"), encoding: .utf8)
        #expect(log.contains("\"lesson\""))
    }

    @Test func lessonCommandInsideChat() throws {
        let out = try TutorProcess.run(
            ["chat", "--no-log"], lines: [":lesson", ":lesson outside-pressure", "what is trust?", ":lesson stop"])
        #expect(out.stdout.contains("Lessons:\n  bridges-not-walls: "))
        #expect(out.stdout.contains("Lesson: Outside pressure comes second"))
        #expect(out.stdout.contains("(Still open: "))
        #expect(out.stdout.contains("Stopped the lesson \"Outside pressure comes second"))
    }

    @Test func jsonlLessonRunNamesTheLessonAndSection() throws {
        let out = try TutorProcess.run(
            ["lesson", "run", "what-the-alliance-is", "--no-log", "--format", "jsonl"], lines: [])
        let first = try #require(out.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let lesson = try #require(object["lesson"] as? [String: Any])
        #expect(lesson["name"] as? String == "what-the-alliance-is")
        #expect(lesson["section"] as? String == "start")
        #expect((object["open"] as? [String: Any])?["id"] as? String == "alliance-definition")
    }

    @Test func checkWarnsWhereALessonTellsBeforeItAsksAndStrictMakesItAnError() throws {
        let dir = TutorProcess.temporaryDirectory()
        let file = dir.appendingPathComponent("tells.lesson")
        try """
        title: Tells
        == start ==
        say: Trust is the foundation of everything we do.
        ask: Why does trust matter?
          concept: trust
          expect: It is the foundation the alliance rests on. | foundation | rests on
        end
        """.write(to: file, atomically: true, encoding: .utf8)
        let out = try TutorProcess.run(["lesson", "check", file.path])
        #expect(out.status == 0)
        #expect(out.stdout == "ok: 1 lesson, 0 sample answers graded as labeled, 1 warning\n")
        #expect(
            out.stderr
                == "\(file.path):3:6: warning: this say: states the answer to the question at line 4 before asking it: it covers e1 (\"It is the foundation the alliance rests on.\"); lead up to the question without the answer, or teach it after the question\n"
        )
        let strict = try TutorProcess.run(["lesson", "check", "--strict", file.path])
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("\(file.path):3:6: error: this say: states the answer"))
        // The shipped lessons have no warning, strict or not.
        #expect(try TutorProcess.run(["lesson", "check", "--strict"]).status == 0)
    }

    /// Typical learner lines piped through `lesson run`: every reply within the bound.
    @Test(arguments: ["what-the-alliance-is", "outside-pressure", "bridges-not-walls"])
    func everyReplyOfAPipedLessonIsWithinTheBound(_ name: String) throws {
        let typical = [
            "i don't know", "ok", "i don't know", "hint", "what is trust?", "go on", "i'm not sure", "skip", "yes",
            "tell me more", "no idea", "",
        ]
        let lines = Array(repeating: typical, count: 6).flatMap { $0 }
        let out = try TutorProcess.run(["lesson", "run", name, "--no-log", "--format", "jsonl"], lines: lines)
        #expect(out.status == 0)
        var longest = 0
        var ended = false
        for line in out.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let reply = try #require(object["reply"] as? String)
            longest = max(longest, reply.split(whereSeparator: \.isWhitespace).count)
            ended = ended || reply.contains("End of the lesson")
        }
        #expect(longest <= 120, "\(name): a reply of \(longest) words")
        #expect(ended, "\(name) did not end")
    }
}
