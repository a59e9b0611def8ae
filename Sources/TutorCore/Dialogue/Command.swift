import Foundation

/// The `:commands` a learner can type: one registry that the parser, `:help`, the
/// unknown-command message and the REPL's Tab completion all read, so they cannot disagree.
public struct Command: Sendable, Equatable {
    /// What the command does; `decide` switches on it.
    public enum Action: String, Sendable, CaseIterable {
        case help, topics, quiz, hint, skip, progress, sources, lesson, exam, record, quit
    }

    public var action: Action
    /// The name shown in help (`:quiz`), without the colon.
    public var name: String
    /// Other names that run it (`:q`, `:h`).
    public var aliases: [String]
    /// The argument as shown in help (`[concept]`, `FILE`), if it takes one.
    public var argument: String?
    /// One line on what it does.
    public var summary: String

    /// Every command, in the order help lists them.
    public static let all: [Command] = [
        Command(action: .help, name: "help", aliases: ["h", "?"], argument: nil, summary: "what I can do"),
        Command(action: .topics, name: "topics", aliases: ["t"], argument: nil, summary: "the concepts, by group"),
        Command(
            action: .quiz, name: "quiz", aliases: ["q"], argument: "[concept]",
            summary: "a question (on the concept, or on what to practise next)"),
        Command(action: .hint, name: "hint", aliases: [], argument: nil, summary: "a hint on the open question"),
        Command(action: .skip, name: "skip", aliases: [], argument: nil, summary: "the full answer, and move on"),
        Command(action: .progress, name: "progress", aliases: ["p"], argument: nil, summary: "your mastery"),
        Command(action: .sources, name: "sources", aliases: [], argument: nil, summary: "the sources cited"),
        Command(
            action: .lesson, name: "lesson", aliases: ["l"], argument: "[NAME]",
            summary: "list the lessons, or start one (:lesson stop leaves it)"),
        Command(action: .exam, name: "exam", aliases: [], argument: "[N]", summary: "N exam-style items"),
        Command(action: .record, name: "record", aliases: [], argument: "FILE", summary: "record as a transcript"),
        Command(action: .quit, name: "quit", aliases: ["exit", "q!"], argument: nil, summary: "leave"),
    ]

    /// The command called `name` (or one of its aliases), case-insensitive.
    public static func named(_ name: String) -> Command? {
        let lower = name.lowercased()
        return all.first { $0.name == lower || $0.aliases.contains(lower) }
    }

    /// A `:name argument` line split into the command's name (lower case) and its argument.
    public static func split(_ line: String) -> (name: String, argument: String) {
        let parts = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts.first?.lowercased() ?? ""
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        return (name, argument)
    }

    /// How help lists it: `:quiz [concept]`.
    public var usage: String { ":" + name + (argument.map { " " + $0 } ?? "") }

    /// "Commands: :help, :topics, … :quit." for help and the unknown-command message.
    public static var listing: String { "Commands: " + all.map(\.usage).joined(separator: ", ") + "." }

    /// The words Tab completes to: every command's `:name`.
    public static var completions: [String] { all.map { ":" + $0.name } }
}
