import Foundation
import Testing

@testable import TutorCore

/// Typed log events: one type writes and reads every line, and a fold of a session's log
/// resumes the learner exactly where the live session left them.
@Suite struct SessionEventTests {
    static let lines = [
        "hello", "what is trust?", "quiz me", "i don't know", "hint", "they feel safe", "skip", ":quiz shared-goals",
        "what is empathy?", "they decide the goals together", "give up", "quiz me on trust and empathy",
        "how am I doing?", "skip", ":exam 2", "a", "b", "compare empathy and sympathy", "what is alliance", "2",
        "quiz me", "no idea", "hint", "hint", "hint", "hint", ":quiz empathy",
    ]

    /// Runs `lines` as one live session writing its log; returns the log and the final state.
    static func liveSession(_ lines: [String], seed: UInt64 = 5) -> (log: [String], state: TutorState) {
        let tutor = Fixtures.tutor
        let recorder = SessionRecorder(learner: "sam", session: "s1")
        var state = TutorState(seed: seed)
        var log: [String] = []
        func write(_ events: [SessionEvent]) {
            for var e in events {
                e.seq = log.count + 1
                log.append(e.line)
            }
        }
        write([recorder.sessionStart(seed: seed, resumed: false, time: "2026-01-01T10:00:00Z")])
        for line in lines {
            let result = tutor.respond(to: line, state: &state, now: "2026-01-01T10:00:00Z")
            write(recorder.events(for: result, state: state, time: "2026-01-01T10:00:00Z"))
        }
        return (log, state)
    }

    @Test func everyLineTheTutorWritesReadsBackToTheSameBytes() throws {
        let (log, _) = Self.liveSession(Self.lines)
        #expect(log.count > Self.lines.count)
        var kinds: Set<SessionEvent.Kind> = []
        for line in log {
            let event = try SessionEvent.parse(line)
            kinds.insert(event.kind)
            #expect(event.line == line)
        }
        #expect(kinds == [.sessionStart, .turn, .grade, .mastery])
    }

    @Test func eventsAreCodable() throws {
        let (log, _) = Self.liveSession(Array(Self.lines.prefix(8)))
        for line in log {
            let event = try SessionEvent.parse(line)
            let data = try JSONEncoder().encode(event)
            let back = try JSONDecoder().decode(SessionEvent.self, from: data)
            #expect(back.body == event.body)
            #expect(back.seq == event.seq && back.time == event.time && back.session == event.session)
        }
    }

    @Test func aNewerSchemaIsRefused() {
        let line = #"{"v":2,"ts":"t","learner":"sam","session":"s","seq":1,"type":"turn"}"#
        #expect(throws: SessionEvent.ReadError.newerSchema(2)) { try SessionEvent.parse(line) }
    }

    @Test func aGradeRecordKeepsItsExamFields() throws {
        let g = GradeRecord(
            question: "item-1", answer: "b", covered: ["key"], misconceptions: [], verdict: "correct", option: "B",
            response: "Trust")
        let event = SessionEvent(time: "t", learner: "sam", session: "s", seq: 4, body: .grade(g))
        #expect(event.line.hasSuffix(#""verdict":"correct","option":"B","response":"Trust"}"#))
        #expect(try SessionEvent.parse(event.line).body == .grade(g))
    }

    @Test func theFoldResumesWhatTheLiveSessionKnew() throws {
        let (log, live) = Self.liveSession(Self.lines)
        let history = try LearnerHistory.fold(lines: log.map { Substring($0) }, seed: 9)
        let resumed = history.resumedState(seed: 9)
        #expect(!live.asked.isEmpty && live.asked.values.contains { $0 > 1 })
        #expect(resumed.asked == live.asked)
        #expect(resumed.seen == live.seen)
        // The log keeps P(known) to three decimals.
        #expect(Set(resumed.mastery.keys) == Set(live.mastery.keys))
        for (concept, p) in live.mastery { #expect(abs((resumed.mastery[concept] ?? -1) - p) <= 0.0005) }
        #expect(resumed.attempts == live.attempts)
        #expect(resumed.lastPractised == live.lastPractised)
        #expect(resumed.dialogue == live.dialogue)
    }

    @Test func anOldLogWithoutRecordedMeetsStillFolds() throws {
        var log = LogLines()
        log.add(.sessionStart, at: "2026-01-01T10:00:00Z", [("seed", .number(1))])
        log.ask("what is trust and empathy", concepts: ["trust", "empathy"], at: "2026-01-01T10:00:00Z")
        let history = try log.fold()
        #expect(history.state.seen == ["trust", "empathy"])
        #expect(history.skipped.isEmpty)
    }
}
