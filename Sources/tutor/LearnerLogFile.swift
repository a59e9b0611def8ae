import Foundation
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// A learner's session log on disk: JSON Lines, appended with one `write` per event under
/// an exclusive lock, and synced before the reply is shown. Nothing is ever rewritten.
final class LearnerLogFile: SessionLogSink {
    let path: String
    private var fd: Int32 = -1
    private var warned: Set<String> = []

    /// `learners/NAME.jsonl` in the state folder; the folders are created 0700.
    static func path(stateDir: String, learner: String) -> String {
        stateDir + "/learners/" + learner + ".jsonl"
    }

    init(path: String) {
        self.path = path
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// The largest log the tutor reads (a year of daily sessions is a few MB).
    static let maxSize = 1 << 30

    /// Opens (creating, 0600) for appending; false, with a warning, if it cannot.
    func open() -> Bool {
        let dir = (path as NSString).deletingLastPathComponent
        do {
            try OwnFile.prepareDirectory(dir, what: "the learners folder")
        } catch {
            warn("dir", "\(error.description); this session is not being saved")
            return false
        }
        do {
            fd = try OwnFile.openForAppend(path)
        } catch {
            warn("open", "the session log: \(error.description); this session is not being saved")
            return false
        }
        return true
    }

    /// Opens the log for reading (see `OwnFile`); nil when there is none yet.
    func openForReading() throws -> (fd: Int32, size: Int)? {
        do {
            return try OwnFile.openForReading(path, limit: Self.maxSize)
        } catch {
            throw CLIError("tutor: error: cannot read the session log: \(error.description)")
        }
    }

    /// The whole log as lines; empty when there is none yet.
    func readLines() throws -> [Substring] {
        guard let (rfd, size) = try openForReading() else { return [] }
        defer { close(rfd) }
        let bytes = CacheFile.read(fd: rfd, at: 0, count: size)
        return Self.lines(of: String(decoding: bytes, as: UTF8.self))
    }

    /// The learner's state from the log: the fold of the whole log (`history`), and the fold
    /// of its whole lines as a checkpoint to save. A checkpoint beside the log that fits it
    /// is used, so only the lines written after it are read and folded.
    struct Resumed {
        var history: LearnerHistory
        var checkpoint: LearnerCheckpoint
        /// Whether the log had anything in it.
        var hadLog: Bool
        /// How many lines were folded now (not taken from a checkpoint).
        var foldedLines: Int
    }

    func resume(seed: UInt64, from known: LearnerCheckpoint? = nil) throws -> Resumed {
        let empty = LearnerHistory(state: TutorState(seed: seed))
        guard let (rfd, size) = try openForReading() else {
            return Resumed(
                history: empty, checkpoint: LearnerCheckpoint(history: empty, covered: 0), hadLog: false,
                foldedLines: 0)
        }
        defer { close(rfd) }
        let start =
            known.flatMap { $0.covered <= size ? $0 : nil }
            ?? LearnerCheckpoint.read(logPath: path, fd: rfd, size: size)
        let from = start?.covered ?? 0
        let bytes = CacheFile.read(fd: rfd, at: from, count: size - from)
        // Whole lines go into the checkpoint; a last line without its newline (being written
        // by another tutor, or torn by a crash) is folded but not checkpointed.
        let whole = (bytes.lastIndex(of: 10)).map { $0 + 1 } ?? 0
        let wholeLines = whole == 0 ? [] : Self.lines(of: String(decoding: bytes[..<whole], as: UTF8.self))
        let folded = try LearnerHistory.fold(lines: wholeLines, seed: seed, continuing: start?.history)
        var checkpoint = LearnerCheckpoint(history: folded, covered: from + whole)
        // A CR before a newline changes how the whole log is cut into lines: no checkpoint then.
        if bytes[..<whole].contains(13) { checkpoint = start ?? LearnerCheckpoint(history: empty, covered: 0) }
        var history = folded
        if whole < bytes.count {
            let rest = Self.lines(of: String(decoding: bytes[whole...], as: UTF8.self))
            history = try LearnerHistory.fold(lines: rest, seed: seed, continuing: folded)
        }
        return Resumed(history: history, checkpoint: checkpoint, hadLog: size > 0, foldedLines: wholeLines.count)
    }

    /// Saves `checkpoint` beside the log (best effort: a checkpoint is only a cache).
    func save(_ checkpoint: LearnerCheckpoint) {
        guard checkpoint.covered > 0, let (rfd, _) = try? openForReading() else { return }
        defer { close(rfd) }
        checkpoint.write(logPath: path, fd: rfd)
    }

    /// `text` cut at each newline, less the empty piece after a final newline. Cut on bytes,
    /// which is the same as cutting on characters unless a CR precedes a newline (one
    /// character then, so such text is left to the character split, as before).
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        let newlines: [Int]? =
            utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
                var offsets: [Int] = []
                for (offset, byte) in bytes.enumerated() where byte == 10 {
                    if offset > 0 && bytes[offset - 1] == 13 { return nil }
                    offsets.append(offset)
                }
                return offsets
            } ?? nil
        guard let newlines else {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .dropLast(text.hasSuffix("\n") ? 1 : 0).map { $0 }
        }
        var lines: [Substring] = []
        lines.reserveCapacity(newlines.count + 1)
        var start = utf8.startIndex
        for offset in newlines {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start...])
        if utf8.last == 10 { lines.removeLast() }
        return lines
    }

    /// Appends events, numbering them after the last sequence number in the file. Returns
    /// false (after one warning) when the disk refuses; the tutor goes on.
    @discardableResult
    func append(_ events: [SessionEvent]) -> Bool {
        guard fd >= 0, !events.isEmpty else { return false }
        if flock(fd, LOCK_EX) != 0 { return false }
        defer { flock(fd, LOCK_UN) }
        var (seq, endsWithNewline) =
            lastAppend.flatMap { last in size() == last.size ? (last.seq, true) : nil } ?? tail()
        lastAppend = nil
        for var event in events {
            seq += 1
            event.seq = seq
            var line = event.line + "\n"
            // A torn last line (a crash mid-write) stays on its own line, to be skipped.
            if !endsWithNewline {
                line = "\n" + line
                endsWithNewline = true
            }
            // One write a line (O_APPEND keeps concurrent lines whole); a short one is finished,
            // and its cause (a full disk) named, not an unrelated earlier errno.
            if let why = OwnFile.writeAll(fd, Array(line.utf8)) {
                warn("write", "could not save to the session log \(path): \(why); the tutor goes on")
                return false
            }
        }
        if fsync(fd) != 0 && errno != EINVAL {
            warn("sync", "could not flush the session log \(path): \(OwnFile.describe(errno))")
            return false
        }
        lastAppend = size().map { (size: $0, seq: seq) }
        return true
    }

    /// Where this tutor's last append left the file: while the file still has that size,
    /// nobody else has written to it, and the next sequence number follows without reading it.
    private var lastAppend: (size: Int, seq: Int)?

    private func size() -> Int? {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : nil
    }

    /// The last sequence number in the file, and whether it ends with a newline.
    private func tail() -> (Int, Bool) {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return (0, true) }
        let size = Int(st.st_size)
        let length = min(size, 65536)
        guard let (rfd, _) = try? OwnFile.openForReading(path, limit: Int.max) else { return (0, true) }
        defer { close(rfd) }
        var buffer = [UInt8](repeating: 0, count: length)
        let n = buffer.withUnsafeMutableBytes { pread(rfd, $0.baseAddress, length, off_t(size - length)) }
        guard n > 0 else { return (0, true) }
        let bytes = buffer[0..<n]
        let endsWithNewline = bytes.last == 10
        for line in bytes.split(separator: 10).reversed() {
            if let event = try? SessionEvent.parse(String(decoding: line, as: UTF8.self)) {
                return (event.seq, endsWithNewline)
            }
        }
        return (0, endsWithNewline)
    }

    private func warn(_ key: String, _ message: String) {
        guard warned.insert(key).inserted else { return }
        Terminal.error("tutor: warning: " + message)
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
