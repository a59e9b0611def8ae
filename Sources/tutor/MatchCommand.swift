import ArgumentParser
import Foundation
import TutorCore

/// `tutor match`: one utterance a line in, one JSON object a line out.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract:
            "Match each stdin line (plain text, or {\"text\": …}) to an intent and concepts (stateless, one JSON object a line)."
    )

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .long, help: "Output format: jsonl.")
    var format: OutputFormat = .jsonl

    @Flag(name: .long, help: "Add the evidence behind each decision.")
    var explain = false

    func run() throws {
        try guarded {
            let tutor = try knowledge.tutor()
            var reader = PlainLineReader()
            JSONLInput.forEachText(from: &reader) { line in
                let m = tutor.matchLine(line)
                var fields: [(String, JSON)] = [
                    ("text", .string(TextCleaner.clean(line))),
                    ("intent", .string(m.intent.rawValue)),
                    ("concepts", .array(m.concepts.map { .string($0) })),
                    ("confidence", .number(m.confidence)),
                ]
                if explain { fields.append(("evidence", .array(m.evidence.map { .string($0) }))) }
                let json = JSON.object(fields)
                Terminal.line(json.serialized())
                // A harness may write one line and wait for its answer: never hold one back.
                Terminal.flush()
                return true
            }
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
}
