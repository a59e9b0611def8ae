import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The one way the tutor opens its own files (logs, checkpoints, caches, cursors,
/// transcripts) and the folders that hold them.
///
/// Files: never through a symbolic link (`O_NOFOLLOW`), only regular files (a FIFO or a
/// device is refused at once: opened non-blocking, so nothing hangs), their size checked
/// before they are read, new files created exclusively (`O_EXCL`) with their final mode.
/// Folders: created 0700; one that exists is used only when it is a folder, the user's own,
/// and not writable by the group or others; else the error says how to fix it.
enum OwnFile {
    /// Why a file or folder cannot be used, in words that name the cause and the fix.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        /// `errno` when the failure was the system's, for callers that treat ENOENT apart.
        var code: Int32 = 0
    }

    /// Opens `path` for reading: a regular file, not through a link (unless `followLinks`,
    /// for authored files), at most `limit` bytes. Nil when there is no such file.
    static func openForReading(_ path: String, limit: Int, followLinks: Bool = false) throws(Failure) -> (
        fd: Int32, size: Int
    )? {
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW)
        let fd = open(path, flags)
        if fd < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return nil }
            throw failure(path, code)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            close(fd)
            throw failure(path, code)
        }
        if let problem = kindProblem(st) {
            close(fd)
            throw Failure(description: "\(path) \(problem)")
        }
        let size = Int(st.st_size)
        if size > limit {
            close(fd)
            throw Failure(
                description: "\(path) is too large (\(size) bytes; at most \(limit) are read); is it the right file?")
        }
        // Back to blocking reads: the non-blocking open only kept a FIFO from hanging it.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return (fd, size)
    }

    /// The whole file at `path` (see `openForReading`); nil when there is no such file.
    static func read(_ path: String, limit: Int, followLinks: Bool = false) throws(Failure) -> [UInt8]? {
        guard let (fd, size) = try openForReading(path, limit: limit, followLinks: followLinks) else { return nil }
        defer { close(fd) }
        let bytes = CacheFile.read(fd: fd, at: 0, count: size)
        guard bytes.count == size else { throw Failure(description: "cannot read \(path): it changed while read") }
        return bytes
    }

    /// Opens `path` for appending, creating it with `mode`: a regular file of the user's,
    /// not through a link.
    static func openForAppend(_ path: String, mode: mode_t = 0o600) throws(Failure) -> Int32 {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, errno) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let code = errno
            close(fd)
            throw failure(path, code)
        }
        if let problem = kindProblem(st) ?? ownerProblem(st, path) {
            close(fd)
            throw Failure(description: "\(path) \(problem)")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// Creates `path`, which must not exist, with `mode`, and writes `bytes` to it.
    static func createNew(_ path: String, bytes: [UInt8], mode: mode_t = 0o600) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(path, errno) }
        defer { close(fd) }
        if let why = writeAll(fd, bytes) { throw Failure(description: "cannot write \(path): \(why)") }
    }

    /// Writes `bytes` as the file at `path`, atomically: a new temporary file beside it
    /// (created exclusively, with `mode`, under a name no one can guess), then renamed.
    static func replace(_ path: String, bytes: [UInt8], mode: mode_t = 0o600, sync: Bool = false) throws(Failure) {
        var random = SystemRandomNumberGenerator()
        let temp = path + ".\(getpid())-\(String(random.next() as UInt64, radix: 36)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw failure(temp, errno) }
        var why = writeAll(fd, bytes)
        if why == nil, sync, fsync(fd) != 0, errno != EINVAL { why = String(cString: strerror(errno)) }
        close(fd)
        if why == nil, rename(temp, path) != 0 { why = String(cString: strerror(errno)) }
        if let why {
            unlink(temp)
            throw Failure(description: "cannot write \(path): \(why)")
        }
    }

    /// Writes all of `bytes` to `fd`, going on after short writes; nil when done, else why
    /// not (a short write with no error is a full disk or a file size limit, said so).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { buffer -> String? in
            var done = 0
            while done < buffer.count {
                let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return describe(errno) }
                if n == 0 { return "no room left (the disk is full, or a file size limit was reached)" }
                done += n
            }
            return nil
        }
    }

    /// `strerror`, with the cause and fix for the errors a full disk gives.
    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "no space left on the device (free some space and try again)"
        case EDQUOT: return "the disk quota is used up (free some space and try again)"
        case EFBIG: return "the file is too large (a file size limit was reached)"
        default: return String(cString: strerror(code))
        }
    }

    // MARK: Folders

    /// Creates `dir` and its missing parents (each 0700), then checks it as `problem` does.
    static func prepareDirectory(_ dir: String, what: String) throws(Failure) {
        var path = dir.hasPrefix("/") ? "" : "."
        for part in dir.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + part
            if mkdir(path, 0o700) != 0, errno != EEXIST {
                let code = errno
                if code == ENOTDIR {
                    throw Failure(
                        description:
                            "cannot create \(dir): \(parentFile(of: path) ?? path) is a file, not a folder (choose another folder, or move the file)",
                        code: code)
                }
                throw Failure(description: "cannot create \(dir): \(describe(code))", code: code)
            }
        }
        if let problem = problem(dir, what: what) { throw problem }
    }

    /// Why an existing folder must not be used for the tutor's files, or nil when it may
    /// (or does not exist): it must be a folder, the user's own, and writable only by them.
    static func problem(_ dir: String, what: String) -> Failure? {
        var st = stat()
        guard stat(dir, &st) == 0 else {
            // Not there (or under a file): creating it will say why it cannot be.
            return errno == ENOENT || errno == ENOTDIR
                ? nil : Failure(description: "cannot use \(what) \(dir): \(describe(errno))")
        }
        if st.st_mode & S_IFMT != S_IFDIR {
            return Failure(
                description:
                    "\(what) \(dir) is a file, not a folder; give a folder (or move the file away)")
        }
        if st.st_uid != geteuid() {
            return Failure(
                description:
                    "\(what) \(dir) belongs to another user (uid \(st.st_uid)); use a folder of your own, or fix it with: chown \(geteuid()) \(dir)"
            )
        }
        if st.st_mode & 0o022 != 0 {
            let mode = String(st.st_mode & 0o777, radix: 8)
            return Failure(
                description:
                    "\(what) \(dir) can be written by other users (mode \(mode)); fix it with: chmod 700 \(dir)")
        }
        return nil
    }

    // MARK: Private

    private static func kindProblem(_ st: stat) -> String? {
        switch st.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "is a folder, not a file"
        case S_IFIFO: return "is a FIFO, not a regular file; remove it"
        default: return "is not a regular file; remove it"
        }
    }

    private static func ownerProblem(_ st: stat, _ path: String) -> String? {
        st.st_uid == geteuid() ? nil : "belongs to another user (uid \(st.st_uid)); remove it"
    }

    private static func failure(_ path: String, _ code: Int32) -> Failure {
        switch code {
        case ELOOP:
            return Failure(
                description:
                    "\(path) is a symbolic link; the tutor does not follow links for its own files (remove the link)",
                code: code)
        case ENXIO:
            return Failure(description: "\(path) is a FIFO or socket, not a regular file; remove it", code: code)
        case EISDIR:
            return Failure(description: "\(path) is a folder, not a file", code: code)
        default:
            return Failure(description: "cannot open \(path): \(describe(code))", code: code)
        }
    }

    /// The first part of `path` that exists and is not a folder.
    private static func parentFile(of path: String) -> String? {
        var prefix = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            prefix += "/" + part
            var st = stat()
            if stat(prefix, &st) == 0, st.st_mode & S_IFMT != S_IFDIR { return prefix }
        }
        return nil
    }
}
