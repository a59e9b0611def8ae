import ArgumentParser
import Foundation
import TutorCore

/// Finds the knowledge folder without the user's help.
enum KnowledgeLocator {
    static func locate(explicit: String?) throws -> String {
        if let explicit { return explicit }
        if let env = ProcessInfo.processInfo.environment["TUTOR_KNOWLEDGE"], !env.isEmpty { return env }
        var candidates: [String] = []
        let cwd = FileManager.default.currentDirectoryPath
        candidates.append(cwd + "/Knowledge")
        // Next to the binary, or up from .build/<config>/tutor to the package root.
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(dir.appendingPathComponent("Knowledge").path)
            candidates.append(dir.appendingPathComponent("share/tutor/Knowledge").path)
            dir = dir.deletingLastPathComponent()
        }
        if let real = realExecutablePath() {
            var d = URL(fileURLWithPath: real).deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(d.appendingPathComponent("Knowledge").path)
                d = d.deletingLastPathComponent()
            }
        }
        // Where this file was compiled: the package root of a source build.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Knowledge").path)
        for c in candidates where FileManager.default.fileExists(atPath: c + "/concepts") {
            return c
        }
        throw ValidationError(
            "cannot find the knowledge folder; pass --knowledge DIR or set TUTOR_KNOWLEDGE")
    }

    static func realExecutablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(cString: buffer)
    }
}

/// Reads a knowledge folder from disk and loads it, reporting problems compiler-style.
enum KnowledgeFiles {
    /// The concept ids Tab completes in a shell: the file names in `concepts/` of the
    /// knowledge folder in use (read without loading the knowledge base).
    static func completionConceptIDs() -> [String] {
        guard let dir = try? KnowledgeLocator.locate(explicit: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: dir + "/concepts")
        else { return [] }
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The largest knowledge file read.
    static let maxFileSize = 16 << 20
    static func read(_ dir: String) throws -> (files: [SourceFile], display: String) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError("\(dir):1:1: error: the knowledge folder does not exist")
        }
        var files: [SourceFile] = []
        var errors: [String] = []
        let display = dir.hasSuffix("/") ? String(dir.dropLast()) : dir
        let root = URL(fileURLWithPath: dir)
        for sub in ["", "concepts/", "exam/"] {
            let folder = root.appendingPathComponent(sub)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted()
            where name.hasSuffix(".yaml") || name.hasSuffix(".yml")
                || (sub.isEmpty && (name == "phrasings.tsv" || name == "words.txt" || name == "graded-answers.tsv"))
            {
                let path = folder.appendingPathComponent(name).path
                // Authored files may be links, but only regular files are read, size bounded
                // (a FIFO here must not hang every start).
                let read: [UInt8]?
                do {
                    read = try OwnFile.read(path, limit: maxFileSize, followLinks: true)
                } catch {
                    errors.append("\(display)/\(sub)\(name):1:1: error: cannot read the file: \(error.description)")
                    continue
                }
                guard let bytes = read else {
                    errors.append("\(display)/\(sub)\(name):1:1: error: cannot read the file")
                    continue
                }
                guard let text = String(data: Data(bytes), encoding: .utf8) else {
                    errors.append("\(display)/\(sub)\(name):1:1: error: the file is not valid UTF-8")
                    continue
                }
                files.append(SourceFile(path: sub + name, contents: text))
            }
        }
        if !errors.isEmpty { throw CLIError(errors.joined(separator: "\n")) }
        return (files, display)
    }

    static func load(_ dir: String, warnings: Bool = false) throws -> KnowledgeBase {
        let (files, display) = try read(dir)
        return try load(files: files, display: display, warnings: warnings)
    }

    static func load(files: [SourceFile], display: String, warnings: Bool = false) throws -> KnowledgeBase {
        do {
            let (kb, warns) = try KnowledgeLoader.load(root: display, files: files)
            if warnings { for w in warns { Terminal.error(w.description) } }
            return kb
        } catch let error as DiagnosticsError {
            throw CLIError(error.description)
        }
    }

    /// The built knowledge base for `dir` and `lessons`, from the cache when it is there
    /// (see `KnowledgeCache`).
    static func image(_ dir: String, lessons: [Lesson] = []) throws -> Tutor.Image {
        let (files, display) = try read(dir)
        return try KnowledgeCache.image(root: display, files: files, lessons: lessons) {
            try load(files: files, display: display)
        }
    }
}

/// An error whose text is printed as it is, followed by a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var code: Int32 = 1
    init(_ description: String, code: Int32 = 1) {
        self.description = description
        self.code = code
    }
}
