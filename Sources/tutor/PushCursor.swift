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

    /// The largest cursor read (ids of some million statements).
    static let maxSize = 1 << 28

    /// The ids `lrs` has accepted. A line that cannot be read (a torn write, damage) is
    /// skipped with one warning naming the file and line; it only means its statements
    /// are offered again, and a store recognises their ids.
    func accepted(by lrs: String) throws -> Set<String> {
        let bytes: [UInt8]?
        do {
            bytes = try OwnFile.read(path, limit: Self.maxSize)
        } catch {
            throw CLIError("tutor: error: cannot read the push record: \(error.description)")
        }
        guard let bytes else { return [] }
        var ids: Set<String> = []
        let lines = bytes.split(separator: 10, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where !line.isEmpty {
            let value: JSON
            do {
                value = try JSON.parse(bytes: Array(line))
            } catch {
                Terminal.error("tutor: warning: \(path):\(number + 1): skipped an unreadable line (\(error))")
                continue
            }
            guard value["lrs"]?.stringValue == lrs else { continue }
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
        let fd: Int32
        do {
            fd = try OwnFile.openForAppend(path)
        } catch {
            throw CLIError("tutor: error: cannot write the push record: \(error.description)")
        }
        defer { close(fd) }
        // A partial line from an earlier crash must not swallow this one.
        var prefix = ""
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0, let (rfd, _) = try? OwnFile.openForReading(path, limit: Int.max) {
            var last: UInt8 = 0
            if pread(rfd, &last, 1, off_t(st.st_size - 1)) == 1, last != 10 { prefix = "\n" }
            close(rfd)
        }
        if let why = OwnFile.writeAll(fd, Array((prefix + line).utf8)) {
            throw CLIError("tutor: error: cannot write \(path): \(why)")
        }
        guard fsync(fd) == 0 || errno == EINVAL else {
            throw CLIError("tutor: error: cannot write \(path): \(OwnFile.describe(errno))")
        }
    }
}
