import Foundation
import Testing

@testable import TutorCore

/// Regression floors for the grader's verdict accuracy on the labeled answer sets, scored
/// with the rules of `../shared/eval/score`. Each floor sits just under the figure reached
/// when it was set (noted beside it); the failure message gives the per-verdict breakdown,
/// the expectation and misconception F1 and every miss.
@Suite struct GraderAccuracyTests {
    struct LabeledSet: CustomTestStringConvertible, Sendable {
        var path: String
        var floor: Double
        var testDescription: String { "\(path) ≥ \(floor)" }
    }

    static let ownSets: [LabeledSet] = [
        LabeledSet(path: "Tests/Data/answers.tsv", floor: 0.955),  // 0.960 (483/503)
        LabeledSet(path: "Tests/Data/answers-more.tsv", floor: 0.93),  // 0.933 (531/569)
        LabeledSet(path: "Tests/Data/answers-extra.tsv", floor: 0.98),  // 0.992 (129/130)
        LabeledSet(path: "Tests/Data/answers-v2.tsv", floor: 0.97),  // 0.974 (147/151)
        // Knowledge v2's twelve canonical questions, in learners' words.
        LabeledSet(path: "Tests/Data/answers-kb2.tsv", floor: 0.98),  // 0.990 (98/99)
        LabeledSet(path: "Tests/Data/answers-kb3.tsv", floor: 0.98),  // 1.000 (67/67)
        // Held-out answers to the canonical questions, labeled before the grader saw them.
        LabeledSet(path: "Tests/Data/answers-v3.tsv", floor: 0.92),  // 0.925 (74/80)
        // Misconceptions said in conversation, denied leaving, idioms (labeled before grading).
        LabeledSet(path: "Tests/Data/answers-v4.tsv", floor: 0.90),  // 0.903 (84/93)
        // Grading by meaning in context: paraphrase, negation, casual misconceptions, hedges.
        LabeledSet(path: "Tests/Data/answers-v5.tsv", floor: 0.90),  // 0.901 (183/203)
    ]

    /// The issue's kinds of answers (answers-v2.tsv): each figure must stay at or above 0.95.
    @Test func answersV2MeetTheIssueTargetsOnEveryFigure() {
        let (report, ef1) = LabeledSetScorer.scoreAnswers("Tests/Data/answers-v2.tsv")
        #expect(report.total >= 150)
        #expect(report.accuracy >= 0.97, "\(report)")  // 0.974
        #expect(ef1 >= 0.98, "\(report)")  // 0.983
        #expect(report.misconceptionF1 >= 0.95, "\(report)")  // 0.962
    }

    /// Held-out answers (answers-v3.tsv): the F1 figures stay at or above their floors.
    @Test func answersV3KeepTheirF1Floors() {
        let (report, ef1) = LabeledSetScorer.scoreAnswers("Tests/Data/answers-v3.tsv")
        #expect(report.total >= 80)
        #expect(ef1 >= 0.94, "\(report)")  // 0.947
        #expect(report.misconceptionF1 >= 0.93, "\(report)")  // 0.938
    }

    @Test("verdict accuracy on our own answer sets stays at or above its floor", arguments: ownSets)
    func ownSetMeetsItsFloor(_ set: LabeledSet) {
        let (report, _) = LabeledSetScorer.scoreAnswers(set.path)
        #expect(report.total >= 60, "the set \(set.path) is missing or nearly empty")
        #expect(report.accuracy >= set.floor, "\(report)")
    }

    @Test(
        "verdict accuracy and expectation F1 on the shared dev set stay at or above the issue's 0.95",
        .enabled(if: LabeledSetScorer.evalSetExists("answers-dev.tsv"), "../shared/eval/answers-dev.tsv is absent"))
    func devSetMeetsItsFloor() {
        // 1.000 (18/18) and F1 1.000 when set. With 18 answers, 0.95 allows no miss.
        let (report, f1) = LabeledSetScorer.scoreAnswers(LabeledSetScorer.devPath("answers-dev.tsv"))
        #expect(report.total >= 15)
        #expect(report.accuracy >= 0.95, "\(report)")
        #expect(f1 >= 0.95, "\(report)")
    }

    @Test func labeledSetsNameOnlyKnownQuestionsIdeasAndVerdicts() {
        let kb = Fixtures.kb
        let verdicts = Set(Verdict.allCases.map(\.rawValue))
        for path in Self.ownSets.map(\.path) {
            for (line, fields) in Fixtures.tsv(path) {
                #expect(fields.count == 5, "\(path):\(line): want 5 tab-separated fields")
                guard fields.count == 5, let q = kb.question(fields[0]) else {
                    Issue.record("\(path):\(line): unknown question '\(fields.first ?? "")'")
                    continue
                }
                #expect(verdicts.contains(fields[3]), "\(path):\(line): unknown verdict '\(fields[3])'")
                for id in LabeledSetScorer.split(fields[1]) {
                    #expect(q.expectation(id) != nil, "\(path):\(line): '\(q.id)' has no expectation \(id)")
                }
                for id in LabeledSetScorer.split(fields[2]) {
                    #expect(q.misconception(id) != nil, "\(path):\(line): '\(q.id)' has no misconception \(id)")
                }
            }
        }
    }

    /// The labels must follow the spec's verdict rule, or the set measures the wrong thing.
    @Test func extraAnswerLabelsAreConsistentWithTheVerdictRule() {
        for (line, f) in Fixtures.tsv("Tests/Data/answers-extra.tsv") {
            guard f.count == 5, let q = Fixtures.kb.question(f[0]) else { continue }
            let covered = LabeledSetScorer.split(f[1]).count
            let shown = LabeledSetScorer.split(f[2]).count
            let expected: Set<String> =
                shown > 0
                ? ["misconception"]
                : covered >= q.needed ? ["correct"] : covered > 0 ? ["partial"] : ["incorrect", "dont-know"]
            #expect(
                expected.contains(f[3]),
                "answers-extra.tsv:\(line): labeled \(f[3]) with \(covered)/\(q.needed) covered")
        }
    }
}
