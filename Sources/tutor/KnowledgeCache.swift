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
/// `TUTOR_CACHE_DIR=off` turns the cache off. Files are framed and written as `CacheFile`
/// says (in a 0700 folder); at most `keep` are kept, the oldest removed.
enum KnowledgeCache {
    /// The format's version is the magic's last character: bumped when the payload's form
    /// changes (2: the derived `Codable` form of `CompactEncoder`; 3: `CacheHash` checksums,
    /// the grader's compiled questions a lazily read section; 4: the question finder; 5: the
    /// matcher's off-topic word forms; 6: the compiled questions' shared head nouns; 7: the
    /// matcher's phrasing prior; 8: the compiled questions' idea stems; 9: the spelling
    /// corrector's kept everyday words; A: each concept's name stems kept by concept; B: the
    /// matcher's cues' second words in a flat array and its acronyms' owners; C: the matcher's word indexes and word lists as word maps and word sets).
    static let magic: [UInt8] = Array("TUTORKBC".utf8)
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
        let parts = [
            Int(st.st_size), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec), Int(st.st_ino), Int(st.st_dev),
        ]
        return try? CompactEncoder().encode(parts)
    }

    static func key(root: String, files: [SourceFile], lessons: [Lesson], executable: [UInt8]) -> UInt64 {
        var h = CacheHash()
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
        guard usable(dir) else { return Tutor.Image(kb: try build(), lessons: lessons) }
        let key = key(root: root, files: files, lessons: lessons, executable: exe)
        let file = path(dir: dir, key: key)
        if let image = read(file, key: key) {
            kept.append(image)
            return image
        }
        let image = Tutor.Image(kb: try build(), lessons: lessons)
        write(image, to: file, key: key, dir: dir)
        kept.append(image)
        return image
    }

    /// The image in `file`, or nil when there is none or it does not check out. The file's
    /// bytes stay in memory for what the image reads later (`CompactLazy`).
    static func read(_ file: String, key: UInt64) -> Tutor.Image? {
        CacheFile.read(file, magic: magic, headerWords: 1) { header, payload, memory in
            header[0] == key ? try? Tutor.Image.decode(payload, owner: memory) : nil
        }
    }

    /// The images read or built, kept to the end of the process: freeing one object at a
    /// time as the process ends took a tenth of a warm start, for memory the system takes
    /// back at once.
    nonisolated(unsafe) static var kept: [Tutor.Image] = []

    /// Whether the cache folder can be trusted: a cache file is the knowledge the tutor
    /// teaches, so it is read only from a folder of the user's that no one else can write
    /// (created 0700). A folder that exists with loose modes or another owner is refused,
    /// with one warning that says how to fix it, and the tutor goes on without a cache.
    static func usable(_ dir: String) -> Bool {
        var st = stat()
        if stat(dir, &st) == 0, st.st_mode & S_IFMT != S_IFDIR {
            return false  // nothing can be stored there, nothing is read: as before, silently
        }
        guard let problem = OwnFile.problem(dir, what: "the cache folder") else { return true }
        Terminal.error("tutor: warning: not using the knowledge cache: \(problem.description)")
        return false
    }

    /// Writes `image` under `file`, atomically; a failure only costs the next start its speed.
    static func write(_ image: Tutor.Image, to file: String, key: UInt64, dir: String) {
        guard (try? OwnFile.prepareDirectory(dir, what: "the cache folder")) != nil else { return }
        guard let payload = try? image.encoded() else { return }
        if CacheFile.write(CacheFile.frame(magic: magic, header: [key], payload: payload), to: file) {
            prune(dir)
        }
    }

    /// Keeps the newest `keep` cache files.
    static func prune(_ dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        var files: [(path: String, time: Int)] = []
        for name in names where name.hasPrefix("kb-") && name.hasSuffix(".bin") {
            var st = stat()
            let path = dir + "/" + name
            if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFREG {
                files.append((path, Int(st.st_mtim.tv_sec) * 1_000_000_000 + st.st_mtim.tv_nsec))
            }
        }
        guard files.count > keep else { return }
        for old in files.sorted(by: { $0.time > $1.time }).dropFirst(keep) { unlink(old.path) }
    }
}
