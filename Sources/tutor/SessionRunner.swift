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
    /// The learner's log as it was when the session began, which a recording must carry
    /// (nil when the learner had no log).
    private var priorLog: [String]?
    /// The learner's log when they had one at the start.
    private var priorLogFile: LearnerLogFile?
    /// The transcripts this session created (which it may write again).
    private var transcripts: Set<String> = []
    /// This learner's session lock, held until the runner goes.
    private var lock: SessionLock?

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
        let stateDir = options.resolvedStateDir()
        try StateDirectory.check(stateDir)
        lock = try SessionLock.acquire(stateDir: stateDir, learner: learner)
        let file = LearnerLogFile(path: LearnerLogFile.path(stateDir: stateDir, learner: learner))
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
        if resumed.hadLog { priorLogFile = file }
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

    /// Records from now on as a transcript block that `tutor replay` can check: into a new
    /// file (0600), never over an existing one, unless it is the transcript this session is
    /// already writing. A learner who already had a log resumed from it, so the transcript
    /// carries that log (a `transcript-log` block the replayer folds first); if it cannot be
    /// read, nothing is recorded, since a transcript without it would not replay. Returns
    /// what happened, to be said to the learner.
    @discardableResult
    func startRecording(to path: String) -> String {
        if recording?.path == path {
            return "Already recording this session to \(path)."
        }
        if let priorLogFile, priorLog == nil {
            do {
                priorLog = try priorLogFile.readLines().map(String.init).filter { !$0.isEmpty }
            } catch {
                return
                    "Not recording: \(learner)'s session log could not be read (\(error)), and a transcript without the state it resumed from would not replay."
            }
        }
        do {
            // A transcript this session wrote may be started again; any other file is not touched.
            if transcripts.contains(path) {
                try OwnFile.replace(path, bytes: Array(transcript(lines: []).utf8))
            } else {
                try OwnFile.createNew(path, bytes: Array(transcript(lines: []).utf8))
            }
        } catch {
            let why =
                error.code == EEXIST
                ? "\(path) already exists, and a session is recorded only into a new file; give a new file name"
                : error.description
            return "Not recording: \(why)."
        }
        recording = (path, [])
        let again = !transcripts.insert(path).inserted
        return "Recording this session to \(path) "
            + (again ? "again (its own transcript, readable only by you)." : "(a new file, readable only by you).")
    }

    private func transcript(lines: [String]) -> String {
        let header = "```transcript seed=\(seed) learner=\(learner) clock=\(clock.iso())"
        var text = "# Recorded session\n\n"
        if let priorLog, !priorLog.isEmpty {
            text += "This session resumed \(learner)'s session log. The `transcript-log` block is that log as it was,\n"
            text += "so `tutor replay` resumes from the same state.\n\n"
            text += "```transcript-log learner=\(learner)\n" + priorLog.map { $0 + "\n" }.joined() + "```\n\n"
        }
        text += header + "\n"
        if let welcomeBack { text += welcomeBack + "\n" }
        return text + lines.map { $0 + "\n" }.joined() + "```\n"
    }

    /// Rewrites the transcript this session created: a new file renamed over it, so a link
    /// put in its place is replaced, never followed.
    private func saveRecording() {
        guard let recording else { return }
        do {
            try OwnFile.replace(recording.path, bytes: Array(transcript(lines: recording.lines).utf8))
        } catch {
            Terminal.error("tutor: warning: cannot write the transcript: \(error.description)")
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
