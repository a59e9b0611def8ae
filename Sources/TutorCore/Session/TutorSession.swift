/// Where a session's events go: the learner's log file (the command line's `LearnerLogFile`)
/// or memory (`MemoryLogSink`: transcript replays and tests).
public protocol SessionLogSink: AnyObject {
    /// Appends events, numbering them after the log's last sequence number. Returns false
    /// when they could not be kept (the session goes on).
    @discardableResult func append(_ events: [SessionEvent]) -> Bool
}

/// A log kept in memory, as the lines a file would hold.
public final class MemoryLogSink: SessionLogSink {
    public private(set) var lines: [String]
    private var seq: Int

    /// A log that already holds `lines` (numbered up to `lastSeq`).
    public init(lines: [String] = [], lastSeq: Int = 0) {
        self.lines = lines
        seq = lastSeq
    }

    @discardableResult public func append(_ events: [SessionEvent]) -> Bool {
        for var event in events {
            seq += 1
            event.seq = seq
            lines.append(event.line)
        }
        return true
    }
}

/// One learner's session, the same for every front end (the REPL, `chat --format jsonl`,
/// `lesson run`, `exam` and `tutor replay`): resume the state from the fold of the log,
/// take turns, and hand every turn's events to the log before the reply is returned.
public final class TutorSession {
    public let tutor: Tutor
    public let learner: String
    /// The state between turns (a front end may start an exam set on it directly).
    public var state: TutorState
    /// Said once when the session starts (for example, the question left open last time).
    public let welcome: String?
    private let recorder: SessionRecorder
    private let sink: SessionLogSink?
    private let now: () -> String

    /// Starts a session of `learner` resumed from `history` (the fold of their log, nil for
    /// none) and writes its start to `sink` (`resumed`: whether there was a log). `now`
    /// gives each turn's ISO-8601 time.
    public init(
        tutor: Tutor, learner: String, session: String, seed: UInt64, history: LearnerHistory?, resumed: Bool,
        sink: SessionLogSink?, now: @escaping () -> String
    ) {
        self.tutor = tutor
        self.learner = learner
        self.sink = sink
        self.now = now
        recorder = SessionRecorder(learner: learner, session: session)
        state = Self.resume(history, seed: seed, tutor: tutor)
        welcome = tutor.welcome(state)
        sink?.append([recorder.sessionStart(seed: seed, resumed: resumed, time: now())])
    }

    /// The state a session starts from: the fold's, less what the tutor no longer has (a
    /// question or lesson edited away since the log was written).
    public static func resume(_ history: LearnerHistory?, seed: UInt64, tutor: Tutor) -> TutorState {
        guard let history else { return TutorState(seed: seed) }
        var state = history.resumedState(seed: seed)
        if let open = state.open, tutor.question(open.id) == nil {
            state.open = nil  // a question the knowledge base no longer has
        }
        if let progress = state.lesson, tutor.lesson(named: progress.lesson) == nil {
            state.lesson = nil  // a lesson that is no longer there
        }
        if let waiting = state.lesson?.waiting, state.open?.id != waiting {
            state.lesson = nil  // its question was edited away
        }
        return state
    }

    /// Takes one turn; its events are in the log before this returns.
    public func turn(_ line: String) -> TurnResult {
        let time = now()
        var result = tutor.respond(to: line, state: &state, now: time)
        guard let sink else { return unsaved(result) }
        sink.append(recorder.events(for: result, state: state, time: time))
        return result
    }

    /// A turn of a session with no log: a goodbye does not promise that the progress is
    /// saved or that the open question will wait.
    private func unsaved(_ result: TurnResult) -> TurnResult {
        guard result.moves.contains(where: { if case .farewell = $0 { true } else { false } }) else { return result }
        var result = result
        result.moves = result.moves.map { move in
            guard case .farewell(var summary) = move else { return move }
            summary.saved = false
            return .farewell(summary)
        }
        result.reply = TurnRenderer(tutor: tutor).reply(result.moves, then: result.lessonMoves)
        return result
    }

    /// Ends the session in the log.
    public func end() {
        sink?.append([recorder.sessionEnd(turns: state.turn, time: now())])
    }
}
