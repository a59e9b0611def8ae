import ArgumentParser
import Foundation
import TutorCore

/// `tutor chat` (the default): the interactive session.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat", abstract: "Start an interactive session (the default).")

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var session: SessionOptions
    @OptionGroup var lessons: LessonOptions
    @OptionGroup var output: ChatOutputOptions

    func run() throws {
        try guarded {
            let tutor = try LessonFiles.tutor(
                knowledge: knowledge, lessonsDir: lessons.directory(knowledgeDir: knowledge.directory()))
            let runner = try output.runner(tutor: tutor, session: session)
            Self.drive(runner, format: output.format, session: session)
        }
    }

    /// Runs the session to its end: JSON Lines for programs, readline on a terminal, plain
    /// lines from a pipe. `opening`, if given, is taken as the first turn (`:lesson NAME`).
    static func drive(_ runner: SessionRunner, format: ChatFormat, session: SessionOptions, opening: String? = nil) {
        if format == .jsonl {
            var reader = PlainLineReader()
            JSONLChat.run(runner, reader: &reader, opening: opening)
            runner.end()
            return
        }
        if Terminal.stdinIsTerminal || Terminal.stdinIsDumbTerminal {
            Terminal.line(
                Terminal.bold("tutor")
                    + " — the therapeutic alliance, for \(runner.learner). Ask a question, or type :help. Ctrl-D to leave."
            )
            if let welcome = runner.welcomeBack {
                Terminal.line((Terminal.width.map { Terminal.wrap(welcome, width: min($0, 100)) } ?? welcome) + "\n")
            }
        }
        if Terminal.stdinIsTerminal {
            // Each learner has a history of their own: one learner's lines are not another's.
            let history = StateDirectory.prepare(session.resolvedStateDir() + "/learners").map {
                $0 + "/" + runner.learner + ".history"
            }
            var reader = ReadlineReader(historyPath: history, words: runner.tutor.completions)
            loop(runner, reader: &reader, interactive: true, opening: opening)
        } else if Terminal.stdinIsDumbTerminal {
            // A terminal that cannot take readline's editing: a plain "> " prompt, no escape codes.
            var reader = PlainLineReader(showsPrompt: true)
            loop(runner, reader: &reader, interactive: true, opening: opening)
        } else {
            var reader = PlainLineReader()
            if let welcome = runner.welcomeBack { Terminal.line(welcome + "\n") }
            loop(runner, reader: &reader, interactive: false, opening: opening)
        }
        runner.end()
    }

    static func loop<R: LineReader>(_ runner: SessionRunner, reader: inout R, interactive: Bool, opening: String?) {
        // Readline must be told which bytes of the prompt take no room on screen (between \u{01}
        // and \u{02}), or it misplaces the cursor and leaves text behind when a line is edited.
        let prompt = interactive ? (Terminal.useColor ? "\u{01}\u{1B}[36m\u{02}>\u{01}\u{1B}[0m\u{02} " : "> ") : ""
        var first = true
        var pending = opening
        while true {
            let line: String
            if let opening = pending {
                line = opening
                pending = nil
            } else {
                guard let read = reader.readLine(prompt: prompt) else {
                    if interactive { Terminal.line("\nGoodbye. Keep building those bridges.") }
                    break
                }
                line = read
            }
            let result = runner.turn(line)
            if let command = result.command, command.name == "record" {
                if command.argument.isEmpty {
                    Terminal.line("Say where to record: :record FILE")
                } else {
                    Terminal.line(runner.startRecording(to: command.argument))
                }
                continue
            }
            if !interactive && !first { Terminal.line("") }
            first = false
            if !result.reply.isEmpty {
                let text = Terminal.width.map { Terminal.wrap(result.reply, width: min($0, 100)) } ?? result.reply
                Terminal.line(text)
            }
            if interactive { Terminal.line("") }
            Terminal.flush()
            if result.quit { break }
        }
    }
}

enum ChatFormat: String, ExpressibleByArgument {
    case text, jsonl
}

/// How a session is kept and shown: shared by `tutor chat` and `tutor lesson run`.
struct ChatOutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Do not read or write the learner's session log.")
    var noLog = false

    @Option(name: .long, help: ArgumentHelp("Record the session as a transcript to this file.", valueName: "file"))
    var record: String?

    @Option(name: .long, help: "Output: text (for people) or jsonl (one JSON object a turn, for programs).")
    var format: ChatFormat = .text

    /// The learner's session, resumed from the log unless `--no-log`, recording if asked.
    func runner(tutor: Tutor, session: SessionOptions) throws -> SessionRunner {
        let runner = try SessionRunner(tutor: tutor, session: session, logging: !noLog)
        if let record {
            let said = runner.startRecording(to: record)
            if said.hasPrefix("Not recording: ") {
                throw CLIError("tutor: error: --record: " + said.dropFirst("Not recording: ".count).dropLast())
            }
        }
        return runner
    }
}
