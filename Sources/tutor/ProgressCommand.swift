import ArgumentParser
import Foundation
import TutorCore

/// `tutor progress`: one learner's mastery, or a class summary over a folder of logs.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Show a learner's mastery, or a class summary over a folder of logs.",
        discussion: """
            Each concept met, with its mastery, attempts and last practice; what is mastered, what is weak \
            and what to practise next; the reviews due (FSRS) and exam readiness per group, with a predicted \
            score and its 90% interval. With --logs DIR, one row per learner (every NAME.jsonl in DIR, or in \
            DIR/learners, with the predicted score) and the class's mean mastery per concept; --by concept shows \
            only the concepts, and --by lesson, per lesson, who started and finished it and the verdicts of the \
            first answers to its questions. --format csv prints one of those tables as CSV (the learners unless \
            --by says otherwise).
            """)

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var session: LearnerOptions

    @Option(
        name: .long, help: ArgumentHelp("A folder of learners' .jsonl logs: print a class summary.", valueName: "dir"))
    var logs: String?

    @OptionGroup var lessonOptions: LessonOptions

    @Option(name: .long, help: "Output: text (for people), json (for programs) or csv (with --logs, for spreadsheets).")
    var format: ProgressFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp("With --logs: the table to show: learner, concept or lesson.", valueName: "view"))
    var by: ClassView?

    @Option(name: .long, help: "Mastery bars: auto (blocks on a terminal, ASCII otherwise), unicode, ascii or none.")
    var bars: BarChoice = .auto

    /// Gone: reviews follow FSRS (see the README). Still accepted, with a warning, so that
    /// scripts that pass it keep running.
    @Option(name: .long, help: .hidden)
    var reviewAfter: Double?

    func validate() throws {
        if logs != nil && session.learner != nil {
            throw ValidationError("--logs and --learner cannot be used together")
        }
        if logs == nil && (format == .csv || by != nil) {
            throw ValidationError("--format csv and --by are for a class summary: add --logs DIR")
        }
    }

    func run() throws {
        try guarded {
            let kb = try knowledge.load()
            let now = try session.resolvedClock().now()
            if reviewAfter != nil {
                Terminal.error(
                    "tutor: warning: --review-after is ignored: reviews are scheduled by FSRS (see the README, \"Review\")"
                )
            }
            let scheduler = ReviewScheduler(kb: kb)
            if let logs {
                try classReport(logs: logs, kb: kb, now: now)
                return
            }
            let (learner, path) = try LearnerLogs.requirePath(session)
            let history = try LearnerLogs.history(at: path)!
            let report = ProgressReport(learner: learner, history: history, kb: kb, now: now, scheduler: scheduler)
            Terminal.write(format == .json ? report.json.serialized() + "\n" : report.text(bars: bars.style, kb: kb))
        }
    }

    /// The class summary of `--logs`, or its lesson view.
    private func classReport(logs: String, kb: KnowledgeBase, now: Date?) throws {
        if by == .lesson {
            let dir = lessonOptions.directory(knowledgeDir: try knowledge.directory())
            let lessons = try LessonFiles.parseAll(LessonFiles.paths(in: dir))
            let summary = LessonSummary(logs: try Self.eventLogs(in: logs), lessons: lessons, kb: kb, now: now)
            switch format {
            case .text: Terminal.write(summary.text())
            case .json: Terminal.write(summary.json.serialized() + "\n")
            case .csv: Terminal.write(summary.csv)
            }
            return
        }
        let summary = ClassSummary(learners: try Self.histories(in: logs), kb: kb, now: now)
        switch format {
        case .csv: Terminal.write(by == .concept ? summary.conceptsCSV : summary.learnersCSV)
        case .json: Terminal.write(summary.json.serialized() + "\n")
        case .text: Terminal.write(summary.text(bars: bars.style, conceptsOnly: by == .concept))
        }
    }

    /// Every learner's log in `dir` as events, by name (see `histories`).
    static func eventLogs(in dir: String) throws -> [(learner: String, events: [SessionEvent])] {
        try logPaths(in: dir).compactMap { name, path in
            do {
                return try LearnerLogs.events(at: path).map { (name, $0) }
            } catch let error as CLIError {
                warnLeftOut(error)
                return nil
            }
        }
    }

    /// Every learner's folded log in `dir` (or `dir/learners`, a state folder's), by name.
    static func histories(in dir: String) throws -> [(learner: String, history: LearnerHistory)] {
        var out: [(String, LearnerHistory)] = []
        for (name, path) in try logPaths(in: dir) {
            do {
                if let history = try LearnerLogs.history(at: path) { out.append((name, history)) }
            } catch let error as CLIError {
                warnLeftOut(error)
            }
        }
        return out
    }

    /// One unreadable log must not hide the class: says so, as a warning, and it is left out.
    static func warnLeftOut(_ error: CLIError) {
        Terminal.error(
            error.description.replacingOccurrences(of: "tutor: error: ", with: "tutor: warning: ")
                + " (left out of the summary)")
    }

    /// The learners' logs in `dir` (or `dir/learners`, a state folder's): name and path.
    static func logPaths(in dir: String) throws -> [(learner: String, path: String)] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError("tutor: error: \(dir): no such folder")
        }
        func logFiles(_ folder: String) -> [String] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted()
        }
        var folder = dir
        if logFiles(folder).isEmpty, !logFiles(dir + "/learners").isEmpty { folder = dir + "/learners" }
        return logFiles(folder).map { (String($0.dropLast(6)), folder + "/" + $0) }
    }
}

enum ProgressFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv
}

/// The table `progress --logs` shows.
enum ClassView: String, CaseIterable, ExpressibleByArgument {
    case learner, concept, lesson
}

/// How `--bars` is chosen: blocks on a terminal, ASCII in a pipe, unless told.
enum BarChoice: String, ExpressibleByArgument {
    case auto, unicode, ascii, none

    var style: MasteryBar {
        switch self {
        case .auto: return Terminal.stdoutIsTerminal && Terminal.environmentTerm != "dumb" ? .unicode : .ascii
        case .unicode: return .unicode
        case .ascii: return .ascii
        case .none: return .none
        }
    }
}

extension Terminal {
    static var environmentTerm: String? { ProcessInfo.processInfo.environment["TERM"] }
}
