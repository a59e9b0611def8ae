import Foundation
import TutorCore

/// The command line's side of a learner's session: the log file (resumed through its
/// checkpoint, written before each reply is shown), warnings, and `:record`. The session
/// itself (resume, turns, events) is the core's `TutorSession`.
final class SessionRunner {
    let session: TutorSession
    let clock: Clock
    let seed: UInt64
    private let log: LearnerLogFile?
    private var recording: (path: String, lines: [String])?

    var tutor: Tutor { session.tutor }
    var learner: String { session.learner }
    var welcomeBack: String? { session.welcome }
    var state: TutorState {
        get { session.state }
        set { session.state = newValue }
    }

    init(tutor: Tutor, session options: SessionOptions, logging: Bool = true) throws {
        clock = try options.resolvedClock()
        let learner = try options.resolvedLearner()
        let seed = try options.resolvedSeed()
        self.seed = seed
        var rng = SeededRandom(seed: seed)
        let sessionID =
            Clock.format(clock.now()).replacingOccurrences(of: ":", with: "") + "-"
            + String(rng.next() % 0x1_0000_0000, radix: 16)
        let clock = self.clock
        guard logging else {
            log = nil
            session = TutorSession(
                tutor: tutor, learner: learner, session: sessionID, seed: seed, history: nil, resumed: false, sink: nil,
                now: { clock.iso() })
            return
        }
        let file = LearnerLogFile(path: LearnerLogFile.path(stateDir: options.resolvedStateDir(), learner: learner))
        let resumed: LearnerLogFile.Resumed
        do {
            resumed = try file.resume(seed: seed)
        } catch let error as LogError {
            throw CLIError("tutor: error: \(file.path): \(error.description)")
        }
        for skipped in resumed.history.skipped {
            Terminal.error(
                "tutor: warning: \(file.path):\(skipped.line): skipped an unreadable log line (\(skipped.reason))")
        }
        log = file.open() ? file : nil
        checkpoint = resumed.checkpoint
        // A long stretch folded now is saved at once, in case this session ends in a crash.
        if log != nil && resumed.foldedLines >= Self.checkpointEvery { file.save(resumed.checkpoint) }
        session = TutorSession(
            tutor: tutor, learner: learner, session: sessionID, seed: seed, history: resumed.history,
            resumed: resumed.hadLog, sink: log, now: { clock.iso() })
    }

    /// The fold of the log's whole lines when the session started, to continue at its end.
    private var checkpoint: LearnerCheckpoint?
    /// Lines folded at start above which the checkpoint is saved at once.
    static let checkpointEvery = 1000

    /// Takes one turn; the events are on disk before this returns.
    func turn(_ line: String) -> TurnResult {
        let result = session.turn(line)
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
    func startRecording(to path: String) {
        recording = (path, [])
        saveRecording()
    }

    private func saveRecording() {
        guard let recording else { return }
        let header = "```transcript seed=\(seed) learner=\(learner) clock=\(clock.iso())"
        var text = "# Recorded session\n\n" + header + "\n"
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
        session.end()
        // The next start folds only what comes after this.
        if let log, let checkpoint, let resumed = try? log.resume(seed: seed, from: checkpoint) {
            log.save(resumed.checkpoint)
        }
    }
}
