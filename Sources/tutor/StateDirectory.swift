import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The state folder (`--state-dir`, `$TUTOR_STATE_DIR`, …) and its `learners/` folder:
/// created private to the user, and refused when they exist but are not theirs alone.
enum StateDirectory {
    /// Throws when the state folder or its `learners/` folder exists but must not be used (a
    /// file, another user's, writable by others), saying how to fix it. A folder that does
    /// not exist yet is fine: it is created 0700 when first written.
    static func check(_ dir: String) throws {
        if let problem = OwnFile.problem(dir, what: "the state folder")
            ?? OwnFile.problem(dir + "/learners", what: "the learners folder")
        {
            throw CLIError("tutor: error: " + problem.description)
        }
    }

    /// Creates `dir` (0700) if needed; nil if it cannot be used (the tutor goes on without it).
    static func prepare(_ dir: String) -> String? {
        do {
            try OwnFile.prepareDirectory(dir, what: "the state folder")
            return dir
        } catch {
            Terminal.error("tutor: warning: cannot use the state folder: \(error.description)")
            return nil
        }
    }
}

/// One session at a time for each learner: a lock (`flock`) on `learners/NAME.session`,
/// held for the session's life, so two sessions never share turn numbers or overwrite each
/// other's mastery. The second is refused with a message; the lock goes with the process,
/// so a crashed session never leaves it behind.
final class SessionLock {
    private let fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    /// `learners/NAME.session` in the state folder.
    static func path(stateDir: String, learner: String) -> String {
        stateDir + "/learners/" + learner + ".session"
    }

    /// Takes the learner's lock; nil when the folder cannot be written (the session then
    /// goes on unsaved, as the log says); throws when another session holds it.
    static func acquire(stateDir: String, learner: String) throws -> SessionLock? {
        guard (try? OwnFile.prepareDirectory(stateDir + "/learners", what: "the learners folder")) != nil else {
            return nil
        }
        let path = path(stateDir: stateDir, learner: learner)
        let fd: Int32
        do {
            fd = try OwnFile.openForAppend(path)
        } catch {
            throw CLIError("tutor: error: cannot take the session lock: \(error.description)")
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            close(fd)
            throw CLIError(
                "tutor: error: learner '\(learner)' is already in a session (another tutor holds \(path));"
                    + " finish that session first, or use another --learner")
        }
        return SessionLock(fd: fd)
    }
}
