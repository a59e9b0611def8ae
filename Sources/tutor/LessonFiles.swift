import ArgumentParser
import Foundation
import TutorCore

/// Where the instructors' lessons are: `--scripts DIR`, else `$TUTOR_SCRIPTS`, else the
/// `Scripts/` folder beside the knowledge folder.
struct LessonOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The lessons folder (default: $TUTOR_SCRIPTS, else Scripts/ beside the knowledge folder).", valueName: "dir"
        ))
    var scripts: String?

    func directory(knowledgeDir: String) -> String {
        Self.directory(scripts: scripts, knowledgeDir: knowledgeDir)
    }

    static func directory(scripts: String?, knowledgeDir: String) -> String {
        if let scripts { return scripts }
        if let env = ProcessInfo.processInfo.environment["TUTOR_SCRIPTS"], !env.isEmpty { return env }
        let parent = URL(fileURLWithPath: knowledgeDir).standardizedFileURL.deletingLastPathComponent()
        return parent.appendingPathComponent("Scripts").path
    }
}

/// Reads lesson files and builds a tutor that can run them.
enum LessonFiles {
    /// The `.lesson` files in `dir`, sorted; none if the folder does not exist.
    static func paths(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".lesson") }.sorted().map { (dir as NSString).appendingPathComponent($0) }
    }

    /// The file of a lesson named on the command line: a path as it is (it must exist), else
    /// the lesson of that name in `dir`, with "did you mean" for a near miss.
    static func path(of lesson: String, in dir: String) throws -> String {
        if lesson.hasSuffix(".lesson") || lesson.contains("/") {
            guard FileManager.default.fileExists(atPath: lesson) else {
                throw CLIError("\(lesson):1:1: error: no such lesson file")
            }
            return lesson
        }
        let known = paths(in: dir)
        if let found = known.first(where: { name(of: $0) == lesson }) { return found }
        let names = known.map { name(of: $0) }
        let hint = EditDistance.closest(to: lesson, among: names).map { "; did you mean '\($0)'?" } ?? ""
        throw CLIError(
            "tutor: error: no lesson called '\(TextCleaner.quote(lesson, max: 40))' in \(dir)\(hint)"
                + (names.isEmpty ? "" : " (lessons: \(names.joined(separator: ", ")))"))
    }

    /// The lesson names Tab completes in a shell (`--generate-completion-script`): those in
    /// the lessons folder beside the knowledge folder in use.
    static func completionNames() -> [String] {
        guard let knowledge = try? KnowledgeLocator.locate(explicit: nil) else { return [] }
        return paths(in: LessonOptions.directory(scripts: nil, knowledgeDir: knowledge)).map { name(of: $0) }
    }

    /// The lesson's name: its file name without `.lesson`.
    static func name(of path: String) -> String {
        let base = (path as NSString).lastPathComponent
        return base.hasSuffix(".lesson") ? String(base.dropLast(7)) : base
    }

    /// The largest lesson file read.
    static let maxSize = 16 << 20

    /// Parses one file; its problems are thrown as `file:line:column: error: …` lines.
    static func parse(_ path: String) throws -> Lesson {
        let bytes: [UInt8]?
        do {
            bytes = try OwnFile.read(path, limit: maxSize, followLinks: true)
        } catch {
            throw CLIError("\(path):1:1: error: cannot read the lesson file: \(error.description)")
        }
        guard let bytes else { throw CLIError("\(path):1:1: error: no such lesson file") }
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            throw CLIError("\(path):1:1: error: the lesson file is not valid UTF-8")
        }
        do {
            return try LessonParser.parse(text, file: path, name: name(of: path))
        } catch {
            throw CLIError(error.description)
        }
    }

    /// Parses every file, collecting all their errors before throwing.
    static func parseAll(_ paths: [String]) throws -> [Lesson] {
        var lessons: [Lesson] = []
        var errors: [String] = []
        for path in paths {
            do {
                let lesson = try parse(path)
                if let other = lessons.first(where: { $0.name == lesson.name }) {
                    errors.append(
                        "\(path):1:1: error: a lesson called '\(lesson.name)' is already loaded from \(other.file)")
                    continue
                }
                lessons.append(lesson)
            } catch let error as CLIError {
                errors.append(error.description)
            }
        }
        if !errors.isEmpty { throw CLIError(errors.joined(separator: "\n")) }
        return lessons
    }

    /// A tutor over `kb` with the lessons of `dir` (and `extra` files). Only the lesson named
    /// `checking` (the one about to run) is checked here: one with a broken id, jump or loop
    /// stops it with its errors; the others are checked when they start, and samples and the
    /// whole folder are `lesson check`'s job, so a start costs the same with many lessons.
    static func tutor(
        knowledge: KnowledgeOptions, lessonsDir dir: String, extra: [String] = [], checking: String? = nil
    ) throws -> Tutor {
        var paths = paths(in: dir)
        for path in extra {
            let name = name(of: path)
            paths.removeAll { Self.name(of: $0) == name }
            paths.append(path)
        }
        let lessons = try parseAll(paths)
        let tutor = Tutor(image: try knowledge.image(lessons: lessons), lessons: lessons)
        let errors = lessons.filter { $0.name == checking }.flatMap {
            LessonChecker.check($0, tutor: tutor, samples: false)
        }
        if !errors.isEmpty { throw CLIError(errors.map(\.description).joined(separator: "\n")) }
        return tutor
    }
}
