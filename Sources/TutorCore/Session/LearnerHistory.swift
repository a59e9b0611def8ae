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
    /// Whether the last grade was an exam answer (its mastery events are not a question's
    /// first answer). Not in a checkpoint: one ends with a turn, after its grade's mastery.
    private var lastGradeIsExam = false
    /// Whether the last event was a mastery event: the mastery events of one answer come in
    /// a row, so only the first of a run counts an answer (`TutorState.answeredOn`). Not in a
    /// checkpoint either: one ends with a turn.
    private var lastWasMastery = false
    /// `sessions` as a set, for the check on every event.
    private var sessionSet: Set<String> = []
    /// The session being read, when its turns record what was asked and met.
    private var recordingSession: String?
    /// How many lines were folded (blank and unreadable ones included): a fold continued
    /// from this one numbers its lines from here.
    public var lines: Int = 0

    /// The history of a learner with no log yet.
    public init(state: TutorState) {
        self.state = state
    }

    /// Folds log lines (without newlines) into a learner's state. A line from a newer
    /// schema stops the fold: it is refused, never misread.
    ///
    /// The same as `apply` on every event, but a turn's dialogue snapshot (decoded with
    /// `JSONDecoder`, most of the cost of a long log) is only decoded when it can change the
    /// outcome: the last one that decodes becomes `lastDialogue`, and one that would newly
    /// mark its question as asked is decoded where it stands.
    ///
    /// `continuing` is the fold of the lines before these (a checkpoint): the result is then
    /// the fold of all of them, the same as folding the whole log at once.
    public static func fold(lines: [Substring], seed: UInt64, continuing: LearnerHistory? = nil) throws
        -> LearnerHistory
    {
        var h = continuing ?? LearnerHistory(state: TutorState(seed: seed))
        let base = h.lines
        h.lines += lines.count
        var snapshotLines: [Int] = []  // lines of turns with a snapshot, in order
        for (i, raw) in lines.enumerated() {
            let line = trimmed(raw)
            if line.isEmpty { continue }
            let event: SessionEvent
            do {
                event = try SessionEvent.parse(line)
            } catch SessionEvent.ReadError.newerSchema(let v) {
                throw LogError.newerSchema(line: base + i + 1, version: v)
            } catch SessionEvent.ReadError.malformed(let why) {
                h.skipped.append((base + i + 1, why))
                continue
            }
            if h.apply(event, decodingSnapshot: false) { snapshotLines.append(i) }
        }
        for i in snapshotLines.reversed() {
            // These lines parsed above, and parse the same way again.
            let event = try? SessionEvent.parse(trimmed(lines[i]))
            if case .turn(let t) = event?.body, let snapshot = t.dialogue {
                h.lastDialogue = snapshot
                break
            }
        }
        return h
    }

    /// `line.trimmingCharacters(in: .whitespaces)`, without Foundation when neither end is
    /// white space (a log line starts with `{` and ends with `}`).
    static func trimmed(_ line: Substring) -> String {
        if let first = line.utf8.first, let last = line.utf8.last, first > 0x20, first < 0x7F, last > 0x20,
            last < 0x7F
        {
            return String(line)
        }
        return line.trimmingCharacters(in: .whitespaces)
    }

    public mutating func apply(_ event: SessionEvent) {
        apply(event, decodingSnapshot: true)
    }

    /// Applies one event. With `decodingSnapshot` false a turn's snapshot is decoded only
    /// when it may mark a question as asked, and `lastDialogue` is left to the caller;
    /// returns whether the event carries a snapshot.
    @discardableResult
    mutating func apply(_ event: SessionEvent, decodingSnapshot: Bool) -> Bool {
        events += 1
        lastSeq = max(lastSeq, event.seq)
        let sameAnswer = lastWasMastery
        lastWasMastery = event.kind == .mastery
        if sessions.last != event.session && sessionSet.insert(event.session).inserted {
            sessions.append(event.session)
        }
        if event.kind == .grade || event.kind == .mastery {
            // FSRS cards, from the grade logged before a mastery event (see `ReviewHistory`).
            if state.reviews == nil { state.reviews = ReviewHistory() }
            state.reviews!.apply(event, lastGrade: event.kind == .mastery ? grades.last : nil)
        }
        switch event.body {
        case .mastery(let m):
            // A value outside 0…1 is a damaged line, not a mastery.
            guard let concept = m.concept, let after = m.after, (0...1).contains(after) else { return false }
            if !sameAnswer { state.countAnswer(at: event.time) }
            state.mastery[concept] = after
            state.attempts[concept, default: 0] += 1
            state.lastPractised[concept] = event.time
            state.meet(concept)
            noteFirstAnswer(concept, question: m.question, time: event.time)
        case .turn(let t):
            apply(t, recorded: recordingSession == event.session, decodingSnapshot: decodingSnapshot)
            return t.state != nil
        case .grade(let g):
            if let q = g.question, let v = g.verdict {
                grades.append((event.time, q, v))
                if recordingSession != event.session { state.asked[q, default: 0] += 0 }
                if g.option == nil && !g.misconceptions.isEmpty {
                    state.misconceptions.show(g.misconceptions, question: q, concept: g.concept, time: event.time)
                }
            }
            lastGradeIsExam = g.option != nil
        case .sessionStart(let start):
            recordingSession = start.recordsMeets ? event.session : nil
        case .sessionEnd:
            break
        }
        return false
    }

    /// A mastery event: the first answer graded just before it (the last grade, same question)
    /// counts in the concept's first answers (not an exam's), and resolves the concept's
    /// misconceptions when right, as the live session does (`Tutor.recordEvidence`).
    private mutating func noteFirstAnswer(_ concept: String, question: String?, time: String) {
        guard let question, let last = grades.last, last.question == question else { return }
        state.misconceptions.learnConcept(concept, of: question)
        let right = last.verdict == Verdict.correct.rawValue
        if !lastGradeIsExam {
            state.firstAnswers[concept, default: Tally()].total += 1
            if right { state.firstAnswers[concept, default: Tally()].right += 1 }
        }
        if right { state.misconceptions.right(on: concept, time: time) }
    }

    /// A turn. When its session records what was asked and met, those are taken as written;
    /// in older logs the concepts asked about are met, and a snapshot's open question counts
    /// as asked (without a count: older logs do not say how often).
    private mutating func apply(_ t: TurnRecord, recorded: Bool, decodingSnapshot: Bool) {
        if recorded {
            for id in t.met { state.meet(id) }
            for q in t.asked { state.asked[q, default: 0] += 1 }
            if decodingSnapshot, let d = t.dialogue { lastDialogue = d }
        } else {
            // Concepts the learner asked about; an answer's incidental words do not count.
            if t.graded == nil {
                for id in t.concepts { state.meet(id) }
            }
            if let raw = t.state, decodingSnapshot || Self.mayMarkAsked(raw, alreadyAsked: state.asked),
                let snapshot = SessionRecorder.decode(raw)
            {
                if decodingSnapshot { lastDialogue = snapshot }
                if let asked = snapshot.lastAsked, snapshot.open?.id == asked, snapshot.open?.answers == 0 {
                    state.asked[asked, default: 0] += 0
                }
            }
        }
        state.turn = max(state.turn, t.turn)
    }

    /// Whether a snapshot, once decoded, might add its question to `asked` (its `lastAsked`
    /// is its open question, not yet answered, and not in `asked`), read from the JSON
    /// without decoding it. When the JSON repeats a key the decoder may read another value
    /// than `subscript` does, so then the answer is yes.
    static func mayMarkAsked(_ snapshot: JSON, alreadyAsked: [String: Int]) -> Bool {
        guard case .object(let fields) = snapshot else { return false }  // does not decode
        guard Set(fields.map(\.0)).count == fields.count else { return true }
        guard let asked = snapshot["lastAsked"]?.stringValue, alreadyAsked[asked] == nil else { return false }
        guard let open = snapshot["open"], case .object(let openFields) = open else { return false }
        guard Set(openFields.map(\.0)).count == openFields.count else { return true }
        return open["id"]?.stringValue == asked && open["answers"]?.numberValue == 0
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

extension LearnerHistory: Codable {
    // The fold as a checkpoint's payload (`CompactEncoder`). Written by hand, as few types
    // need: the skipped lines and the grades are tuples (not `Codable`), `sessionSet` is
    // derived from `sessions`, and the state and the dialogue go in as JSON, because their
    // decoders are lenient (a field an older log lacks takes its default), which a
    // positional form cannot serve. They are small; what grows with the log is not JSON.
    private enum CodingKeys: CodingKey {
        case state, lastDialogue, events, sessions, lastSeq, skipped, grades, lines, recordingSession
    }
    private struct Skipped: Codable {
        var line: Int
        var reason: String
    }
    private struct Graded: Codable {
        var time: String
        var question: String
        var verdict: String
    }

    public func encode(to encoder: any Encoder) throws {
        let json = JSONEncoder()
        json.outputFormatting = .sortedKeys
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(String(decoding: try json.encode(state), as: UTF8.self), forKey: .state)
        try c.encodeIfPresent(
            try lastDialogue.map { String(decoding: try json.encode($0), as: UTF8.self) }, forKey: .lastDialogue)
        try c.encode(events, forKey: .events)
        try c.encode(sessions, forKey: .sessions)
        try c.encode(lastSeq, forKey: .lastSeq)
        try c.encode(skipped.map { Skipped(line: $0.line, reason: $0.reason) }, forKey: .skipped)
        try c.encode(grades.map { Graded(time: $0.time, question: $0.question, verdict: $0.verdict) }, forKey: .grades)
        try c.encode(lines, forKey: .lines)
        try c.encodeIfPresent(recordingSession, forKey: .recordingSession)
    }

    public init(from decoder: any Decoder) throws {
        let json = JSONDecoder()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(state: try json.decode(TutorState.self, from: Data(try c.decode(String.self, forKey: .state).utf8)))
        if let text = try c.decodeIfPresent(String.self, forKey: .lastDialogue) {
            lastDialogue = try json.decode(DialogueSnapshot.self, from: Data(text.utf8))
        }
        events = try c.decode(Int.self, forKey: .events)
        sessions = try c.decode([String].self, forKey: .sessions)
        sessionSet = Set(sessions)
        lastSeq = try c.decode(Int.self, forKey: .lastSeq)
        skipped = try c.decode([Skipped].self, forKey: .skipped).map { ($0.line, $0.reason) }
        grades = try c.decode([Graded].self, forKey: .grades).map { ($0.time, $0.question, $0.verdict) }
        lines = try c.decode(Int.self, forKey: .lines)
        recordingSession = try c.decodeIfPresent(String.self, forKey: .recordingSession)
    }
}
