import ArgumentParser
import Foundation
import TutorCore

/// `tutor exam`: a practice set of multiple-choice items.
struct ExamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam", abstract: "Practise multiple-choice items in the certification exams' style.")

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var session: SessionOptions

    @Option(name: .long, help: "How many items.")
    var items: Int = 10

    @Option(
        name: .long, help: ArgumentHelp("Only items on these concepts (comma-separated ids).", valueName: "ids"),
        completion: .custom { _, _, _ in KnowledgeFiles.completionConceptIDs() })
    var concepts: String?

    @Option(name: .long, help: "Output: text or jsonl.")
    var format: ChatFormat = .text

    @Flag(name: .long, help: "Do not read or write the learner's session log.")
    var noLog = false

    func validate() throws {
        if items < 1 { throw ValidationError("--items must be at least 1") }
    }

    func run() throws {
        try guarded {
            let tutor = try knowledge.tutor()
            let kb = tutor.kb
            let ids = concepts?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
            for id in ids where kb.concept(id) == nil {
                throw CLIError(
                    "tutor: error: unknown concept '\(TextCleaner.quote(id, max: 40))' (see tutor kb list)", code: 64)
            }
            let runner = try SessionRunner(tutor: tutor, session: session, logging: !noLog)
            let opening = tutor.startExam(count: items, concepts: ids, state: &runner.state)
            if format == .jsonl {
                Terminal.line(Self.object(turn: 0, input: nil, reply: opening, result: nil, runner).serialized())
            } else {
                Terminal.line(opening)
            }
            var reader = PlainLineReader()
            while runner.state.exam != nil, let line = reader.readLine(prompt: "") {
                let result = runner.turn(line)
                if format == .jsonl {
                    Terminal.line(
                        Self.object(turn: runner.state.turn, input: line, reply: result.reply, result: result, runner)
                            .serialized())
                } else {
                    Terminal.line("")
                    Terminal.line(result.reply)
                }
                Terminal.flush()
                if result.quit { break }
            }
            runner.end()
        }
    }

    /// One turn for programs: the item now shown (options in shown order) and the verdict.
    static func object(turn: Int, input: String?, reply: String, result: TurnResult?, _ runner: SessionRunner) -> JSON {
        var shown: JSON = .null
        if let exam = runner.state.exam, let id = exam.current,
            let item = runner.tutor.kb.examItems.first(where: { $0.id == id })
        {
            let order = exam.orders[id] ?? Array(item.options.indices)
            shown = .object([
                ("id", .string(id)), ("stem", .string(item.stem)),
                ("options", .array(order.map { .string(item.options[$0].text) })),
                ("number", .number(Double(exam.number))), ("total", .number(Double(exam.total))),
                ("retry", .bool(exam.isRetry)),
            ])
        }
        var answered: JSON = .null
        if let r = result, let id = r.gradedQuestion, let grade = r.grade,
            let item = runner.tutor.kb.examItems.first(where: { $0.id == id })
        {
            answered = .object([
                ("id", .string(id)), ("chosen", .string(r.examChoice ?? "")), ("response", .string(r.examOption ?? "")),
                ("verdict", .string(grade.verdict.rawValue)), ("key", .string(item.options[item.key].text)),
                ("explanation", .string(item.options[item.key].explanation)),
            ])
        }
        return .object([
            ("turn", .number(Double(turn))),
            ("input", input.map { .string(TextCleaner.clean($0, limit: 2000)) } ?? .null),
            ("reply", .string(reply)), ("item", shown), ("answered", answered),
        ])
    }
}
