import Foundation

/// A learner's state, rebuilt as a fold over their session log.
public struct LearnerHistory: Sendable {
    /// Mastery, attempts, practice times and seen concepts from every session.
    public var state: TutorState
    /// The dialogue state after the last logged turn (open question, hint rung).
    public var lastDialogue: DialogueSnapshot?
    /// How many events were read.
    public var events: Int = 0
    public var sessions: [String] = []
    /// The highest sequence number seen.
    public var lastSeq: Int = 0
    /// Lines that could not be read, with why (the fold skips them).
    public var skipped: [(line: Int, reason: String)] = []
    /// Graded answers, in order: (time, question, verdict).
    public var grades: [(time: String, question: String, verdict: String)] = []

    /// Folds log lines (without newlines) into a learner's state. A line from a newer
    /// schema stops the fold: it is refused, never misread.
    public static func fold(lines: [Substring], seed: UInt64) throws -> LearnerHistory {
        var h = LearnerHistory(state: TutorState(seed: seed))
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            let event: SessionEvent
            do {
                event = try SessionEvent.parse(line)
            } catch SessionEvent.ReadError.newerSchema(let v) {
                throw LogError.newerSchema(line: i + 1, version: v)
            } catch SessionEvent.ReadError.malformed(let why) {
                h.skipped.append((i + 1, why))
                continue
            }
            h.apply(event)
        }
        return h
    }

    public mutating func apply(_ event: SessionEvent) {
        events += 1
        lastSeq = max(lastSeq, event.seq)
        if sessions.last != event.session && !sessions.contains(event.session) { sessions.append(event.session) }
        switch event.kind {
        case .mastery:
            guard let concept = event["concept"]?.stringValue, let after = event["after"]?.numberValue else { return }
            state.mastery[concept] = after
            state.attempts[concept, default: 0] += 1
            state.lastPractised[concept] = event.time
            state.meet(concept)
        case .turn:
            // Concepts the learner asked about; an answer's incidental words do not count.
            if event["graded"]?.stringValue == nil {
                for c in event["concepts"]?.arrayValue ?? [] {
                    if let id = c.stringValue { state.meet(id) }
                }
            }
            if let snapshot = event["state"].flatMap(SessionRecorder.decode) {
                lastDialogue = snapshot
                if let asked = snapshot.lastAsked, snapshot.open?.id == asked, snapshot.open?.answers == 0 {
                    state.asked[asked, default: 0] += 0
                }
            }
            state.turn = max(state.turn, Int(event["turn"]?.numberValue ?? 0))
        case .grade:
            if let q = event["question"]?.stringValue, let v = event["verdict"]?.stringValue {
                grades.append((event.time, q, v))
                state.asked[q, default: 0] += 0
            }
        case .sessionStart, .sessionEnd:
            break
        }
    }

    /// The state a new session starts from: everything learned, and the dialogue where the
    /// last session left it.
    public func resumedState(seed: UInt64) -> TutorState {
        var s = state
        if let d = lastDialogue {
            s.restore(d)
        }
        s.rng = SeededRandom(seed: seed)
        return s
    }
}

/// Problems with a session log that stop it from being used.
public enum LogError: Error, Equatable, CustomStringConvertible {
    case newerSchema(line: Int, version: Int)

    public var description: String {
        switch self {
        case .newerSchema(let line, let version):
            return
                "line \(line): written by a newer tutor (log schema version \(version); this tutor reads version \(SessionEvent.schemaVersion)); upgrade tutor to use this log"
        }
    }
}
