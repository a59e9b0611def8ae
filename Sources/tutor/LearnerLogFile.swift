import Foundation
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// A learner's session log on disk: JSON Lines, appended with one `write` per event under
/// an exclusive lock, and synced before the reply is shown. Nothing is ever rewritten.
final class LearnerLogFile {
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

    /// Opens (creating, 0600) for appending; false, with a warning, if it cannot.
    func open() -> Bool {
        let dir = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            warn("dir", "cannot create \(dir): \(Self.reason(error)); this session is not being saved")
            return false
        }
        fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 {
            warn(
                "open",
                "cannot open the session log \(path): \(String(cString: strerror(errno))); this session is not being saved"
            )
            return false
        }
        return true
    }

    /// The whole log as lines; empty when there is none yet.
    func readLines() throws -> [Substring] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("tutor: error: cannot read the session log \(path)")
        }
        let text = String(decoding: data, as: UTF8.self)
        return Self.lines(of: text)
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
        var (seq, endsWithNewline) = tail()
        for var event in events {
            seq += 1
            event.seq = seq
            var line = event.line + "\n"
            // A torn last line (a crash mid-write) stays on its own line, to be skipped.
            if !endsWithNewline {
                line = "\n" + line
                endsWithNewline = true
            }
            let ok = line.utf8CString.withUnsafeBufferPointer { buf -> Bool in
                let bytes = buf.count - 1
                return Glibc.write(fd, buf.baseAddress, bytes) == bytes
            }
            if !ok {
                warn(
                    "write",
                    "could not save to the session log \(path): \(String(cString: strerror(errno))); the tutor goes on")
                return false
            }
        }
        if fsync(fd) != 0 && errno != EINVAL {
            warn("sync", "could not flush the session log \(path): \(String(cString: strerror(errno)))")
            return false
        }
        return true
    }

    /// The last sequence number in the file, and whether it ends with a newline.
    private func tail() -> (Int, Bool) {
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return (0, true) }
        let size = Int(st.st_size)
        let length = min(size, 65536)
        let rfd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard rfd >= 0 else { return (0, true) }
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
