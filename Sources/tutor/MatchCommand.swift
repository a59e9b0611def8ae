import ArgumentParser
import Foundation
import TutorCore

/// `tutor match`: one utterance a line in, one JSON object a line out.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match each stdin line to an intent and concepts (stateless, one JSON object a line).")

    @OptionGroup var knowledge: KnowledgeOptions

    @Option(name: .long, help: "Output format: jsonl.")
    var format: OutputFormat = .jsonl

    func run() throws {
        try guarded {
            let kb = try knowledge.load()
            let tutor = Tutor(kb: kb)
            var reader = PlainLineReader()
            while let line = reader.readLine(prompt: "") {
                let m = tutor.matcher.match(line)
                let json = JSON.object([
                    ("text", .string(TextCleaner.clean(line))),
                    ("intent", .string(m.intent.rawValue)),
                    ("concepts", .array(m.concepts.map { .string($0) })),
                    ("confidence", .number(m.confidence)),
                ])
                Terminal.line(json.serialized())
            }
            Terminal.flush()
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
}
