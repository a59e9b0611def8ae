import Foundation
import TutorCore

/// `tutor chat --format jsonl`: the full dialogue for programs. One input a line (plain
/// text, or `{"text": …}`); one JSON object a line out per input.
enum JSONLChat {
    /// TUTOR_EXPLAIN=1 adds the evidence behind each turn's match (for reading misses); read
    /// once, not at every turn.
    static let explainsTurns = ProcessInfo.processInfo.environment["TUTOR_EXPLAIN"] == "1"

    static func run<R: LineReader>(_ runner: SessionRunner, reader: inout R, opening: String? = nil) {
        if let welcome = runner.welcomeBack {
            Terminal.line(JSON.object([("turn", .number(0)), ("reply", .string(welcome))]).serialized())
        }
        if let opening {
            Terminal.line(object(runner.turn(opening), runner).serialized())
            Terminal.flush()
        }
        JSONLInput.forEachText(from: &reader) { text in
            let result = runner.turn(text)
            Terminal.line(object(result, runner).serialized())
            Terminal.flush()
            return !result.quit
        }
    }

    static func object(_ r: TurnResult, _ runner: SessionRunner) -> JSON {
        var open: JSON = .null
        if let id = r.openQuestion, let q = runner.tutor.question(id) {
            open = .object([("id", .string(id)), ("text", .string(q.text)), ("concept", .string(q.concept))])
        } else if let id = r.closedQuestion, let q = runner.tutor.question(id) {
            // The question just closed that the conversation is still on: more of an answer is
            // graded against it, so a harness sees which question that is.
            open = .object([
                ("id", .string(id)), ("text", .string(q.text)), ("concept", .string(q.concept)),
                ("closed", .bool(true)),
            ])
        }
        let grade = r.grade?.json ?? .null
        var lesson: JSON = .null
        if let progress = runner.state.lesson, let l = runner.tutor.lesson(named: progress.lesson),
            progress.section < l.sections.count
        {
            lesson = .object([("name", .string(l.name)), ("section", .string(l.sections[progress.section].name))])
        }
        let explain: [(String, JSON)] =
            explainsTurns
            ? [
                ("evidence", .array((r.match?.evidence ?? []).map { .string($0) })),
                ("openLine", r.openLine.map { .string(String(describing: $0)) } ?? .null),
            ] : []
        return .object(
            [
                ("turn", .number(Double(runner.state.turn))),
                ("input", .string(TextCleaner.clean(r.input, limit: 2000))),
                ("intent", r.match.map { .string($0.intent.rawValue) } ?? .null),
                ("concepts", .array((r.match?.concepts ?? []).map { .string($0) })),
                ("reply", .string(r.reply)),
                ("open", open),
                ("grade", grade),
                ("lesson", lesson),
                (
                    "mastery",
                    .array(
                        r.masteryChanges.map {
                            .object([
                                ("concept", .string($0.concept)),
                                ("before", .number(($0.before * 10000).rounded() / 10000)),
                                ("after", .number(($0.after * 10000).rounded() / 10000)),
                                ("mastered", .bool($0.mastered)),
                            ])
                        })
                ),
            ] + explain)
    }
}
