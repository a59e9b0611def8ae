import Foundation
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// A learner's folded log, saved beside it (`learners/NAME.checkpoint`), so a long history
/// resumes by folding only the lines written since.
///
/// The log stays the only record: a checkpoint is a cache of the fold of the log's first
/// `covered` bytes (always whole lines). It is used only when the log still starts with
/// those bytes (same length or longer, the same first and last 4 KiB of them, a newline at
/// the end of them) and it was written by this very executable (another build may fold
/// differently); any doubt and the whole log is folded again, as without a checkpoint.
/// The log is append-only, so a log that passes these checks has the folded prefix.
/// Checkpoints are framed and written as `CacheFile` says.
struct LearnerCheckpoint {
    /// The format's version is the magic's last character (2: `CompactEncoder`'s form; 3:
    /// `CacheHash` checksums).
    static let magic: [UInt8] = Array("TUTORCP3".utf8)
    static let window = 4096

    var history: LearnerHistory
    /// The bytes of the log that `history` folds.
    var covered: Int

    /// `learners/NAME.checkpoint` for `learners/NAME.jsonl`.
    static func path(forLog log: String) -> String {
        (log.hasSuffix(".jsonl") ? String(log.dropLast(6)) : log) + ".checkpoint"
    }

    /// Hashes of the first and the last `window` bytes of `fd`'s first `length` bytes, and
    /// whether they end with a newline; nil if they cannot be read.
    static func fingerprint(fd: Int32, length: Int) -> (head: UInt64, tail: UInt64)? {
        guard length > 0 else { return (FNV1a.hash([]), FNV1a.hash([])) }
        let n = min(window, length)
        let head = CacheFile.read(fd: fd, at: 0, count: n)
        let tail = CacheFile.read(fd: fd, at: length - n, count: n)
        guard head.count == n, tail.count == n, tail.last == 10 else { return nil }
        return (FNV1a.hash(head), FNV1a.hash(tail))
    }

    /// What a checkpoint's key covers besides the log: this executable.
    static func key() -> UInt64? {
        guard let exe = KnowledgeCache.executableIdentity() else { return nil }
        var h = FNV1a()
        h.add("tutor log checkpoint")
        h.add(TutorCommand.version)
        h.add(exe)
        return h.value
    }

    /// The checkpoint for the log open as `fd` (of `size` bytes), or nil when there is none
    /// or it does not fit the log.
    static func read(logPath: String, fd: Int32, size: Int) -> LearnerCheckpoint? {
        guard let key = key() else { return nil }
        // Header: the key, the bytes covered, and the hashes of their first and last window.
        return CacheFile.read(path(forLog: logPath), magic: magic, headerWords: 4) { header, payload, _ in
            let covered = header[1]
            guard header[0] == key, covered <= UInt64(size),
                let print = fingerprint(fd: fd, length: Int(covered)), print.head == header[2],
                print.tail == header[3],
                let history = try? CompactDecoder().decode(LearnerHistory.self, from: payload)
            else { return nil }
            return LearnerCheckpoint(history: history, covered: Int(covered))
        }
    }

    /// Saves this checkpoint for the log open as `fd`; false if it could not be.
    @discardableResult
    func write(logPath: String, fd: Int32) -> Bool {
        guard let key = Self.key(), let print = Self.fingerprint(fd: fd, length: covered),
            let payload = try? CompactEncoder().encode(history)
        else { return false }
        let header = [key, UInt64(covered), print.head, print.tail]
        return CacheFile.write(
            CacheFile.frame(magic: Self.magic, header: header, payload: payload), to: Self.path(forLog: logPath))
    }
}
