import ArgumentParser
import Foundation
import TutorCore

/// `tutor review`: runs what FSRS says is due now, a question for each due concept, then
/// the due exam items as one exam set. Turns are logged as in `tutor chat`.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Review what is due today: concepts' questions, then exam items.",
        discussion: """
            Each graded first answer to a concept's question and each exam answer schedules the next review \
            with FSRS (see the README). This runs the reviews due now: a question on each due concept (answer, \
            or say "skip"), then the due exam items as a practice set. :quit leaves.
            """)

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var session: SessionOptions

    func run() throws {
        try guarded {
            let tutor = try knowledge.tutor()
            let runner = try SessionRunner(tutor: tutor, session: session, logging: true)
            let due = tutor.dueForReview(runner.state, now: runner.clock.now())
            guard !due.concepts.isEmpty || !due.items.isEmpty else {
                Terminal.line(Self.nothingDue(runner))
                runner.end()
                return
            }
            let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
            Terminal.line(
                "Due for review: \(plural(due.concepts.count, "concept")) and \(plural(due.items.count, "exam item")).")
            var reader = PlainLineReader(showsPrompt: Terminal.stdinIsTerminal)
            var quit = false
            for concept in due.concepts where !quit {
                Terminal.line("")
                Terminal.line(tutor.askReview(concept: concept, state: &runner.state, now: runner.clock.iso()))
                quit = Self.loop(runner, &reader) { $0.open != nil }
            }
            if !due.items.isEmpty && !quit {
                Terminal.line("")
                Terminal.line(tutor.startExam(count: due.items.count, items: due.items, state: &runner.state))
                _ = Self.loop(runner, &reader) { $0.exam != nil }
            }
            runner.end()
        }
    }

    /// Takes turns while `going` holds; true when the learner left (":quit", end of input).
    static func loop(_ runner: SessionRunner, _ reader: inout PlainLineReader, while going: (TutorState) -> Bool)
        -> Bool
    {
        while going(runner.state) {
            guard let line = reader.readLine(prompt: "> ") else { return true }
            let result = runner.turn(line)
            Terminal.line("")
            Terminal.line(result.reply)
            Terminal.flush()
            if result.quit { return true }
        }
        return false
    }

    /// "Nothing is due…", with the next review if there is one.
    static func nothingDue(_ runner: SessionRunner) -> String {
        let report = ProgressReport(
            learner: runner.learner, state: runner.state, kb: runner.tutor.kb, now: runner.clock.now())
        guard let next = report.reviews.first else {
            return "Nothing to review yet: answer some questions (tutor chat) or exam items (tutor exam) first."
        }
        let what = next.kind == .concept ? next.name : "exam item \(next.id)"
        return "Nothing is due for review now. Next: \(what) on \(next.due.prefix(10))."
    }
}
