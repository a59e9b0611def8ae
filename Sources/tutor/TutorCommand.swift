import ArgumentParser
import Foundation
import TutorCore

/// `tutor`: the therapeutic-alliance tutor's command line.
@main
struct TutorCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "A tutor for the therapeutic alliance, for counselor and mental-health certification exams.",
        discussion: """
            With no subcommand, starts an interactive session (the same as `tutor chat`).

            Environment:
              TUTOR_KNOWLEDGE   the knowledge folder
              TUTOR_STATE_DIR   the state folder (learners' logs and history)
              TUTOR_SEED        the seed for the tutor's choices
              TUTOR_CLOCK       a fixed ISO-8601 time
              TUTOR_CACHE_DIR   the built knowledge base's cache (off: none)
              NO_COLOR          no colour

            Shell completion: tutor --generate-completion-script bash|zsh|fish (see the README).
            """,
        version: version,
        subcommands: [
            ChatCommand.self, AskCommand.self, MatchCommand.self, GradeCommand.self, KnowledgeCommand.self,
            ReplayCommand.self, ExamCommand.self, ReviewCommand.self, LessonCommand.self, ProgressCommand.self,
            LogCommand.self, FuzzCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )

    /// Parses and runs; a first word that names no subcommand is answered the way git and
    /// cargo answer it ("did you mean 'progress'?") instead of with chat's usage.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let message = unknownSubcommand(arguments) {
            Terminal.error(message)
            Foundation.exit(64)
        }
        main(arguments)
    }

    /// The message for a first argument that is neither an option nor a subcommand.
    static func unknownSubcommand(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        guard !names.contains(first) else { return nil }
        let shown = TextCleaner.quote(first, max: 40)
        // Stricter than for knowledge ids: a short command is only a typo one edit away.
        if let near = EditDistance.closest(to: first, among: names, maxEdits: max(1, first.count / 3)) {
            return "tutor: '\(shown)' is not a tutor command. Did you mean '\(near)'?"
        }
        return "tutor: '\(shown)' is not a tutor command. See 'tutor --help' for the commands."
    }
}

/// Options every command that loads the knowledge base shares.
struct KnowledgeOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The knowledge folder (default: $TUTOR_KNOWLEDGE, else the shipped Knowledge/).", valueName: "dir"))
    var knowledge: String?

    /// Loads the knowledge base, or prints every error and exits non-zero.
    func load() throws -> KnowledgeBase {
        try image().kb
    }

    /// The built knowledge base (from the cache when it holds one) for a tutor with `lessons`.
    func image(lessons: [Lesson] = []) throws -> Tutor.Image {
        try KnowledgeFiles.image(directory(), lessons: lessons)
    }

    /// A tutor over the knowledge base, without lessons.
    func tutor() throws -> Tutor {
        Tutor(image: try image())
    }

    /// The knowledge folder in use.
    func directory() throws -> String {
        try KnowledgeLocator.locate(explicit: knowledge)
    }
}
