import ArgumentParser
import Foundation
import TutorCore

/// `tutor chat` (the default): the interactive session.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat", abstract: "Start an interactive session (the default).")

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var session: SessionOptions

    @Flag(name: .long, help: "Do not read or write the learner's session log.")
    var noLog = false

    @Option(name: .long, help: ArgumentHelp("Record the session as a transcript to this file.", valueName: "file"))
    var record: String?

    @Option(name: .long, help: "Output: text (for people) or jsonl (one JSON object a turn, for programs).")
    var format: ChatFormat = .text

    func run() throws {
        try guarded {
            let kb = try knowledge.load()
            let tutor = Tutor(kb: kb)
            let runner = try SessionRunner(tutor: tutor, session: session, logging: !noLog)
            if let record { runner.startRecording(to: record) }
            if format == .jsonl {
                var reader = PlainLineReader()
                JSONLChat.run(runner, reader: &reader)
                runner.end()
                return
            }
            let interactive = Terminal.stdinIsTerminal
            if interactive {
                let history = StateDirectory.prepare(session.resolvedStateDir()).map { $0 + "/history" }
                var reader = ReadlineReader(historyPath: history, words: Self.completionWords(kb))
                Terminal.line(
                    Terminal.bold("tutor") + " — the therapeutic alliance, for \(runner.learner). Ask a question, or type :help. Ctrl-D to leave.")
                if let welcome = runner.welcomeBack { Terminal.line(welcome + "\n") }
                loop(runner, reader: &reader, interactive: true)
            } else {
                var reader = PlainLineReader()
                if let welcome = runner.welcomeBack { Terminal.line(welcome + "\n") }
                loop(runner, reader: &reader, interactive: false)
            }
            runner.end()
        }
    }

    func loop<R: LineReader>(_ runner: SessionRunner, reader: inout R, interactive: Bool) {
        let prompt = interactive ? (Terminal.useColor ? "\u{1B}[36m>\u{1B}[0m " : "> ") : ""
        var first = true
        while true {
            guard let line = reader.readLine(prompt: prompt) else {
                if interactive { Terminal.line("\nGoodbye. Keep building those bridges.") }
                break
            }
            if reader.wasInterrupted {
                continue  // Ctrl-C: the line is abandoned, the tutor goes on
            }
            let result = runner.turn(line)
            if let command = result.command, command.name == "record" {
                if command.argument.isEmpty {
                    Terminal.line("Say where to record: :record FILE")
                } else {
                    runner.startRecording(to: command.argument)
                    Terminal.line("Recording this session to \(command.argument).")
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

    static func completionWords(_ kb: KnowledgeBase) -> [String] {
        var words = [":help", ":topics", ":quiz", ":hint", ":skip", ":progress", ":sources", ":record", ":quit"]
        words += kb.concepts.map(\.id)
        return words
    }
}

enum ChatFormat: String, ExpressibleByArgument {
    case text, jsonl
}

/// The state folder: created private to the user.
enum StateDirectory {
    /// Creates `dir` (0700) if needed; nil if it cannot be used (the tutor goes on without it).
    static func prepare(_ dir: String) -> String? {
        do {
            try FileManager.default.createDirectory(
                atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return dir
        } catch {
            Terminal.error("tutor: warning: cannot use the state folder \(dir): \(error.localizedDescription)")
            return nil
        }
    }
}
