import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The hardening issue's findings, through the built binary: hostile JSON lines, damaged
/// logs, files that are not what they seem, loose folders, `:record` over a file, authored
/// escape sequences, CRLF lessons, credentials in a URL, look-alike learner names.
@Suite struct HardeningTests {
    static let hostile = [
        #"{"text":"\ud800\u0041"}"#, #"{"text":"\ud800\uffff"}"#, #"{"question":"\udc00","answer":"x"}"#,
        #"{"text": 01}"#, #"{"text": +1}"#, #"{"text": .5}"#, #"{"text": 1e999}"#, "{", #"{"text": "\x"}"#,
    ]

    static func lines(_ stdout: String) -> [[String: Any]] {
        stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test(arguments: [["chat", "--format", "jsonl", "--no-log"], ["match"], ["grade"]])
    func hostileJSONLinesGetAnErrorLineEachAndTheRunGoesOn(arguments: [String]) throws {
        let last = arguments[0] == "grade" ? #"{"question":"build-trust","answer":"be consistent"}"# : "what is trust?"
        let out = try TutorProcess.run(arguments, lines: Self.hostile + [last])
        #expect(out.status == 0, "\(out.stderr)")
        let replies = Self.lines(out.stdout)
        #expect(replies.count == Self.hostile.count + 1)
        for (i, reply) in replies.dropLast().enumerated() {
            #expect(reply["line"] as? Int == i + 1, "\(reply)")
            #expect((reply["error"] as? String)?.hasPrefix("malformed JSON: ") == true, "\(reply)")
        }
        #expect(replies.last?["error"] == nil)
    }

    @Test func aDamagedLogIsSkippedLineByLineInEveryCommandThatFoldsIt() throws {
        let state = TutorProcess.temporaryDirectory()
        #expect(try TutorProcess.run([], lines: ["what is trust?"], stateDir: state).status == 0)
        let log = LogFaultTests.logURL(state)
        let good = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").count
        let damaged = [
            #"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"tester","session":"x","seq":90,"type":"turn","input":"\ud800\u0041"}"#,
            #"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"tester","session":"x","seq":1e300,"type":"turn"}"#,
            #"{"v":1e999,"ts":"2026-01-05T10:00:00Z","learner":"tester","session":"x","seq":91,"type":"turn"}"#,
            #"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"tester","session":"x","seq":12345678901234567890,"type":"turn"}"#,
        ]
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        handle.write(Data(damaged.map { $0 + "\n" }.joined().utf8))
        try handle.close()
        let warnings = (1...damaged.count).map {
            "tutor: warning: \(log.path):\(good + $0): skipped an unreadable log line"
        }
        for arguments in [
            ["progress"], ["log", "export", "--format", "xapi"], ["progress", "--logs", state.path], [],
        ] {
            let out = try TutorProcess.run(arguments, lines: ["what is empathy?"], stateDir: state)
            #expect(out.status == 0, "\(arguments): \(out.stderr)")
            #expect(!out.stdout.isEmpty, "\(arguments)")
            let said = out.stderr.split(separator: "\n").map(String.init)
            #expect(said.count == damaged.count, "\(arguments): \(out.stderr)")
            #expect(zip(said, warnings).allSatisfy { $0.hasPrefix($1) }, "\(arguments): \(out.stderr)")
        }
    }

    @Test func aDamagedPushRecordIsSkippedWithAWarning() throws {
        let state = try XAPIExportTests.recordedSession()
        let cursor = state.appendingPathComponent("learners/tester.pushed")
        try Data("{\"lrs\":\"\\ud800\\u0041\",\"ids\":[1e999]}\n".utf8).write(to: cursor)
        let out = try TutorProcess.run(["log", "push", "--lrs", "http://127.0.0.1:9/xAPI"], stateDir: state)
        #expect(out.stderr.hasPrefix("tutor: warning: \(cursor.path):1: skipped an unreadable line ("))
        #expect(out.stderr.contains("tutor: error: cannot reach the record store"))  // went on to push
    }

    @Test func aFIFOInPlaceOfTheLogIsRefusedAtOnce() throws {
        let state = TutorProcess.temporaryDirectory()
        let log = LogFaultTests.logURL(state)
        try FileManager.default.createDirectory(at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(log.path, 0o600) == 0)
        for arguments in [[], ["progress"], ["log", "export", "--format", "xapi"]] {
            let out = try TutorProcess.run(arguments, lines: ["what is trust?"], stateDir: state)  // returns: no hang
            #expect(out.status == 1, "\(arguments)")
            #expect(
                out.stderr
                    == "tutor: error: cannot read the session log: \(log.path) is a FIFO, not a regular file; remove it\n",
                "\(arguments)")
        }
    }

    @Test func aSymlinkedLogIsRefusedAndItsTargetUntouched() throws {
        let state = TutorProcess.temporaryDirectory()
        let log = LogFaultTests.logURL(state)
        try FileManager.default.createDirectory(at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
        let target = TutorProcess.temporaryDirectory().appendingPathComponent("victim")
        try Data("precious\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: log, withDestinationURL: target)
        let out = try TutorProcess.run([], lines: ["what is trust?"], stateDir: state)
        #expect(out.status == 1)
        #expect(
            out.stderr.hasSuffix(
                "is a symbolic link; the tutor does not follow links for its own files (remove the link)\n"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "precious\n")
    }

    @Test func looseStateFoldersAreRefusedWithTheFix() throws {
        let state = TutorProcess.temporaryDirectory()
        chmod(state.path, 0o777)
        let out = try TutorProcess.run([], lines: ["what is trust?"], stateDir: state)
        #expect(out.status == 1)
        #expect(
            out.stderr
                == "tutor: error: the state folder \(state.path) can be written by other users (mode 777); fix it with: chmod 700 \(state.path)\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.path).isEmpty)  // nothing written

        let file = TutorProcess.temporaryDirectory().appendingPathComponent("state-file")
        try Data().write(to: file)
        let onFile = try TutorProcess.run(["progress"], stateDir: file)
        #expect(onFile.status == 1)
        #expect(onFile.stderr.hasPrefix("tutor: error: the state folder \(file.path) is a file, not a folder"))
        #expect(!onFile.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aLooseCacheFolderIsNotTrusted() throws {
        let cache = TutorProcess.temporaryDirectory()
        chmod(cache.path, 0o777)
        let out = try TutorProcess.run(["ask", "what is trust?"], environment: ["TUTOR_CACHE_DIR": cache.path])
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("Trust: "))
        #expect(
            out.stderr
                == "tutor: warning: not using the knowledge cache: the cache folder \(cache.path) can be written by other users (mode 777); fix it with: chmod 700 \(cache.path)\n"
        )
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).isEmpty)
    }

    @Test func recordWritesOnlyNewFilesPrivately() throws {
        let dir = TutorProcess.temporaryDirectory()
        let existing = dir.appendingPathComponent("notes.md")
        try Data("mine\n".utf8).write(to: existing)
        let fresh = dir.appendingPathComponent("session.md")
        let out = try TutorProcess.run(
            ["--no-log"], lines: [":record \(existing.path)", ":record \(fresh.path)", "what is trust?"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("Not recording: \(existing.path) already exists"))
        #expect(out.stdout.contains("Recording this session to \(fresh.path) (a new file, readable only by you)."))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "mine\n")
        #expect(try String(contentsOf: fresh, encoding: .utf8).contains("> what is trust?"))
        let mode = try FileManager.default.attributesOfItem(atPath: fresh.path)[.posixPermissions] as? Int
        #expect(mode.map { $0 & 0o777 } == 0o600)

        // Its own transcript, and only that, may be started again in the same session.
        let other = dir.appendingPathComponent("other.md")
        let again = try TutorProcess.run(
            ["--no-log"], lines: [":record \(other.path).1", ":record \(other.path).2", ":record \(other.path).1"])
        #expect(again.stdout.contains("Recording this session to \(other.path).1 again (its own transcript"))

        let flag = try TutorProcess.run(["--no-log", "--record", existing.path], lines: ["hi"])
        #expect(flag.status == 1)
        #expect(flag.stderr.hasPrefix("tutor: error: --record: \(existing.path) already exists"))
    }

    @Test func authoredEscapeSequencesNeverReachTheTerminal() throws {
        let dir = TutorProcess.temporaryDirectory()
        let lesson = dir.appendingPathComponent("esc.lesson")
        try Data("title: Clear\u{1B}[2J\u{1B}]0;pwned\u{07}\r\n== a ==\r\nsay: hi\u{1B}[31m there\r\nend\r\n".utf8)
            .write(to: lesson)
        let run = try TutorProcess.run(["lesson", "run", lesson.path, "--no-log"], lines: [])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Lesson: Clear\nhi there"))
        #expect(!run.stdout.utf8.contains(0x1B))

        let knowledge = TutorProcess.temporaryDirectory()
        try FileManager.default.copyItem(
            at: TutorProcess.root.appendingPathComponent("Knowledge"), to: knowledge.appendingPathComponent("K"))
        let concept = knowledge.appendingPathComponent("K/concepts/trust.yaml")
        let text = try String(contentsOf: concept, encoding: .utf8)
        try (text + "\"bad\\e[2Jkey\\e]0;x\\a\": 1\n").write(to: concept, atomically: true, encoding: .utf8)
        let check = try TutorProcess.run(["kb", "check", knowledge.appendingPathComponent("K").path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("unknown field 'badkey'"))
        #expect(!check.stderr.utf8.contains(0x1B))
    }

    @Test func anAliasBombKeyAndAHugeLessonAreHandledQuickly() throws {
        let knowledge = TutorProcess.temporaryDirectory().appendingPathComponent("K")
        try FileManager.default.copyItem(at: TutorProcess.root.appendingPathComponent("Knowledge"), to: knowledge)
        let bomb =
            (["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
            + (1...11).map { i in
                "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]"
            } + ["*a11: boom"]).joined(separator: "\n") + "\n"
        let groups = knowledge.appendingPathComponent("groups.yaml")
        try bomb.write(to: groups, atomically: true, encoding: .utf8)
        let check = try TutorProcess.run(["kb", "check", knowledge.path])
        #expect(check.status == 1)
        // The expansion is refused where it passes the bound, before the key is even read.
        #expect(
            check.stderr.contains(
                "\(groups.path):7:10: error: invalid YAML: aliases expand to more than 1000000 nodes (an alias bomb?)"))

        let lesson = TutorProcess.temporaryDirectory().appendingPathComponent("long.lesson")
        var lines = ["title: Long"]
        for i in 0..<100_000 { lines += ["== s\(i) ==", "say: \(i)", i < 99_999 ? "-> s\(i + 1)" : "end"] }
        try lines.joined(separator: "\n").write(to: lesson, atomically: true, encoding: .utf8)
        let long = try TutorProcess.run(["lesson", "check", lesson.path])
        #expect(long.status == 0, "\(long.stderr)")
        #expect(long.stdout == "ok: 1 lesson, 0 sample answers graded as labeled\n")
    }

    @Test func onlyTheLessonBeingRunIsCheckedAtStart() throws {
        let dir = TutorProcess.temporaryDirectory()
        try Data("title: Broken\n== a ==\nteach: trusst\nend\n".utf8).write(
            to: dir.appendingPathComponent("broken.lesson"))
        try Data("title: Fine\n== a ==\nsay: fine\nend\n".utf8).write(to: dir.appendingPathComponent("fine.lesson"))
        let chat = try TutorProcess.run(
            ["--scripts", dir.path, "--no-log"], lines: ["what is trust?", ":lesson broken"])
        #expect(chat.status == 0)
        #expect(chat.stdout.contains("The lesson \"broken\" has 1 error and cannot run; the first: "))
        let fine = try TutorProcess.run(["lesson", "run", "fine", "--scripts", dir.path, "--no-log"], lines: [])
        #expect(fine.status == 0)
        #expect(fine.stdout.contains("fine"))
        let broken = try TutorProcess.run(["lesson", "run", "broken", "--scripts", dir.path, "--no-log"], lines: [])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("broken.lesson:3:8: error: unknown concept 'trusst'"))
    }

    @Test func lookAlikeLearnerNamesAreOneLearnerOrRefused() throws {
        let state = TutorProcess.temporaryDirectory()
        #expect(try TutorProcess.run(["--learner", "ａｎｎ"], lines: ["hi"], stateDir: state).status == 0)
        #expect(FileManager.default.fileExists(atPath: LogFaultTests.logURL(state, "ann").path))
        let cyrillic = try TutorProcess.run(["--learner", "аnn"], lines: ["hi"], stateDir: state)
        #expect(cyrillic.status == 64)
        #expect(cyrillic.stderr.contains("it mixes Cyrillic and Latin letters"))
    }

    @Test func aPasswordFileOthersCanReadIsRefused() throws {
        let state = try XAPIExportTests.recordedSession()
        let password = state.appendingPathComponent("password")
        try Data("s3cret\n".utf8).write(to: password)
        chmod(password.path, 0o644)
        let out = try TutorProcess.run(
            ["log", "push", "--lrs", "http://127.0.0.1:9/xAPI", "--user", "u", "--password-file", password.path],
            stateDir: state)
        #expect(out.status == 1)
        #expect(
            out.stderr
                == "tutor: error: the password file \(password.path) can be read by other users (mode 644); fix it with: chmod 600 \(password.path)\n"
        )
    }

    @Test func aPasswordInTheStoresURLIsNeitherPrintedNorStored() throws {
        let state = try XAPIExportTests.recordedSession()
        let out = try TutorProcess.run(
            ["log", "push", "--lrs", "http://tutor:s3cret@127.0.0.1:9/xAPI"], stateDir: state)
        #expect(out.status == 1)
        #expect(
            out.stderr.hasPrefix("tutor: error: cannot reach the record store at http://127.0.0.1:9/xAPI/statements: "))
        #expect(!out.stderr.contains("s3cret") && !out.stdout.contains("s3cret"))
        let bad = try TutorProcess.run(["log", "push", "--lrs", "ftp://tutor:s3cret@host/x"], stateDir: state)
        #expect(!bad.stderr.contains("s3cret"))
    }

    /// A record store that answers 500 with a body that never ends.
    static let endlessStore = """
        import http.server, sys
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers["Content-Length"]))
                self.send_response(500)
                self.end_headers()
                try:
                    while True:
                        self.wfile.write(b"x" * 65536)
                except Exception:
                    pass
            def log_message(self, *args):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """

    @Test(.enabled(if: Python.executable != nil, "needs python3 for a scripted record store"))
    func aRecordStoresReplyIsReadUpToABound() throws {
        let state = try XAPIExportTests.recordedSession()
        let store = try LiveProcess(try #require(Python.executable), ["-c", Self.endlessStore])
        defer { store.kill(SIGKILL) }
        #expect(store.wait { $0.hasSuffix("\n") }, "the scripted store did not start: \(store.stderr)")
        let port = store.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // Unbounded, the body would be read until the 30-second timeout, then "cannot reach".
        let out = try TutorProcess.run(["log", "push", "--lrs", "http://127.0.0.1:\(port)/xAPI"], stateDir: state)
        #expect(out.status == 1)
        #expect(
            out.stderr.hasPrefix(
                "tutor: error: the record store at http://127.0.0.1:\(port)/xAPI/statements answered 500: xxxx"),
            "\(out.stderr.prefix(300))")
    }

    @Test func theFuzzerRunsCleanForAFewSeconds() throws {
        let out = try TutorProcess.run(["fuzz", "--seconds", "3", "--seed", "1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasSuffix("crashes 0, hangs 0\n"))

        let lines = try TutorProcess.run(["fuzz", "--emit", "500", "--seed", "2"]).stdoutBytes
        let count = lines.filter { $0 == 10 }.count
        #expect(count == 500)
        for arguments in [["chat", "--format", "jsonl", "--no-log"], ["match"], ["grade"]] {
            let run = try TutorProcess.run(arguments, input: lines)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stdout.split(separator: "\n").count <= count, "\(arguments)")
            #expect(run.stdout.split(separator: "\n").count >= count - 5, "\(arguments): blank lines aside")
        }
    }
}
