import Foundation

@testable import TutorCore

/// Scores a labeled dialogue set (`session<TAB>kind<TAB>gold<TAB>text`) with the rules of
/// `../shared/eval/score dialogue`, driving the core `Tutor` in-process, one fresh seeded
/// state a session (as `tutor chat --format jsonl --seed 1` does with a fresh state dir).
enum DialogueSetScorer {
    struct Report: CustomStringConvertible {
        var name: String
        var answers = 0
        var answersRight = 0
        var asks = 0
        var asksRight = 0
        var tp = 0, fp = 0, fn = 0, mtp = 0, mfp = 0, mfn = 0
        var failures: [String] = []

        var answerAccuracy: Double { answers == 0 ? 0 : Double(answersRight) / Double(answers) }
        /// Scored lines (answers and asks), those handled right, and the headline figure
        /// `score dialogue` prints ("dialogue lines right").
        var lines: Int { answers + asks }
        var linesRight: Int { answersRight + asksRight }
        var lineAccuracy: Double { lines == 0 ? 0 : Double(linesRight) / Double(lines) }
        var expectationF1: Double { LabeledSetScorer.f1(tp, fp, fn) }
        var misconceptionF1: Double { LabeledSetScorer.f1(mtp, mfp, mfn) }

        var description: String {
            var lines = [
                "\(name): answer lines \(answersRight)/\(answers), ask lines \(asksRight)/\(asks)",
                "  expectation F1 \(String(format: "%.3f", expectationF1)), misconception F1 \(String(format: "%.3f", misconceptionF1))",
                "failures:",
            ]
            lines += failures.map { "  " + $0 }
            return lines.joined(separator: "\n")
        }
    }

    /// What is wrong with a dialogue set's labels, each as "file:line: what" (never the
    /// line's text, so it is safe on a hold-out set): a row without four fields, an unknown
    /// question, an answer naming an idea its question lacks, an ask without INTENT:CONCEPT,
    /// an unknown kind. `checkAsks` also wants each ask's intents and concept known.
    static func labelProblems(_ relative: String, checkAsks: Bool = false, kb: KnowledgeBase = Fixtures.kb)
        -> [String]
    {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        let intents = Set(Intent.allCases.map(\.rawValue))
        let known = { (ids: String) in
            ids == "-"
                || ids.split(whereSeparator: { $0 == "|" || $0 == "," }).allSatisfy { kb.concept(String($0)) != nil }
        }
        var problems: [String] = []
        var question: Question?
        for (line, f) in Fixtures.tsv(relative) {
            let at = "\(name):\(line)"
            guard f.count == 4 else {
                problems.append("\(at): want 4 tab-separated fields")
                continue
            }
            switch f[1] {
            case "quiz":
                question = kb.question(f[2])
                if question == nil { problems.append("\(at): unknown question '\(f[2])'") }
            case "answer":
                guard f[2] != "dont-know", let q = question else { continue }
                let parts = f[2].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                if parts.count != 2 { problems.append("\(at): want COVERED|MISCONCEPTIONS") }
                for id in LabeledSetScorer.split(parts[0]) where q.expectation(id) == nil {
                    problems.append("\(at): '\(q.id)' has no expectation \(id)")
                }
                for id in LabeledSetScorer.split(parts.count > 1 ? parts[1] : "-") where q.misconception(id) == nil {
                    problems.append("\(at): '\(q.id)' has no misconception \(id)")
                }
            case "ask":
                let parts = f[2].split(separator: ":").map(String.init)
                let wellFormed =
                    checkAsks
                    ? parts.count == 2 && known(parts[1])
                        && parts[0].split(separator: "|").allSatisfy { intents.contains(String($0)) }
                    : f[2].contains(":")
                if !wellFormed { problems.append("\(at): want INTENT:CONCEPT with a known intent and concept") }
            default:
                problems.append("\(at): unknown kind '\(f[1])'")
            }
        }
        return problems
    }

    static func score(_ relative: String, tutor: Tutor = Fixtures.tutor) -> Report {
        var report = Report(name: relative)
        var sessions: [(id: String, rows: [(line: Int, fields: [String])])] = []
        for row in Fixtures.tsv(relative) where row.fields.count == 4 {
            if sessions.last?.id != row.fields[0] { sessions.append((row.fields[0], [])) }
            sessions[sessions.count - 1].rows.append(row)
        }
        for session in sessions {
            var state = TutorState(seed: 1)
            var question: String?
            for (line, f) in session.rows {
                let (kind, gold, text) = (f[1], f[2], f[3])
                let result = tutor.respond(to: text, state: &state, now: "2026-01-01T00:00:00Z")
                let grade = result.grade
                if kind == "quiz" {
                    question = gold
                    continue
                }
                let ok: Bool
                if kind == "answer" {
                    ok = scoreAnswer(gold, question: question, result, &report)
                    report.answers += 1
                    report.answersRight += ok ? 1 : 0
                } else {
                    let parts = gold.split(separator: ":").map(String.init)
                    let intents = parts[0].split(separator: "|").map(String.init)
                    let concepts = parts.count > 1 ? parts[1].split(separator: "|").map(String.init) : ["-"]
                    let first = result.match?.concepts.first
                    ok =
                        grade == nil && intents.contains(result.match?.intent.rawValue ?? "")
                        && (concepts == ["-"] || first.map(concepts.contains) == true)
                        // As `tutor chat --format jsonl` reports it: the open question, or the one
                        // just closed that the conversation is still on.
                        && ((result.openQuestion ?? result.closedQuestion) == question || intents.contains("goodbye"))
                    report.asks += 1
                    report.asksRight += ok ? 1 : 0
                }
                if !ok {
                    report.failures.append(
                        "line \(line) [\(kind) \(gold)] \(text.debugDescription): got \(result.match?.intent.rawValue ?? "-") open \(result.openQuestion ?? "-") grade \(grade.map { "\($0.covered) \($0.misconceptions) \($0.verdict.rawValue)" } ?? "none")"
                    )
                }
                if kind == "ask" && gold.hasPrefix("goodbye") { break }
            }
        }
        return report
    }

    /// Whether an answer line was graded against the open question with exactly the gold
    /// ideas (or as a don't-know / a hint request); counts the F1 tallies.
    private static func scoreAnswer(_ gold: String, question: String?, _ result: TurnResult, _ r: inout Report)
        -> Bool
    {
        let grade = result.grade
        if gold == "dont-know" {
            return grade?.verdict == .dontKnow || (grade == nil && result.match?.intent == .hint)
        }
        let parts = gold.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let wantE = LabeledSetScorer.split(parts[0])
        let wantM = LabeledSetScorer.split(parts.count > 1 ? parts[1] : "-")
        let gotE = Set(grade?.covered ?? [])
        let gotM = Set(grade?.misconceptions ?? [])
        r.tp += wantE.intersection(gotE).count
        r.fp += gotE.subtracting(wantE).count
        r.fn += wantE.subtracting(gotE).count
        r.mtp += wantM.intersection(gotM).count
        r.mfp += gotM.subtracting(wantM).count
        r.mfn += wantM.subtracting(gotM).count
        return grade != nil && grade?.question == question && gotE == wantE && gotM == wantM
    }
}
