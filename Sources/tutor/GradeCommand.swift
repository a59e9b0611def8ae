import ArgumentParser
import Foundation
import TutorCore

/// `tutor grade`: one {"question", "answer"} a line in, one grade a line out.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade free-text answers: {\"question\": ID, \"answer\": TEXT} a line in, a grade a line out.")

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .long, help: "Output format: jsonl.")
    var format: OutputFormat = .jsonl

    func run() throws {
        try guarded {
            let tutor = try knowledge.tutor()
            var reader = PlainLineReader()
            while let line = reader.readLine(prompt: "") {
                Terminal.line(Self.gradeLine(line, tutor: tutor).serialized())
                // A harness may write one line and wait for its answer: never hold one back.
                Terminal.flush()
            }
        }
    }

    static func gradeLine(_ line: String, tutor: Tutor) -> JSON {
        let parsed: JSON
        do {
            parsed = try JSON.parse(line)
        } catch {
            return .object([("error", .string("malformed JSON: \(error)"))])
        }
        guard case .object = parsed else {
            return .object([("error", .string("expected a JSON object with \"question\" and \"answer\""))])
        }
        guard let question = parsed["question"]?.stringValue else {
            return .object([("error", .string("missing \"question\" (a question id)"))])
        }
        guard let answer = parsed["answer"]?.stringValue else {
            return .object([("error", .string("missing \"answer\" (the learner's text)"))])
        }
        // "context": the tutor's last cloze prompt, which a short answer completes.
        let context = parsed["context"]?.stringValue
        guard
            let grade = tutor.grader.grade(
                questionID: question, analysis: tutor.analyzer.analyze(answer), context: context)
        else {
            return .object([("error", .string("unknown question id '\(TextCleaner.quote(question, max: 80))'"))])
        }
        return grade.json
    }
}
