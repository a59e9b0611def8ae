import ArgumentParser
import Foundation
import TutorCore

/// `tutor kb`: check, list and export the knowledge base.
struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Check, list or export the knowledge base.",
        subcommands: [Check.self, List.self, Export.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a knowledge folder; problems are printed as file:line:column: error: message.",
            discussion: """
                --strict also makes errors of what loads but breaks teaching: a sample answer graded against \
                its label, a phrasing shared by an expectation and a misconception, a phrasing of small words \
                only, a misconception with no correction or shown by no sample answer.
                """)

        @Argument(help: "The knowledge folder (default: the one the tutor uses).")
        var directory: String?

        @Flag(name: .long, help: "Also fail on problems that break teaching (see below).")
        var strict = false

        func run() throws {
            try guarded {
                let dir = try KnowledgeLocator.locate(explicit: directory)
                let kb = try KnowledgeFiles.load(dir, warnings: true)
                let tutor = Tutor(kb: kb)
                let samples = SampleChecker.check(tutor)
                if strict {
                    let problems = KnowledgeLinter.lint(tutor)
                    if !problems.isEmpty {
                        throw CLIError(
                            problems.map(\.description).joined(separator: "\n")
                                + "\n\(problems.count) error\(problems.count == 1 ? "" : "s") (kb check --strict)")
                    }
                }
                for warning in samples { Terminal.error(warning.description) }
                let questions = kb.questions.count
                let sampleCount = kb.questions.reduce(0) { $0 + $1.samples.count }
                Terminal.line(
                    "ok: \(kb.concepts.count) concepts, \(questions) questions, \(kb.examItems.count) exam items, "
                        + "\(sampleCount - samples.count)/\(sampleCount) sample answers graded as labeled")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the concepts by group.")
        @OptionGroup var knowledge: KnowledgeOptions

        func run() throws {
            try guarded {
                let kb = try knowledge.load()
                for group in kb.groups {
                    let concepts = kb.concepts.filter { $0.group == group.id }
                    guard !concepts.isEmpty else { continue }
                    Terminal.line(group.name)
                    for c in concepts { Terminal.line("  \(c.id)  \(c.name)") }
                }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the whole knowledge base as one JSON document.")
        @OptionGroup var knowledge: KnowledgeOptions
        @Option(name: .long, help: "Output format: json.")
        var format: ExportFormat = .json

        func run() throws {
            try guarded {
                let kb = try knowledge.load()
                Terminal.line(KnowledgeExport.json(kb).serialized())
            }
        }
    }
}

enum ExportFormat: String, ExpressibleByArgument {
    case json
}
