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
            Environment: TUTOR_KNOWLEDGE (knowledge folder), TUTOR_STATE_DIR (state folder), TUTOR_SEED,
            TUTOR_CLOCK (a fixed ISO-8601 time), TUTOR_CACHE_DIR (the built knowledge base's cache; off for none),
            NO_COLOR.
            """,
        version: version,
        subcommands: [
            ChatCommand.self, AskCommand.self, MatchCommand.self, GradeCommand.self, KnowledgeCommand.self,
            ReplayCommand.self, ExamCommand.self, LessonCommand.self, ProgressCommand.self, LogCommand.self,
            FuzzCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )
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
