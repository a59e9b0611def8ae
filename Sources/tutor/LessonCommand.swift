import ArgumentParser
import Foundation
import TutorCore

/// `tutor lesson list|check|run`: the instructors' tutorial scripts.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "List, check and run the lessons in Scripts/ (see Scripts/README.md).",
        subcommands: [List.self, Check.self, Run.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the lessons, with their titles.")
        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var lessons: LessonOptions

        func run() throws {
            try guarded {
                let dir = try lessons.directory(knowledgeDir: knowledge.directory())
                let paths = LessonFiles.paths(in: dir)
                guard !paths.isEmpty else {
                    Terminal.line("No lessons in \(dir).")
                    return
                }
                let all = try LessonFiles.parseAll(paths)
                let width = all.map(\.name.count).max() ?? 0
                for lesson in all {
                    let asks = lesson.sections.flatMap(\.steps).filter {
                        if case .ask = $0.kind { true } else { false }
                    }
                    let name = lesson.name.padding(toLength: width, withPad: " ", startingAt: 0)
                    Terminal.line("\(name)  \(lesson.title) (\(asks.count) question\(asks.count == 1 ? "" : "s"))")
                }
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check lesson files: syntax, ids, jumps, reachability, loops and #! sample answers.",
            discussion: """
                Each LESSON is a lesson's name in the lessons folder or the path of a .lesson file. With none, checks \
                every lesson in the lessons folder. Exits 1 if any has an error. Warnings (a say: or teach: \
                that states a question's answer just before asking it, a say: longer than a reply holds) are \
                printed as file:line:column: warning: message; --strict makes them errors.
                """)
        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var lessons: LessonOptions
        @Argument(
            help: "Lessons, by name or file (default: all in the lessons folder).",
            completion: .custom { _, _, _ in LessonFiles.completionNames() })
        var files: [String] = []
        @Flag(name: .long, help: "Also fail on warnings (an answer told before it is asked, an over-long say:).")
        var strict = false

        func run() throws {
            try guarded {
                let dir = try lessons.directory(knowledgeDir: knowledge.directory())
                let paths =
                    try files.isEmpty ? LessonFiles.paths(in: dir) : files.map { try LessonFiles.path(of: $0, in: dir) }
                var parsed: [Lesson] = []
                var errors: [String] = []
                for path in paths {
                    do {
                        parsed.append(try LessonFiles.parse(path))
                    } catch let error as CLIError {
                        errors.append(error.description)
                    }
                }
                let tutor = Tutor(image: try knowledge.image(lessons: parsed), lessons: parsed)
                var samples = 0
                var warnings: [Diagnostic] = []
                for lesson in parsed {
                    let found = LessonChecker.check(lesson, tutor: tutor).map(\.description)
                    errors += found
                    if found.isEmpty { warnings += LessonChecker.warnings(lesson, tutor: tutor) }
                    samples += lesson.sections.flatMap(\.steps).reduce(0) {
                        if case .ask(let a) = $1.kind { $0 + a.samples.count } else { $0 }
                    }
                }
                // As `kb check --strict` does with its findings: with --strict a warning is an error.
                if strict {
                    errors += warnings.map { w in
                        var e = w
                        e.severity = .error
                        return e.description
                    }
                    warnings = []
                }
                if !errors.isEmpty { throw CLIError(errors.joined(separator: "\n")) }
                for warning in warnings { Terminal.error(warning.description) }
                let warned = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
                Terminal.line(
                    "ok: \(parsed.count) lesson\(parsed.count == 1 ? "" : "s"), \(samples) sample answers graded as labeled"
                        + warned)
            }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a lesson with a learner, logged like any session; resumes where it stopped.",
            discussion: "NAME is a lesson in the lessons folder, or the path of a .lesson file.")
        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var lessons: LessonOptions
        @OptionGroup var session: SessionOptions
        @Argument(
            help: "The lesson: its name, or a .lesson file.",
            completion: .custom { _, _, _ in LessonFiles.completionNames() })
        var lesson: String
        @OptionGroup var output: ChatOutputOptions

        func run() throws {
            try guarded {
                let dir = try lessons.directory(knowledgeDir: knowledge.directory())
                let isFile = lesson.hasSuffix(".lesson") || lesson.contains("/")
                if isFile && !FileManager.default.fileExists(atPath: lesson) {
                    throw CLIError("\(lesson):1:1: error: no such lesson file")
                }
                let name = isFile ? LessonFiles.name(of: lesson) : lesson
                let tutor = try LessonFiles.tutor(
                    knowledge: knowledge, lessonsDir: dir, extra: isFile ? [lesson] : [], checking: name)
                guard tutor.lesson(named: name) != nil else {
                    let known = tutor.lessons.map(\.name).joined(separator: ", ")
                    throw CLIError(
                        "tutor: error: no lesson called '\(name)' in \(dir)"
                            + (known.isEmpty ? "" : " (lessons: \(known))"))
                }
                let runner = try output.runner(tutor: tutor, session: session)
                // The same lesson left unfinished resumes at its step; anything else starts it.
                let resuming = runner.state.lesson?.lesson == name
                ChatCommand.drive(
                    runner, format: output.format, session: session, opening: resuming ? nil : ":lesson \(name)")
            }
        }
    }
}
