import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The session log under faults, through the built binary: a kill mid-session, a torn last
/// line, an unwritable folder, a full disk, two tutors at once, a newer schema, and the
/// log's permissions and learner names.
@Suite struct LogFaultTests {
    static func logURL(_ stateDir: URL, _ learner: String = "tester") -> URL {
        stateDir.appendingPathComponent("learners/\(learner).jsonl")
    }

    /// The log's lines, each parsed (a line that does not parse fails the test).
    static func events(_ url: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], "unparsable: \($0)")
        }
    }

    /// Replies so far from a tutor on a pipe: they are separated by one blank line.
    static func replies(_ stdout: String) -> [String] {
        guard stdout.hasSuffix("\n") else { return [] }
        return stdout.dropLast().components(separatedBy: "\n\n")
    }

    @Test func killedMidSessionEveryAnsweredTurnIsLoggedAndTheNextStartResumes() throws {
        let inputs = ["quiz me on court orders", "it depends on the judge", "hint"]
        // The same session uninterrupted, one turn further: what the resumed session must say.
        let whole = try TutorProcess.run([], lines: inputs + ["hint"])
        let expected = Self.replies(whole.stdout)
        #expect(expected.count == 4)

        let state = TutorProcess.temporaryDirectory()
        let live = try LiveProcess.tutor([], stateDir: state)
        for (i, line) in inputs.enumerated() {
            live.send(line)
            #expect(live.wait { Self.replies($0).count == i + 1 }, "no reply to '\(line)': \(live.stderr)")
        }
        live.kill(SIGKILL)
        #expect(live.waitForExit() == SIGKILL)
        #expect(live.process.terminationReason == .uncaughtSignal)

        let events = try Self.events(Self.logURL(state))
        let turns = events.filter { $0["type"] as? String == "turn" }
        #expect(turns.map { $0["input"] as? String } == inputs)
        #expect(
            events.contains { $0["type"] as? String == "grade" && $0["answer"] as? String == "it depends on the judge" }
        )
        #expect(!events.contains { $0["type"] as? String == "session-end" })

        let resumed = try TutorProcess.run([], lines: ["hint"], stateDir: state)
        #expect(resumed.status == 0)
        let replies = Self.replies(resumed.stdout)
        #expect(replies.first?.hasPrefix("Welcome back. We were working on this question: ") == true)
        #expect(replies.last == expected.last)  // the hint rung carried on where it was
    }

    @Test func aTornLastLineIsSkippedWithOneWarningAndNothingElseIsLost() throws {
        let state = TutorProcess.temporaryDirectory()
        let log = Self.logURL(state)
        #expect(try TutorProcess.run([], lines: ["what is trust?"], stateDir: state).status == 0)
        let before = try Self.events(log)
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"tes"#.utf8))  // a crash mid-write
        try handle.close()

        let next = try TutorProcess.run([], lines: ["what is empathy?"], stateDir: state)
        #expect(next.status == 0)
        #expect(next.stdout.hasPrefix("Empathy: "))
        let tornLine = before.count + 1
        let warning = "tutor: warning: \(log.path):\(tornLine): skipped an unreadable log line"
        #expect(next.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
        #expect(next.stderr.hasPrefix(warning))

        // The torn line stays on its own line; every other line parses; nothing earlier is lost.
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines[tornLine - 1].hasSuffix(#""learner":"tes"#))
        var kept = lines
        kept.remove(at: tornLine - 1)
        let parsed = try kept.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(parsed.prefix(before.count).map { $0["seq"] as? Int } == before.map { $0["seq"] as? Int })
        let seqs = parsed.compactMap { $0["seq"] as? Int }
        #expect(seqs == Array(1...seqs.count))
        #expect(parsed.contains { $0["input"] as? String == "what is empathy?" })

        // Later readers see both sessions, with the same single warning.
        let progress = try TutorProcess.run(["progress", "--format", "json"], stateDir: state)
        #expect(progress.status == 0)
        #expect(progress.stderr.hasPrefix(warning) && progress.stderr.components(separatedBy: "\n").count == 2)
        let report = try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any]
        let ids = (report?["concepts"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids?.contains("trust") == true && ids?.contains("empathy") == true)
    }

    @Test func anUnwritableStateFolderIsReportedOnceAndTheTutorGoesOn() throws {
        let dir = TutorProcess.temporaryDirectory()
        let blocker = dir.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let state = blocker.appendingPathComponent("state")  // a folder inside a file: cannot exist, even for root
        let out = try TutorProcess.run([], lines: ["what is trust?", "what is empathy?"], stateDir: state)
        #expect(out.status == 0)
        let replies = Self.replies(out.stdout)
        #expect(replies.count == 2 && replies[0].hasPrefix("Trust: ") && replies[1].hasPrefix("Empathy: "))
        let warnings = out.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("tutor: warning: cannot create \(state.path)/learners") == true)
        #expect(warnings.first?.hasSuffix("this session is not being saved") == true)
    }

    @Test func aFullDiskLosesNothingEarlierAndTheTutorGoesOn() throws {
        let state = TutorProcess.temporaryDirectory()
        #expect(try TutorProcess.run([], lines: ["what is trust?"], stateDir: state).status == 0)
        let log = Self.logURL(state)
        let before = try Data(contentsOf: log)
        // No file may grow (RLIMIT_FSIZE 0, SIGXFSZ ignored): every append fails as on a full disk.
        let shell = try LiveProcess(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", #"trap '' XFSZ; ulimit -f 0; exec "$0""#, TutorProcess.binary.path],
            environment: LiveProcess.tutorEnvironment(stateDir: state), directory: TutorProcess.root)
        shell.send("what is empathy?")
        shell.send("what is genuineness?")
        shell.closeInput()
        #expect(shell.waitForExit() == 0)
        let replies = Self.replies(shell.stdout)
        #expect(replies.count == 2 && replies[0].hasPrefix("Empathy: "))
        let warnings = shell.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(warnings.count == 1)
        // The cause is named (a short write is finished, its errno read), not a stale error.
        #expect(
            warnings.first
                == "tutor: warning: could not save to the session log \(log.path): the file is too large"
                + " (a file size limit was reached); the tutor goes on")
        #expect(try Data(contentsOf: log) == before)
    }

    @Test func aSecondSessionOfOneLearnerIsRefusedWhileTheFirstRuns() throws {
        let state = TutorProcess.temporaryDirectory()
        let first = try LiveProcess.tutor([], stateDir: state)
        first.send("what is trust?")
        #expect(first.wait { Self.replies($0).count == 1 }, "no reply: \(first.stderr)")

        // Turn numbers and mastery are the learner's: a second session would overwrite them.
        let second = try TutorProcess.run([], lines: ["what is empathy?"], stateDir: state)
        #expect(second.status == 1)
        #expect(second.stdout.isEmpty)
        let lock = state.appendingPathComponent("learners/tester.session").path
        #expect(
            second.stderr
                == "tutor: error: learner 'tester' is already in a session (another tutor holds \(lock));"
                + " finish that session first, or use another --learner\n")
        // Another learner, and reports on this one, are not held up.
        #expect(try TutorProcess.run(["--learner", "other"], lines: ["hi"], stateDir: state).status == 0)
        #expect(try TutorProcess.run(["progress"], stateDir: state).status == 0)

        first.send("what is empathy?")
        first.closeInput()
        #expect(first.waitForExit() == 0)
        let events = try Self.events(Self.logURL(state))
        #expect(events.compactMap { $0["seq"] as? Int } == Array(1...events.count))
        #expect(Set(events.compactMap { $0["session"] as? String }).count == 1)
        // The lock goes with the session: the next one starts.
        #expect(try TutorProcess.run([], lines: ["hint"], stateDir: state).status == 0)
    }

    @Test func aLogFromANewerSchemaIsRefusedNotMisread() throws {
        let state = TutorProcess.temporaryDirectory()
        let log = Self.logURL(state)
        try FileManager.default.createDirectory(at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = """
            {"v":1,"ts":"2026-01-05T10:00:00Z","learner":"tester","session":"a","seq":1,"type":"session-start","seed":7,"resumed":false}
            {"v":2,"ts":"2026-02-05T10:00:00Z","learner":"tester","session":"b","seq":2,"type":"mastery","concept":"trust","after":0.99}

            """
        try Data(text.utf8).write(to: log)
        let message =
            "tutor: error: \(log.path): line 2: written by a newer tutor (log schema version 2; this tutor reads version 1);"
            + " upgrade tutor to use this log\n"
        for arguments in [[], ["progress"], ["log", "export", "--format", "xapi"]] {
            let out = try TutorProcess.run(arguments, lines: ["what is trust?"], stateDir: state)
            #expect(out.status == 1, "\(arguments)")
            #expect(out.stdout.isEmpty, "\(arguments)")
            #expect(out.stderr == message, "\(arguments)")
        }
        #expect(try String(contentsOf: log, encoding: .utf8) == text)  // not touched
    }

    @Test func logsAndFoldersArePrivateToTheUser() throws {
        let state = TutorProcess.temporaryDirectory().appendingPathComponent("nested/state")
        #expect(try TutorProcess.run([], lines: ["what is trust?"], stateDir: state).status == 0)
        func mode(_ url: URL) throws -> Int {
            try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int ?? -1) & 0o777
        }
        #expect(try mode(state) == 0o700)
        #expect(try mode(state.appendingPathComponent("learners")) == 0o700)
        #expect(try mode(Self.logURL(state)) == 0o600)
    }

    @Test(arguments: ["../escape", "a/b", ".hidden", "", "a\\b", "x y", String(repeating: "n", count: 65)])
    func learnerNamesThatCouldEscapeTheStateFolderAreRefused(name: String) throws {
        let parent = TutorProcess.temporaryDirectory()
        let state = parent.appendingPathComponent("state")
        for arguments in [
            ["--learner", name], ["progress", "--learner", name],
            ["log", "export", "--format", "xapi", "--learner", name],
        ] {
            let out = try TutorProcess.run(arguments, lines: ["what is trust?"], stateDir: state)
            #expect(out.status == 64, "\(arguments)")
            #expect(out.stderr.hasPrefix("tutor: error: invalid learner name '"), "\(arguments)")
            #expect(out.stdout.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)  // nothing written anywhere
    }
}
