import ArgumentParser
import Foundation
import TutorCore

/// `tutor ask "…"`: answers one question and exits.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask", abstract: "Answer one question and exit.")

    @OptionGroup var knowledge: KnowledgeOptions

    @Argument(help: "The question, in your own words.")
    var words: [String]

    @Option(name: .long, help: "Seed for the tutor's choices.")
    var seed: UInt64 = 0

    func run() throws {
        try guarded {
            let tutor = try knowledge.tutor()
            var state = TutorState(seed: seed)
            state.offeredLastTurn = true  // one answer, no follow-up question to leave open
            let result = tutor.respond(to: words.joined(separator: " "), state: &state, now: "")
            let text = Terminal.width.map { Terminal.wrap(result.reply, width: $0) } ?? result.reply
            Terminal.line(text)
        }
    }
}
