import Foundation
import Testing

/// `tutor chat --record FILE` for a learner who already has a session log: the transcript
/// carries that log, so `tutor replay` resumes from the same state and the recording passes.
@Suite struct RecordReturningLearnerTests {
    @Test func aReturningLearnersRecordingReplays() throws {
        let state = TutorProcess.temporaryDirectory()
        let first = try TutorProcess.run(
            ["--learner", "jo", "--clock", "2026-01-01T09:00:00Z"],
            lines: [":quiz shared-goals", "they decide the goals together"], stateDir: state)
        #expect(first.status == 0)
        let file = state.appendingPathComponent("jo.md")
        let second = try TutorProcess.run(
            ["--learner", "jo", "--clock", "2026-01-02T09:00:00Z", "--record", file.path],
            lines: ["hint", ":progress"], stateDir: state)
        #expect(second.status == 0)

        let text = try String(contentsOf: file, encoding: .utf8)
        let log = try String(contentsOf: state.appendingPathComponent("learners/jo.jsonl"), encoding: .utf8)
        // The log as it was when the session began: the first session and this one's start.
        let before = log.split(separator: "\n").prefix { !$0.contains(#""type":"turn","turn":3"#) }
        #expect(text.contains("```transcript-log learner=jo\n" + before.joined(separator: "\n") + "\n```\n"))
        #expect(
            text.contains(
                "```transcript seed=7 learner=jo clock=2026-01-02T09:00:00Z\nWelcome back. We were working on this question: "
            ))
        // Partial on the first answer: its FSRS review is due the next day.
        #expect(text.contains("  [#-------] 0.18  Agreement on goals, 1 attempt (review due)\n"))

        let replay = try TutorProcess.run(["replay", file.path], environment: ["CI": "1"])
        #expect(replay.status == 0, "\(replay.stdout)")
        #expect(replay.stdout == "1 passed, 0 failed\n")

        // Re-recording a changed line keeps the log block as it was.
        let changed = text.replacingOccurrences(of: "Mastered: none yet.", with: "Mastered: everything.")
        try changed.write(to: file, atomically: true, encoding: .utf8)
        let update = try TutorProcess.run(["replay", file.path, "--update"], environment: ["CI": ""])
        #expect(update.status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func aNewLearnersRecordingHasNoLogBlock() throws {
        let state = TutorProcess.temporaryDirectory()
        let file = state.appendingPathComponent("new.md")
        let out = try TutorProcess.run(
            ["--learner", "new", "--record", file.path], lines: ["what is trust?"], stateDir: state)
        #expect(out.status == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# Recorded session\n\n```transcript seed=7 learner=new clock=2026-01-05T10:00:00Z\n"))
        #expect(try TutorProcess.run(["replay", file.path]).stdout == "1 passed, 0 failed\n")
    }

    @Test func aLogBlockWithoutItsSessionIsALocatedError() throws {
        let file = TutorProcess.temporaryDirectory().appendingPathComponent("orphan.md")
        try """
        ```transcript-log learner=jo colour=blue
        {"v":1,"ts":"2026-01-01T09:00:00Z","learner":"jo","session":"s","seq":1,"type":"session-start"}
        ```

        ```transcript seed=1 learner=ann
        > what is trust?
        ...
        ```
        """.write(to: file, atomically: true, encoding: .utf8)
        let out = try TutorProcess.run(["replay", file.path])
        #expect(out.status == 1)
        #expect(
            out.stderr == """
                \(file.path):1:1: error: unknown transcript-log attribute 'colour=blue' (expected learner=NAME)
                \(file.path):1:1: error: no transcript block of learner 'jo' follows this transcript-log block

                """)
    }
}
