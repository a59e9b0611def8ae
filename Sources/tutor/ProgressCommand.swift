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
            DIR/learners) and the class's mean mastery per concept.
            """)

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var session: LearnerOptions

    @Option(
        name: .long, help: ArgumentHelp("A folder of learners' .jsonl logs: print a class summary.", valueName: "dir"))
    var logs: String?

    @Option(name: .long, help: "Output: text (for people) or json (for programs).")
    var format: ReportFormat = .text

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
                let summary = ClassSummary(learners: try Self.histories(in: logs), kb: kb, now: now)
                Terminal.write(format == .json ? summary.json.serialized() + "\n" : summary.text(bars: bars.style))
                return
            }
            let (learner, path) = try LearnerLogs.requirePath(session)
            let history = try LearnerLogs.history(at: path)!
            let report = ProgressReport(learner: learner, history: history, kb: kb, now: now, scheduler: scheduler)
            Terminal.write(format == .json ? report.json.serialized() + "\n" : report.text(bars: bars.style, kb: kb))
        }
    }

    /// Every learner's folded log in `dir` (or `dir/learners`, a state folder's), by name.
    static func histories(in dir: String) throws -> [(learner: String, history: LearnerHistory)] {
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
        var out: [(String, LearnerHistory)] = []
        for name in logFiles(folder) {
            let path = folder + "/" + name
            do {
                if let history = try LearnerLogs.history(at: path) { out.append((String(name.dropLast(6)), history)) }
            } catch let error as CLIError {
                // One unreadable log must not hide the class: say so and leave it out.
                Terminal.error(
                    error.description.replacingOccurrences(of: "tutor: error: ", with: "tutor: warning: ")
                        + " (left out of the summary)")
            }
        }
        return out
    }
}

enum ReportFormat: String, ExpressibleByArgument {
    case text, json
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
