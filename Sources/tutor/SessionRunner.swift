import Foundation
import TutorCore

/// One learner's session: resumes their state from the log, takes turns, and writes every
/// turn's events to the log before the reply is shown.
final class SessionRunner {
    let tutor: Tutor
    let clock: Clock
    let learner: String
    var state: TutorState
    private let log: LearnerLogFile?
    private let recorder: SessionRecorder
    /// Said once when the session starts (for example, the question left open last time).
    private(set) var welcomeBack: String?
    let seed: UInt64
    private var recording: (path: String, lines: [String], priorLog: [String])?
    /// The learner's log when they had one at the start, which a recording must carry.
    private var priorLogFile: LearnerLogFile?

    init(tutor: Tutor, session: SessionOptions, logging: Bool = true) throws {
        self.tutor = tutor
        clock = try session.resolvedClock()
        learner = try session.resolvedLearner()
        let seed = try session.resolvedSeed()
        self.seed = seed
        var rng = SeededRandom(seed: seed)
        let sessionID =
            Clock.format(clock.now()).replacingOccurrences(of: ":", with: "") + "-"
            + String(rng.next() % 0x1_0000_0000, radix: 16)
        recorder = SessionRecorder(learner: learner, session: sessionID)
        state = TutorState(seed: seed)
        guard logging else {
            log = nil
            return
        }
        let stateDir = session.resolvedStateDir()
        let file = LearnerLogFile(path: LearnerLogFile.path(stateDir: stateDir, learner: learner))
        let resumed: LearnerLogFile.Resumed
        do {
            resumed = try file.resume(seed: seed)
            let history = resumed.history
            for skipped in history.skipped {
                Terminal.error(
                    "tutor: warning: \(file.path):\(skipped.line): skipped an unreadable log line (\(skipped.reason))")
            }
            state = history.resumedState(seed: seed)
            if let open = state.open, tutor.question(open.id) == nil {
                state.open = nil  // a question the knowledge base no longer has
            }
            if let progress = state.lesson, tutor.lesson(named: progress.lesson) == nil {
                state.lesson = nil  // a lesson that is no longer there
            }
            if let waiting = state.lesson?.waiting, state.open?.id != waiting {
                state.lesson = nil  // its question was edited away
            }
            welcomeBack = tutor.welcome(state)
        } catch let error as LogError {
            throw CLIError("tutor: error: \(file.path): \(error.description)")
        }
        log = file.open() ? file : nil
        if resumed.hadLog { priorLogFile = file }
        checkpoint = resumed.checkpoint
        // A long stretch folded now is saved at once, in case this session ends in a crash.
        if log != nil && resumed.foldedLines >= Self.checkpointEvery { file.save(resumed.checkpoint) }
        log?.append([
            recorder.event(
                .sessionStart, time: clock.iso(),
                [("seed", .number(Double(seed))), ("resumed", .bool(resumed.hadLog))])
        ])
    }

    /// The fold of the log's whole lines when the session started, to continue at its end.
    private var checkpoint: LearnerCheckpoint?
    /// Lines folded at start above which the checkpoint is saved at once.
    static let checkpointEvery = 1000

    /// Takes one turn; the events are on disk before this returns.
    func turn(_ line: String) -> TurnResult {
        let now = clock.iso()
        let result = tutor.respond(to: line, state: &state, now: now)
        log?.append(recorder.events(for: result, state: state, time: now))
        if recording != nil && result.command == nil {
            recording!.lines.append("> " + TextCleaner.clean(line, limit: 2000))
            recording!.lines += result.reply.components(separatedBy: "\n").filter {
                !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
            saveRecording()
        }
        return result
    }

    /// Records from now on as a transcript block that `tutor replay` can check.
    /// A learner who already had a log resumed from it, so the transcript carries that log
    /// (a `transcript-log` block the replayer folds first); if it cannot be read, the
    /// recording is refused, since a transcript without it would not replay.
    func startRecording(to path: String) {
        var prior: [String] = []
        if let priorLogFile {
            do {
                prior = try priorLogFile.readLines().map(String.init).filter { !$0.isEmpty }
            } catch {
                Terminal.error(
                    "tutor: warning: not recording to \(path): \(learner)'s session log could not be read (\(error)), and a transcript without the state it resumed from would not replay"
                )
                return
            }
        }
        recording = (path, [], prior)
        saveRecording()
    }

    private func saveRecording() {
        guard let recording else { return }
        let header = "```transcript seed=\(seed) learner=\(learner) clock=\(clock.iso())"
        var text = "# Recorded session\n\n"
        if !recording.priorLog.isEmpty {
            text += "This session resumed \(learner)'s session log. The `transcript-log` block is that log as it was,\n"
            text += "so `tutor replay` resumes from the same state.\n\n"
            text += "```transcript-log learner=\(learner)\n" + recording.priorLog.map { $0 + "\n" }.joined() + "```\n\n"
        }
        text += header + "\n"
        if let welcomeBack { text += welcomeBack + "\n" }
        text += recording.lines.map { $0 + "\n" }.joined() + "```\n"
        do {
            try text.write(toFile: recording.path, atomically: true, encoding: .utf8)
        } catch {
            Terminal.error(
                "tutor: warning: cannot write the transcript \(recording.path): \(LearnerLogFile.reason(error))")
            self.recording = nil
        }
    }

    func end() {
        log?.append([recorder.event(.sessionEnd, time: clock.iso(), [("turns", .number(Double(state.turn)))])])
        // The next start folds only what comes after this.
        if let log, let checkpoint, let resumed = try? log.resume(seed: seed, from: checkpoint) {
            log.save(resumed.checkpoint)
        }
    }
}
