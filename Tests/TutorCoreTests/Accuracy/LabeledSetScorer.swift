import Foundation
import TutorCore

/// Scores the matcher and the grader over labeled TSV sets with the same rules as
/// `../shared/eval/score`, and on the same core calls `tutor match` and `tutor grade` make
/// (`matcher.matchLine(line)`, `tutor.grade(questionID:answer:)`), so a figure here is the
/// figure the script prints.
enum LabeledSetScorer {
    /// `../shared/eval` beside the package, where the dev sets live (absent on some machines).
    static let evalDir = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/eval")

    static func evalSetExists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: evalDir.appendingPathComponent(name).path)
    }

    /// A set's path relative to the package root (the dev sets sit beside it).
    static func devPath(_ name: String) -> String { "../shared/eval/" + name }

    /// What one run over a set found: totals, a breakdown by gold label, and every miss.
    struct Report: CustomStringConvertible {
        var name: String
        var total = 0
        var right = 0
        var breakdown: [String: (total: Int, right: Int)] = [:]
        var failures: [String] = []
        var extra: [String] = []
        /// For an answer set, the misconception F1.
        var misconceptionF1 = 1.0

        var accuracy: Double { total == 0 ? 0 : Double(right) / Double(total) }

        mutating func add(_ key: String, ok: Bool, failure: @autoclosure () -> String) {
            total += 1
            breakdown[key, default: (0, 0)].total += 1
            if ok {
                right += 1
                breakdown[key, default: (0, 0)].right += 1
            } else {
                failures.append(failure())
            }
        }

        var description: String {
            var lines = ["\(name): \(right)/\(total) = \(String(format: "%.3f", accuracy))"]
            for key in breakdown.keys.sorted() {
                let b = breakdown[key]!
                lines.append("  \(key.padding(toLength: 16, withPad: " ", startingAt: 0)) \(b.right)/\(b.total)")
            }
            lines += extra.map { "  " + $0 }
            lines.append("failures:")
            lines += failures.map { "  " + $0 }
            return lines.joined(separator: "\n")
        }
    }

    // MARK: Utterances

    /// The script's concept rule: compare wants the first two (or one) as a set; other
    /// intents want the first concept among the gold alternatives; "-" wants none for quiz
    /// and hint and checks nothing for the rest.
    static func conceptsRight(intent: String, gold: String, got: [String]) -> Bool {
        if gold == "-" { return ["quiz", "hint"].contains(intent) ? got.isEmpty : true }
        if intent == "compare" {
            let want = Set(gold.split(separator: ",").map(String.init))
            return Set(got.prefix(want.count)) == want
        }
        guard let first = got.first else { return false }
        return gold.split(separator: "|").map(String.init).contains(first)
    }

    static func scoreUtterances(_ relative: String, tutor: Tutor = Fixtures.tutor) -> Report {
        var report = Report(name: relative)
        var intentRight = 0
        for (line, fields) in Fixtures.tsv(relative) {
            guard fields.count >= 3 else {
                report.add("malformed", ok: false, failure: "line \(line): not 3 tab-separated fields")
                continue
            }
            let (intents, gold, text) = (fields[0], fields[1], fields[2])
            let m = tutor.matcher.matchLine(text)
            let wanted = intents.split(separator: "|").map(String.init)
            let okIntent = wanted.contains(m.intent.rawValue)
            let okConcepts = conceptsRight(intent: wanted[0], gold: gold, got: m.concepts)
            if okIntent { intentRight += 1 }
            report.add(
                intents, ok: okIntent && okConcepts,
                failure:
                    "line \(line): \(text.debugDescription): want \(intents) \(gold), got \(m.intent.rawValue) \(m.concepts)"
            )
        }
        report.extra.append("intent accuracy: \(intentRight)/\(report.total)")
        return report
    }

    /// Scores follow-ups in context (`context<TAB>intent<TAB>concepts<TAB>text`): each pair
    /// runs in a fresh session, the context line first, and the second line is scored with
    /// the concepts the tutor resolved (the matcher's plus what the dialogue filled in).
    static func scoreFollowUps(_ relative: String, tutor: Tutor = Fixtures.tutor) -> Report {
        var report = Report(name: relative)
        for (line, fields) in Fixtures.tsv(relative) {
            guard fields.count >= 4 else {
                report.add("malformed", ok: false, failure: "line \(line): not 4 tab-separated fields")
                continue
            }
            let (context, intents, gold, text) = (fields[0], fields[1], fields[2], fields[3])
            var state = TutorState(seed: 1)
            _ = tutor.respond(to: context, state: &state, now: "2026-01-01T00:00:00Z")
            let turn = tutor.respond(to: text, state: &state, now: "2026-01-01T00:00:10Z")
            let got = turn.match ?? MatchResult(intent: .outOfScope, concepts: [], confidence: 0)
            let wanted = intents.split(separator: "|").map(String.init)
            let ok =
                wanted.contains(got.intent.rawValue)
                && conceptsRight(intent: wanted[0], gold: gold, got: got.concepts)
            report.add(
                intents, ok: ok,
                failure:
                    "line \(line): \(text.debugDescription) after \(context.debugDescription): want \(intents) \(gold), got \(got.intent.rawValue) \(got.concepts)"
            )
        }
        return report
    }

    // MARK: Answers

    static func split(_ field: String) -> Set<String> {
        field == "-" ? [] : Set(field.split(separator: ",").map(String.init))
    }

    static func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> Double {
        tp + fp + fn == 0 ? 1 : 2 * Double(tp) / Double(2 * tp + fp + fn)
    }

    /// One answer graded on the call `tutor grade` makes: the `Tutor`'s, which lets the answer lean
    /// on its question ("Never." to "When should …", "Yes, absolutely." to a client's "…, right?":
    /// `Tutor+Ellipsis`), not the bare `Grader`'s, which reads the answer alone (round 34: the
    /// bare grader put `blinddev29-answers` at 0.936 where the CLI scored 0.944).
    static func gradeAsTheCLIDoes(_ question: String, _ text: String, tutor: Tutor = Fixtures.tutor) -> Grade? {
        tutor.grade(questionID: question, answer: text)
    }

    /// Verdict accuracy is the headline (`report.accuracy`); expectation F1 is returned beside it.
    static func scoreAnswers(_ relative: String, tutor: Tutor = Fixtures.tutor) -> (
        report: Report, expectationF1: Double
    ) {
        var report = Report(name: relative)
        var tp = 0, fp = 0, fn = 0, mtp = 0, mfp = 0, mfn = 0
        for (line, fields) in Fixtures.tsv(relative) {
            guard fields.count >= 5 else {
                report.add("malformed", ok: false, failure: "line \(line): not 5 tab-separated fields")
                continue
            }
            let (question, covered, miscon, verdict, text) = (fields[0], fields[1], fields[2], fields[3], fields[4])
            guard let grade = gradeAsTheCLIDoes(question, text, tutor: tutor) else {
                report.add(verdict, ok: false, failure: "line \(line): unknown question id '\(question)'")
                continue
            }
            let wantE = split(covered), gotE = Set(grade.covered)
            let wantM = split(miscon), gotM = Set(grade.misconceptions)
            tp += wantE.intersection(gotE).count
            fp += gotE.subtracting(wantE).count
            fn += wantE.subtracting(gotE).count
            mtp += wantM.intersection(gotM).count
            mfp += gotM.subtracting(wantM).count
            mfn += wantM.subtracting(gotM).count
            report.add(
                verdict, ok: grade.verdict.rawValue == verdict,
                failure:
                    "line \(line) [\(question)] \(text.debugDescription): want \(covered) \(miscon) \(verdict), got \(grade.covered.sorted()) \(grade.misconceptions.sorted()) \(grade.verdict.rawValue)"
            )
        }
        let ef1 = f1(tp, fp, fn)
        report.extra.append("expectation F1: \(String(format: "%.3f", ef1))")
        report.misconceptionF1 = f1(mtp, mfp, mfn)
        report.extra.append("misconception F1: \(String(format: "%.3f", report.misconceptionF1))")
        return (report, ef1)
    }
}
