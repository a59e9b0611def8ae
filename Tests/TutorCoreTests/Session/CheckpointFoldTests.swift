import Foundation
import Testing

@testable import TutorCore

/// Folding a log in two parts, the first through a checkpoint's bytes, gives what folding it
/// whole gives: every field, at every place the log could be cut.
@Suite struct CheckpointFoldTests {
    /// A real dialogue's log: two sessions of asks, answers, hints, a quiz and an exam, with a
    /// blank line and two unreadable lines among them.
    static let log: [String] = {
        let tutor = Fixtures.tutor
        var lines: [String] = []
        var seq = 0
        func write(_ events: [SessionEvent]) {
            for var e in events {
                seq += 1
                e.seq = seq
                lines.append(e.line)
            }
        }
        let sessions: [[String]] = [
            [
                "what is the therapeutic alliance", "quiz me", "it's the bond and agreeing on goals and tasks",
                "hint", "i don't know", "what is empathy", "quiz me on trust", "no idea",
            ],
            [
                "explain ruptures", "quiz me", "the counselor should acknowledge the rupture and repair it",
                ":progress", "how do I build rapport", "quiz me", "just be nice",
            ],
        ]
        var state = TutorState(seed: 3)
        for (n, turns) in sessions.enumerated() {
            let recorder = SessionRecorder(learner: "sam", session: "s\(n)")
            let time = "2026-01-0\(n + 1)T10:00:00Z"
            write([recorder.sessionStart(seed: 3, resumed: n > 0, time: time)])
            for (i, line) in turns.enumerated() {
                let result = tutor.respond(to: line, state: &state, now: time)
                write(recorder.events(for: result, state: state, time: time))
                if n == 0 && i == 3 {
                    lines.append("")
                    lines.append("{\"v\":1,\"ts\":\"2026-01-01T10:00:00Z\",\"torn")
                }
            }
            write([recorder.sessionEnd(turns: state.turn, time: time)])
        }
        lines.append("not json at all")
        return lines
    }()

    func fold(_ lines: ArraySlice<String>, continuing: LearnerHistory? = nil) throws -> LearnerHistory {
        try LearnerHistory.fold(lines: lines.map { Substring($0) }, seed: 5, continuing: continuing)
    }

    @Test func theLogIsRealEnoughToTestWith() throws {
        let whole = try fold(Self.log[...])
        #expect(whole.sessions == ["s0", "s1"])
        #expect(whole.grades.count >= 4)
        #expect(!whole.state.mastery.isEmpty && !whole.state.asked.isEmpty)
        #expect(whole.lastDialogue != nil)
        #expect(whole.skipped.count == 2)
        #expect(whole.lines == Self.log.count)
    }

    @Test func aFoldContinuedFromACheckpointEqualsTheWholeFold() throws {
        let whole = deepDescription(try fold(Self.log[...]))
        for cut in 0...Self.log.count {
            let first = try roundTrip(try fold(Self.log[..<cut]))
            let rest = try fold(Self.log[cut...], continuing: first)
            #expect(deepDescription(rest) == whole, "cut after line \(cut)")
        }
    }

    @Test func aCheckpointRoundTripsExactly() throws {
        let h = try fold(Self.log[...])
        #expect(deepDescription(try roundTrip(h)) == deepDescription(h))
        #expect(try CompactEncoder().encode(h) == CompactEncoder().encode(try roundTrip(h)))
    }

    @Test func aNewerSchemaLineIsNumberedFromTheStartOfTheLog() throws {
        let first = try fold(Self.log[..<10])
        let newer = #"{"v":99,"ts":"2026-01-01T10:00:00Z","learner":"sam","session":"s9","seq":1,"type":"turn"}"#
        #expect(throws: LogError.newerSchema(line: 12, version: 99)) {
            try fold(["", newer], continuing: first)
        }
    }

    @Test func damagedCheckpointBytesAreRefused() throws {
        let bytes = try CompactEncoder().encode(try fold(Self.log[...]))
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
            #expect(throws: (any Error).self) {
                try CompactDecoder().decode(LearnerHistory.self, from: Array(bytes[..<cut]))
            }
        }
    }
}
