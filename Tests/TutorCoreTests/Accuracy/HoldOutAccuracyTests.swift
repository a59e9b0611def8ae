import Foundation
import Testing

@testable import TutorCore

/// Regression floors on the second held-out sets (`Tests/Data/holdout-*.tsv`), written for
/// issue #14 once the first held-out sets (`heldout-*.tsv`) had become development sets:
/// learner lines nobody has tuned on, labeled from the spec before the tutor was run on them.
/// They are scored with the existing scorers (the rules of `../shared/eval/score`). Each floor
/// sits a little under the figure measured when it was set (noted beside it).
///
/// Do not tune the matcher, the follow-ups or the grader on these lines, and do not copy them
/// into other sets: a figure here only measures generalization while the lines stay unseen.
/// Raise a floor when the figure rises; never lower one, and never relabel a line to match the
/// tutor.
@Suite struct HoldOutAccuracyTests {
    static let utterances = "Tests/Data/holdout-utterances.tsv"
    static let followUps = "Tests/Data/holdout-followups.tsv"
    static let answers = "Tests/Data/holdout-answers.tsv"
    static let dialogue = "Tests/Data/holdout-dialogue.tsv"

    @Test func holdOutUtterancesStayAtOrAboveTheirFloor() {
        let report = LabeledSetScorer.scoreUtterances(Self.utterances)
        #expect(report.total >= 250, "the set is missing or short: \(report.total) lines")
        // 0.935 (243/260); 0.846 before the situation frames (match5); the issue's target is 0.95
        #expect(report.accuracy >= 0.93, "\(report)")
    }

    @Test func holdOutFollowUpsStayAtOrAboveTheirFloor() {
        let report = LabeledSetScorer.scoreFollowUps(Self.followUps)
        #expect(report.total >= 60, "the set is missing or short: \(report.total) pairs")
        #expect(report.accuracy >= 0.91, "\(report)")  // 0.912 (62/68); was 0.779; the issue's target is 0.90
    }

    @Test func holdOutAnswersStayAtOrAboveTheirFloors() {
        let (report, ef1) = LabeledSetScorer.scoreAnswers(Self.answers)
        #expect(report.total >= 150, "the set is missing or short: \(report.total) answers")
        // The issue's target is 0.95 on each of the three figures.
        #expect(report.accuracy >= 0.965, "\(report)")  // 0.969 (154/159)
        #expect(ef1 >= 0.975, "\(report)")  // 0.980
        #expect(report.misconceptionF1 >= 0.97, "\(report)")  // 0.974
    }

    @Test func holdOutDialogueStaysAtOrAboveItsFloors() {
        let report = DialogueSetScorer.score(Self.dialogue)
        let lines = report.lines
        let accuracy = report.lineAccuracy
        #expect(lines >= 200, "the set is missing or short: \(lines) scored lines")
        // The issue's target is 0.90 of the dialogue lines.
        #expect(accuracy >= 0.85, "\(report)")  // the CLI scorer: 0.854 (181/212); was 0.712
        #expect(report.answerAccuracy >= 0.85, "\(report)")  // the CLI scorer: 0.855 (142/166)
        #expect(report.misconceptionF1 >= 0.88, "\(report)")  // CLI 0.892
    }

    /// The labels name only known intents, concepts, questions and ideas, and each answer's
    /// verdict follows the spec's rule, or the sets would measure the wrong thing.
    @Test func holdOutLabelsAreWellFormedAndFollowTheVerdictRule() {
        let kb = Fixtures.kb
        let intents = Set(Intent.allCases.map(\.rawValue))
        let known = { (ids: String) in
            ids == "-"
                || ids.split(whereSeparator: { $0 == "|" || $0 == "," }).allSatisfy { kb.concept(String($0)) != nil }
        }
        for (line, f) in Fixtures.tsv(Self.utterances) {
            #expect(f.count == 3 && known(f[1]), "\(Self.utterances):\(line): bad fields or unknown concept")
            #expect(
                f[0].split(separator: "|").allSatisfy { intents.contains(String($0)) }, "\(Self.utterances):\(line)")
        }
        for (line, f) in Fixtures.tsv(Self.followUps) {
            #expect(f.count == 4 && known(f[2]), "\(Self.followUps):\(line): bad fields or unknown concept")
            #expect(f[1].split(separator: "|").allSatisfy { intents.contains(String($0)) }, "\(Self.followUps):\(line)")
        }
        for (line, f) in Fixtures.tsv(Self.answers) {
            guard f.count == 5, let q = kb.question(f[0]) else {
                Issue.record("\(Self.answers):\(line): want 5 fields and a known question")
                continue
            }
            let covered = LabeledSetScorer.split(f[1]), shown = LabeledSetScorer.split(f[2])
            #expect(covered.allSatisfy { q.expectation($0) != nil }, "\(Self.answers):\(line): unknown expectation")
            #expect(shown.allSatisfy { q.misconception($0) != nil }, "\(Self.answers):\(line): unknown misconception")
            let verdicts: Set<String> =
                !shown.isEmpty
                ? ["misconception"]
                : covered.count >= q.needed ? ["correct"] : !covered.isEmpty ? ["partial"] : ["incorrect", "dont-know"]
            #expect(verdicts.contains(f[3]), "\(Self.answers):\(line): \(f[3]) breaks the verdict rule")
        }
        for problem in DialogueSetScorer.labelProblems(Self.dialogue, checkAsks: true) {
            Issue.record("\(problem)")
        }
    }
}
