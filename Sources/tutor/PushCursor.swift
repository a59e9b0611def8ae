import Foundation
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// Which statements a record store has accepted, kept beside the learner's log
/// (`learners/NAME.pushed`, 0600): one JSON line per accepted batch,
/// `{"lrs": "<statements URL>", "ts": "<time>", "ids": [...]}`. Appended after each batch the
/// store accepts and synced, so a push that fails half-way resumes after the last accepted
/// batch and sends nothing twice; statement ids are deterministic, so even a lost cursor
/// only re-sends statements a conforming store recognises.
struct PushCursor {
    let path: String

    /// `learners/NAME.pushed` in the state folder.
    static func path(stateDir: String, learner: String) -> String {
        stateDir + "/learners/" + learner + ".pushed"
    }

    /// The ids `lrs` has accepted; unreadable lines (a torn last write) are ignored.
    func accepted(by lrs: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var ids: Set<String> = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let value = try? JSON.parse(String(line)), value["lrs"]?.stringValue == lrs else { continue }
            for id in value["ids"]?.arrayValue ?? [] {
                if let s = id.stringValue { ids.insert(s) }
            }
        }
        return ids
    }

    /// Records that `lrs` accepted `ids`; throws when the record cannot be written.
    func record(_ ids: [String], lrs: String, time: String) throws {
        let line =
            JSON.object([("lrs", .string(lrs)), ("ts", .string(time)), ("ids", .array(ids.map(JSON.string)))])
            .serialized() + "\n"
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CLIError("tutor: error: cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        // A partial line from an earlier crash must not swallow this one.
        var prefix = ""
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 {
            var last: UInt8 = 0
            let rfd = open(path, O_RDONLY | O_CLOEXEC)
            if rfd >= 0 {
                if pread(rfd, &last, 1, off_t(st.st_size - 1)) == 1, last != 10 { prefix = "\n" }
                close(rfd)
            }
        }
        let bytes = Array((prefix + line).utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(fd) == 0 || errno == EINVAL else {
            throw CLIError("tutor: error: cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
