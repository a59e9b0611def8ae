import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The fold checkpoint beside a learner's log, through the binary: written when a session
/// ends, used by the next start, and ignored whenever it does not fit the log, so resuming
/// from it always gives what folding the whole log gives.
@Suite struct CheckpointCLITests {
    static func paths(_ state: URL) -> (log: URL, checkpoint: URL) {
        let dir = state.appendingPathComponent("learners")
        return (dir.appendingPathComponent("tester.jsonl"), dir.appendingPathComponent("tester.checkpoint"))
    }

    static let firstSession = [
        "what is the therapeutic alliance", "quiz me", "the bond between client and counselor and agreeing on goals",
        "quiz me on trust", "i don't know", "what is empathy",
    ]

    /// A learner with one finished session.
    func learner() throws -> URL {
        let state = TutorProcess.temporaryDirectory()
        let run = try TutorProcess.run([], lines: Self.firstSession, stateDir: state)
        #expect(run.status == 0, "\(run.stderr)")
        return state
    }

    /// What `tutor progress --format json` and a new session's first reply say with the
    /// checkpoint as it is, and with none (the whole log folded).
    func withAndWithout(_ state: URL) throws -> (with: [String], without: [String]) {
        func look() throws -> [String] {
            let progress = try TutorProcess.run(["progress", "--format", "json"], stateDir: state)
            // A session that writes nothing back: its state is copied first.
            let copy = TutorProcess.temporaryDirectory()
            try FileManager.default.removeItem(at: copy)
            try FileManager.default.copyItem(at: state, to: copy)
            let chat = try TutorProcess.run([], lines: [":progress", "hint"], stateDir: copy)
            return [
                progress.stdout, progress.stderr, chat.stdout,
                chat.stderr.replacingOccurrences(of: copy.path, with: state.path),
            ]
        }
        let with = try look()
        let checkpoint = Self.paths(state).checkpoint
        let saved = try? Data(contentsOf: checkpoint)
        try? FileManager.default.removeItem(at: checkpoint)
        let without = try look()
        if let saved { try saved.write(to: checkpoint) }
        return (with, without)
    }

    @Test func aSessionLeavesACheckpointAndTheNextStartGivesTheSame() throws {
        let state = try learner()
        let (log, checkpoint) = Self.paths(state)
        #expect(FileManager.default.fileExists(atPath: checkpoint.path))
        let mode = try FileManager.default.attributesOfItem(atPath: checkpoint.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let (with, without) = try withAndWithout(state)
        #expect(with == without)
        #expect(with[0].contains("\"therapeutic-alliance\""), "progress shows what the session did: \(with[0])")
        // The checkpoint covers the whole log: nothing after it to fold.
        let size = try FileManager.default.attributesOfItem(atPath: log.path)[.size] as? Int
        #expect(size ?? 0 > 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: log.deletingLastPathComponent().path)
        // The session lock's file stays (removing a lock file races with the next session).
        #expect(leftovers.sorted() == ["tester.checkpoint", "tester.jsonl", "tester.session"])
    }

    @Test func aCheckpointOfAnEarlierPartOfTheLogIsContinued() throws {
        let state = try learner()
        let (log, checkpoint) = Self.paths(state)
        let early = try Data(contentsOf: checkpoint)
        // A second session, then the checkpoint of the first only, and a torn last line.
        let second = try TutorProcess.run(
            [], lines: ["quiz me", "goals and tasks", "explain ruptures"], stateDir: state)
        #expect(second.status == 0)
        try early.write(to: checkpoint)
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"v":1,"ts":"2026-01-05T10:00:00Z","type":"tu"#.utf8))
        try handle.close()
        let (with, without) = try withAndWithout(state)
        #expect(with == without)
        #expect(with[1].contains("skipped an unreadable log line"), "the torn line is warned about: \(with[1])")
    }

    @Test func aCheckpointThatDoesNotFitTheLogIsIgnored() throws {
        let state = try learner()
        let (log, checkpoint) = Self.paths(state)
        let original = try Data(contentsOf: log)
        let good = try Data(contentsOf: checkpoint)
        var cases: [(String, Data, Data)] = []
        // The log cut short (shorter than what the checkpoint folded).
        cases.append(("log cut short", original.prefix(original.count / 2), good))
        // The log rewritten in place: same length, other bytes at its start.
        var rewritten = original
        rewritten[rewritten.index(rewritten.startIndex, offsetBy: 30)] ^= 0x01
        cases.append(("log rewritten", rewritten, good))
        // Another learner's log under this name.
        let other = TutorProcess.temporaryDirectory()
        _ = try TutorProcess.run([], lines: ["what is trust", "quiz me"], stateDir: other)
        cases.append(("another log", try Data(contentsOf: Self.paths(other).log), good))
        // The checkpoint itself damaged or cut.
        var flipped = good
        flipped[flipped.index(flipped.startIndex, offsetBy: flipped.count - 10)] ^= 0x40
        cases.append(("checkpoint damaged", original, flipped))
        cases.append(("checkpoint cut", original, good.prefix(good.count - 3)))
        cases.append(("checkpoint empty", original, Data()))
        for (name, logBytes, checkpointBytes) in cases {
            try logBytes.write(to: log)
            try checkpointBytes.write(to: checkpoint)
            let (with, without) = try withAndWithout(state)
            #expect(with == without, "\(name)")
        }
    }

    @Test func aLongLogIsCheckpointedAtTheStartOfTheNextSession() throws {
        let state = try learner()
        let (log, checkpoint) = Self.paths(state)
        // Many more events than one start folds without saving: the log repeated.
        let text = try String(contentsOf: log, encoding: .utf8)
        let lines = text.split(separator: "\n")
        var more = text
        while more.split(separator: "\n").count < 1200 { more += lines.joined(separator: "\n") + "\n" }
        try more.write(to: log, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: checkpoint)
        let live = try LiveProcess.tutor([], stateDir: state)
        live.send("what is trust")
        // Any answer will do: what matters is that the checkpoint is saved before it.
        #expect(live.wait { $0.contains("(Sources:") }, "\(live.stderr)")
        #expect(FileManager.default.fileExists(atPath: checkpoint.path), "saved before the first reply")
        live.kill(SIGKILL)
        _ = live.waitForExit()
        let (with, without) = try withAndWithout(state)
        #expect(with == without)
    }
}
