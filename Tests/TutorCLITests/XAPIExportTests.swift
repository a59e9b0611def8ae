import Foundation
import Testing

/// Whether Python with ralph (an xAPI learning record store) is installed.
let ralphAvailable: Bool = {
    guard let python = Python.executable else { return false }
    let process = Process()
    process.executableURL = python
    process.arguments = ["-c", "import ralph.models.xapi.base.statements"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

enum Python {
    /// `python3` on the PATH.
    static let executable: URL? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent("python3")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }()

    /// Runs a Python program with arguments and returns its exit status and output.
    static func run(_ program: String, _ arguments: [String] = [], environment: [String: String]? = nil)
        throws -> (status: Int32, stdout: String, stderr: String)
    {
        let live = try LiveProcess(try #require(executable), ["-c", program] + arguments, environment: environment)
        live.closeInput()
        let status = live.waitForExit()
        return (status, live.stdout, live.stderr)
    }
}

/// `tutor log export --format xapi` through the built binary.
@Suite struct XAPIExportTests {
    static let session = [
        "what is trust?", "quiz me on court orders", "it depends on the judge", "hint",
        "there's no trust with the counselor yet, so he'll leave when the order ends",
    ]

    static func statements(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    static func recordedSession() throws -> URL {
        let state = TutorProcess.temporaryDirectory()
        #expect(try TutorProcess.run([], lines: session, stateDir: state).status == 0)
        return state
    }

    @Test func exportIsDeterministicAndWellFormed() throws {
        let state = try Self.recordedSession()
        let first = try TutorProcess.run(["log", "export", "--format", "xapi"], stateDir: state)
        let second = try TutorProcess.run(["log", "export", "--format", "xapi"], stateDir: state)
        #expect(first.status == 0 && first.stderr.isEmpty)
        #expect(first.stdout == second.stdout)
        let statements = try Self.statements(first.stdout)
        #expect(
            first.stdout.hasPrefix("[\n  {") && first.stdout.components(separatedBy: "\n").count == statements.count + 3
        )

        let ids = statements.compactMap { $0["id"] as? String }
        #expect(ids.count == statements.count && Set(ids).count == ids.count)
        let uuid = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        #expect(ids.allSatisfy { $0.wholeMatch(of: uuid) != nil })

        let verbs = statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(verbs.first == "http://adlnet.gov/expapi/verbs/initialized")
        #expect(verbs.last == "http://adlnet.gov/expapi/verbs/terminated")
        #expect(verbs.contains("http://adlnet.gov/expapi/verbs/asked"))
        #expect(verbs.filter { $0.hasSuffix("/answered") }.count == 2)

        for s in statements {
            let actor = try #require(s["actor"] as? [String: Any])
            #expect(actor["objectType"] as? String == "Agent")
            #expect(
                actor["account"] as? [String: String] == ["homePage": "https://tutor.invalid/xapi", "name": "tester"])
            #expect(s["timestamp"] as? String == "2026-01-05T10:00:00Z")
            #expect(
                ((s["object"] as? [String: Any])?["id"] as? String)?.hasPrefix("https://tutor.invalid/xapi") == true)
        }
        let answered = statements.filter {
            ($0["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/answered"
        }
        let firstAnswer = try #require(answered.first)
        #expect(
            (firstAnswer["object"] as? [String: Any])?["id"] as? String
                == "https://tutor.invalid/xapi/questions/court-order-compliance")
        let result = try #require(firstAnswer["result"] as? [String: Any])
        #expect(result["success"] as? Bool == false)
        #expect(result["response"] as? String == "it depends on the judge")
        #expect((result["score"] as? [String: Any])?["scaled"] as? Double == 0)
        let second2 = try #require(answered.last?["result"] as? [String: Any])
        #expect(second2["success"] as? Bool == false)  // after a hint: partial
        #expect((second2["score"] as? [String: Any])?["scaled"] as? Double == 0.667)  // two of the three ideas
        let parent =
            ((firstAnswer["context"] as? [String: Any])?["contextActivities"] as? [String: Any])?["parent"]
            as? [[String: Any]]
        #expect(parent?.first?["id"] as? String == "https://tutor.invalid/xapi/concepts/court-orders")
    }

    @Test func theActivityBaseSetsEveryIdAndChangesStatementIds() throws {
        let state = try Self.recordedSession()
        let base = "https://school.example/xapi/tutor"
        let plain = try Self.statements(
            try TutorProcess.run(["log", "export", "--format", "xapi"], stateDir: state).stdout)
        let out = try TutorProcess.run(
            ["log", "export", "--format", "xapi", "--activity-base", base + "/"], stateDir: state)
        #expect(out.status == 0)
        let custom = try Self.statements(out.stdout)
        #expect(custom.count == plain.count)
        #expect(custom.allSatisfy { (($0["object"] as? [String: Any])?["id"] as? String)?.hasPrefix(base) == true })
        #expect(
            Set(custom.compactMap { $0["id"] as? String }).isDisjoint(with: plain.compactMap { $0["id"] as? String }))
        let bad = try TutorProcess.run(
            ["log", "export", "--format", "xapi", "--activity-base", "not an iri"], stateDir: state)
        #expect(bad.status == 64 && bad.stderr.contains("--activity-base 'not an iri'"))
        let noFormat = try TutorProcess.run(["log", "export"], stateDir: state)
        #expect(noFormat.status == 64)
    }

    /// A lesson started and finished: `attempted` and `completed`, each with an id of its own.
    static func lessonSession() throws -> URL {
        let state = TutorProcess.temporaryDirectory()
        // "skip" skips each question and, while the lesson waits between parts, goes on.
        let lines = [":lesson outside-pressure"] + Array(repeating: "skip", count: 20) + ["what is trust?"]
        #expect(try TutorProcess.run(["--learner", "lea"], lines: lines, stateDir: state).status == 0)
        return state
    }

    @Test func lessonsAreAttemptedAndCompletedAndNoStatementSetsTheVersion() throws {
        let state = try Self.lessonSession()
        let array = try TutorProcess.run(["log", "export", "--learner", "lea", "--format", "xapi"], stateDir: state)
        let lines = try TutorProcess.run(
            ["log", "export", "--learner", "lea", "--format", "xapi-jsonl"], stateDir: state)
        #expect(array.status == 0 && lines.status == 0)
        let statements = try Self.statements(array.stdout)
        // The same statements, one a line.
        let jsonl = lines.stdout.split(separator: "\n").map { String($0) }
        #expect(jsonl.count == statements.count)
        #expect(
            try jsonl.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
                .map { $0["id"] as? String } == statements.map { $0["id"] as? String })
        #expect(statements.allSatisfy { $0["version"] == nil })
        let verbs = statements.compactMap {
            (($0["verb"] as? [String: Any])?["display"] as? [String: String])?["en-US"]
        }
        #expect(verbs.filter { $0 == "attempted" }.count == 1)
        #expect(verbs.filter { $0 == "completed" }.count == 1)
        let lesson = statements.filter {
            ["attempted", "completed"].contains(
                (($0["verb"] as? [String: Any])?["display"] as? [String: String])?["en-US"] ?? "")
        }
        #expect(
            lesson.allSatisfy {
                ($0["object"] as? [String: Any])?["id"] as? String
                    == "https://tutor.invalid/xapi/lessons/outside-pressure"
            })
        #expect(Set(statements.compactMap { $0["id"] as? String }).count == statements.count, "ids are distinct")
    }

    @Test(.enabled(if: ralphAvailable, "needs python3 with ralph-malph (pip install 'ralph-malph[cli,lrs]')"))
    func lessonStatementsAreValidForRalph() throws {
        let state = try Self.lessonSession()
        let out = try TutorProcess.run(["log", "export", "--learner", "lea", "--format", "xapi"], stateDir: state)
        let file = state.appendingPathComponent("statements.json")
        try Data(out.stdout.utf8).write(to: file)
        let check = try Python.run(
            """
            import json, sys
            from ralph.models.xapi.base.statements import BaseXapiStatement
            for s in json.load(open(sys.argv[1])):
                BaseXapiStatement(**s)
            """, [file.path])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test(.enabled(if: ralphAvailable, "needs python3 with ralph-malph (pip install 'ralph-malph[cli,lrs]')"))
    func everyStatementIsValidForRalph() throws {
        let state = try Self.recordedSession()
        let out = try TutorProcess.run(["log", "export", "--format", "xapi"], stateDir: state)
        let file = state.appendingPathComponent("statements.json")
        try Data(out.stdout.utf8).write(to: file)
        let check = try Python.run(
            """
            import json, sys
            from ralph.models.xapi.base.statements import BaseXapiStatement
            statements = json.load(open(sys.argv[1]))
            for s in statements:
                BaseXapiStatement(**s)
            print(len(statements))
            """, [file.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "\(try Self.statements(out.stdout).count)\n")
    }
}
