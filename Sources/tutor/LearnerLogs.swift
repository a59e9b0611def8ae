import Foundation
import TutorCore

/// Reading learners' session logs for reports and exports (never for writing: that is
/// `LearnerLogFile`'s). Unreadable lines are skipped with one warning each; a log from a
/// newer schema is refused.
enum LearnerLogs {
    /// The lines of the log at `path`, or nil when there is no such file.
    static func lines(at path: String) throws -> [Substring]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try LearnerLogFile(path: path).readLines()
    }

    /// The fold of the log at `path`, or nil when there is no such file.
    static func history(at path: String) throws -> LearnerHistory? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            // From the checkpoint beside the log when it fits (see `LearnerCheckpoint`).
            let history = try LearnerLogFile(path: path).resume(seed: 0).history
            warn(path, history.skipped)
            return history
        } catch let error as LogError {
            throw CLIError("tutor: error: \(path): \(error.description)")
        }
    }

    /// The events of the log at `path`, or nil when there is no such file.
    static func events(at path: String) throws -> [SessionEvent]? {
        guard let lines = try lines(at: path) else { return nil }
        do {
            let read = try SessionEvent.events(lines: lines)
            warn(path, read.skipped)
            return read.events
        } catch let error as LogError {
            throw CLIError("tutor: error: \(path): \(error.description)")
        }
    }

    /// The learner's log in the state folder, or an error naming where it was looked for.
    static func requirePath(_ session: some LearnerLocating) throws -> (learner: String, path: String) {
        let learner = try session.resolvedLearner()
        let stateDir = session.resolvedStateDir()
        try StateDirectory.check(stateDir)
        let path = LearnerLogFile.path(stateDir: stateDir, learner: learner)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("tutor: error: no session log for learner '\(learner)' (looked for \(path))")
        }
        return (learner, path)
    }

    private static func warn(_ path: String, _ skipped: [(line: Int, reason: String)]) {
        for s in skipped {
            Terminal.error("tutor: warning: \(path):\(s.line): skipped an unreadable log line (\(s.reason))")
        }
    }
}
