import Foundation
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// The built knowledge base (`Tutor.Image`: the loaded and checked knowledge, the analyzer's
/// word tables, the matcher's indexes, the compiled questions) kept on disk, so a tutor
/// starts in milliseconds instead of parsing YAML and building indexes every time.
///
/// A cache file is found by a key that hashes everything the image is built from: the
/// knowledge files' paths and bytes, the lessons' inline questions, and this executable
/// (its size, time and inode: another build may analyze text differently). A file that
/// does not match its header, its length or its checksum, or fails to decode, is ignored
/// and rebuilt. The knowledge files stay the only source of truth: nothing is ever read
/// from a cache that they would not give, and `tutor kb check` never uses it.
///
/// Where: `$TUTOR_CACHE_DIR`, else `$XDG_CACHE_HOME/tutor`, else `~/.cache/tutor`;
/// `TUTOR_CACHE_DIR=off` turns the cache off. Files are written whole to a temporary name
/// and renamed (0600, in a 0700 folder); at most `keep` are kept, the oldest removed.
enum KnowledgeCache {
    static let magic: [UInt8] = Array("TUTORKB1".utf8)
    static let keep = 8

    static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let dir = environment["TUTOR_CACHE_DIR"], !dir.isEmpty {
            return dir == "off" ? nil : dir
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/tutor" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/tutor" }
        return nil
    }

    /// This executable's identity, or nil when it cannot be told (then nothing is cached).
    static func executableIdentity() -> [UInt8]? {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 || stat(CommandLine.arguments[0], &st) == 0 else { return nil }
        var w = BinaryWriter()
        for part in [
            Int(st.st_size), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec), Int(st.st_ino), Int(st.st_dev),
        ] {
            w.put(part)
        }
        return w.bytes
    }

    static func key(root: String, files: [SourceFile], lessons: [Lesson], executable: [UInt8]) -> UInt64 {
        var h = FNV1a()
        h.add("tutor knowledge cache")
        h.add(TutorCommand.version)
        h.add(executable)
        h.add(root)
        for file in files {
            h.add(file.path)
            h.add(file.contents)
        }
        h.add(Tutor.Image.lessonFingerprint(lessons))
        return h.value
    }

    static func path(dir: String, key: UInt64) -> String {
        dir + "/kb-" + String(key, radix: 16) + ".bin"
    }

    /// The image for these files and lessons: from the cache when it holds one, else built
    /// (and stored). Errors in the knowledge files are thrown as `KnowledgeFiles.load` does.
    static func image(
        root: String, files: [SourceFile], lessons: [Lesson], build: () throws -> KnowledgeBase
    ) throws -> Tutor.Image {
        guard let dir = directory(), let exe = executableIdentity() else {
            return Tutor.Image(kb: try build(), lessons: lessons)
        }
        let key = key(root: root, files: files, lessons: lessons, executable: exe)
        let file = path(dir: dir, key: key)
        if let image = read(file, key: key) { return image }
        let image = Tutor.Image(kb: try build(), lessons: lessons)
        write(image, to: file, key: key, dir: dir)
        return image
    }

    /// The image in `file`, or nil when there is none or it does not check out.
    static func read(_ file: String, key: UInt64) -> Tutor.Image? {
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size >= 32, st.st_size < 1 << 31 else { return nil }
        let size = Int(st.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        let n = bytes.withUnsafeMutableBytes { buffer -> Int in
            var done = 0
            while done < size {
                let got = Glibc.read(fd, buffer.baseAddress! + done, size - done)
                if got <= 0 { break }
                done += got
            }
            return done
        }
        guard n == size else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Tutor.Image? in
            var r = BinaryReader(buffer)
            guard let head = try? r.raw(8), Array(head) == magic,
                let storedKey = try? r.fixed64(), storedKey == key,
                let length = try? r.fixed64(), length == UInt64(size - 32),
                let checksum = try? r.fixed64()
            else { return nil }
            let payload = UnsafeBufferPointer(rebasing: buffer[32...])
            var h = FNV1a()
            h.add(payload)
            guard h.value == checksum else { return nil }
            var body = BinaryReader(payload)
            return try? body.get(Tutor.Image.self)
        }
    }

    /// Writes `image` under `file`, atomically; a failure only costs the next start its speed.
    static func write(_ image: Tutor.Image, to file: String, key: UInt64, dir: String) {
        guard
            (try? FileManager.default.createDirectory(
                atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return }
        let payload = image.encoded()
        var w = BinaryWriter(capacity: payload.count + 32)
        w.putRaw(magic)
        w.putFixed64(key)
        w.putFixed64(UInt64(payload.count))
        w.putFixed64(FNV1a.hash(payload))
        w.putRaw(payload)
        let temp = file + ".\(getpid()).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        let ok = w.bytes.withUnsafeBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        close(fd)
        guard ok, rename(temp, file) == 0 else {
            unlink(temp)
            return
        }
        prune(dir)
    }

    /// Keeps the newest `keep` cache files.
    static func prune(_ dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        var files: [(path: String, time: Int)] = []
        for name in names where name.hasPrefix("kb-") && name.hasSuffix(".bin") {
            var st = stat()
            let path = dir + "/" + name
            if stat(path, &st) == 0 {
                files.append((path, Int(st.st_mtim.tv_sec) * 1_000_000_000 + st.st_mtim.tv_nsec))
            }
        }
        guard files.count > keep else { return }
        for old in files.sorted(by: { $0.time > $1.time }).dropFirst(keep) { unlink(old.path) }
    }
}
