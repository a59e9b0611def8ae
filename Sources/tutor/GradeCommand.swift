import ArgumentParser
import Foundation
import TutorCore

/// `tutor grade`: one {"question", "answer"} a line in, one grade a line out.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade free-text answers: {\"question\": ID, \"answer\": TEXT} a line in, a grade a line out.")

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var lessonOptions: LessonOptions

    @Flag(
        name: .long,
        help: """
            Also grade the lessons' inline questions (ids lesson:NAME:SECTION:N), from --scripts DIR, else \
            $TUTOR_SCRIPTS, else Scripts/ beside the knowledge folder. --scripts DIR implies it.
            """)
    var lessons = false

    @Option(name: .long, help: "Output format: jsonl.")
    var format: OutputFormat = .jsonl

    @Flag(name: .long, help: "Add the learner's words behind each expectation and misconception found.")
    var explain = false

    func run() throws {
        try guarded {
            let tutor = try makeTutor()
            var reader = PlainLineReader()
            var number = 0
            while let line = reader.readLine(prompt: "") {
                number += 1
                Terminal.line(Self.gradeLine(line, number: number, tutor: tutor, explain: explain).serialized())
                // A harness may write one line and wait for its answer: never hold one back.
                Terminal.flush()
            }
        }
    }

    /// The knowledge base's questions, and with `--lessons` or `--scripts` the lessons' too.
    private func makeTutor() throws -> Tutor {
        guard lessons || lessonOptions.scripts != nil else { return try knowledge.tutor() }
        let dir = lessonOptions.directory(knowledgeDir: try knowledge.directory())
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError("tutor: error: \(dir): no such lessons folder")
        }
        return try LessonFiles.tutor(knowledge: knowledge, lessonsDir: dir)
    }

    /// The grade for one input line, or its error line (`{"error", "line"}`).
    static func gradeLine(_ line: String, number: Int, tutor: Tutor, explain: Bool = false) -> JSON {
        func failure(_ message: String) -> JSON { JSONLInput.error(message, line: number) }
        let parsed: JSON
        do {
            parsed = try JSON.parse(line)
        } catch {
            return failure("malformed JSON: \(error)")
        }
        guard case .object = parsed else {
            return failure("expected a JSON object with \"question\" and \"answer\"")
        }
        guard let question = parsed["question"]?.stringValue else {
            return failure("missing \"question\" (a question id)")
        }
        guard let answer = parsed["answer"]?.stringValue else {
            return failure("missing \"answer\" (the learner's text)")
        }
        // "context": the tutor's last cloze prompt, which a short answer completes.
        let context = parsed["context"]?.stringValue
        guard let grade = tutor.grade(questionID: question, answer: answer, context: context) else {
            return failure("unknown question id '\(TextCleaner.quote(question, max: 80))'")
        }
        guard explain, case .object(var fields) = grade.json else { return grade.json }
        let found = grade.evidence.keys.sorted().map { ($0, JSON.string(grade.evidence[$0]!)) }
        fields.append(("evidence", .object(found)))
        return .object(fields)
    }
}
