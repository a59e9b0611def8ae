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

    func run() throws {
        try guarded {
            let tutor = try makeTutor()
            var reader = PlainLineReader()
            while let line = reader.readLine(prompt: "") {
                Terminal.line(Self.gradeLine(line, tutor: tutor).serialized())
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
        guard let grade = tutor.grade(questionID: question, answer: answer) else {
            return .object([("error", .string("unknown question id '\(TextCleaner.quote(question, max: 80))'"))])
        }
        return .object([
            ("question", .string(grade.question)),
            ("covered", .array(grade.covered.map { .string($0) })),
            ("misconceptions", .array(grade.misconceptions.map { .string($0) })),
            ("verdict", .string(grade.verdict.rawValue)),
        ])
    }
}
