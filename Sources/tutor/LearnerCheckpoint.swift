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
/// Checkpoints are written whole to a temporary name and renamed (0600), never synced:
/// one lost in a crash is only a slower next start.
struct LearnerCheckpoint {
    static let magic: [UInt8] = Array("TUTORCP1".utf8)
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
        func read(at offset: Int, count: Int) -> [UInt8]? {
            var buffer = [UInt8](repeating: 0, count: count)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
            return n == count ? buffer : nil
        }
        let n = min(window, length)
        guard let head = read(at: 0, count: n), let tail = read(at: length - n, count: n), tail.last == 10 else {
            return nil
        }
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
        let path = path(forLog: logPath)
        guard let data = FileManager.default.contents(atPath: path), data.count >= 56 else { return nil }
        let bytes = [UInt8](data)
        return bytes.withUnsafeBufferPointer { buffer -> LearnerCheckpoint? in
            var r = BinaryReader(buffer)
            guard let head = try? r.raw(8), Array(head) == magic, let storedKey = try? r.fixed64(), storedKey == key,
                let covered = try? r.fixed64(), covered <= UInt64(size), let headHash = try? r.fixed64(),
                let tailHash = try? r.fixed64(), let length = try? r.fixed64(), length == UInt64(bytes.count - 56),
                let checksum = try? r.fixed64()
            else { return nil }
            let payload = UnsafeBufferPointer(rebasing: buffer[56...])
            var h = FNV1a()
            h.add(payload)
            guard h.value == checksum,
                let print = fingerprint(fd: fd, length: Int(covered)), print.head == headHash, print.tail == tailHash
            else { return nil }
            var body = BinaryReader(payload)
            guard let history = try? body.get(LearnerHistory.self), body.isAtEnd else { return nil }
            return LearnerCheckpoint(history: history, covered: Int(covered))
        }
    }

    /// Saves this checkpoint for the log open as `fd`; false if it could not be.
    @discardableResult
    func write(logPath: String, fd: Int32) -> Bool {
        guard let key = Self.key(), let print = Self.fingerprint(fd: fd, length: covered) else { return false }
        var payload = BinaryWriter()
        payload.put(history)
        var w = BinaryWriter(capacity: payload.bytes.count + 56)
        w.putRaw(Self.magic)
        w.putFixed64(key)
        w.putFixed64(UInt64(covered))
        w.putFixed64(print.head)
        w.putFixed64(print.tail)
        w.putFixed64(UInt64(payload.bytes.count))
        w.putFixed64(FNV1a.hash(payload.bytes))
        w.putRaw(payload.bytes)
        let path = Self.path(forLog: logPath)
        let temp = path + ".\(getpid()).tmp"
        let out = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard out >= 0 else { return false }
        let ok = w.bytes.withUnsafeBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(out, buffer.baseAddress! + done, buffer.count - done)
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        close(out)
        guard ok, rename(temp, path) == 0 else {
            unlink(temp)
            return false
        }
        return true
    }
}
