import Foundation
import Testing

@testable import TutorCore

/// Regression floors on the held-out sets (`Tests/Data/heldout-*.tsv`): learner lines written
/// for issue #14 to measure how the matcher, the follow-ups and the grader generalize to lines
/// nobody tuned on. They are scored with the existing scorers (the rules of
/// `../shared/eval/score`). Each floor sits a little under the figure measured when it was set
/// (noted beside it).
///
/// Do not tune the matcher or the grader on these lines: a miss here goes into the other sets
/// in other words, or the held-out figure stops measuring generalization. Raise a floor when
/// the figure rises; never lower one, and never relabel a line to match the tutor.
@Suite struct HeldOutAccuracyTests {
    static let utterances = "Tests/Data/heldout-utterances.tsv"
    static let followUps = "Tests/Data/heldout-followups.tsv"
    static let answers = "Tests/Data/heldout-answers.tsv"
    static let dialogue = "Tests/Data/heldout-dialogue.tsv"

    @Test func heldOutUtterancesStayAtOrAboveTheirFloor() {
        let report = LabeledSetScorer.scoreUtterances(Self.utterances)
        #expect(report.total >= 250, "the set is missing or short: \(report.total) lines")
        #expect(report.accuracy >= 0.98, "\(report)")  // 0.982 (275/280); was 0.932; the issue's target is 0.95
    }

    @Test func heldOutFollowUpsStayAtOrAboveTheirFloor() {
        let report = LabeledSetScorer.scoreFollowUps(Self.followUps)
        #expect(report.total >= 60, "the set is missing or short: \(report.total) pairs")
        #expect(report.accuracy >= 0.98, "\(report)")  // 1.000 (70/70); was 0.786; the issue's target is 0.90
    }

    @Test func heldOutAnswersStayAtOrAboveTheirFloors() {
        let (report, ef1) = LabeledSetScorer.scoreAnswers(Self.answers)
        #expect(report.total >= 150, "the set is missing or short: \(report.total) answers")
        // The issue's target is 0.95 on each of the three figures.
        #expect(report.accuracy >= 0.97, "\(report)")  // 0.975 (157/161)
        #expect(ef1 >= 0.97, "\(report)")  // 0.978
        #expect(report.misconceptionF1 >= 0.94, "\(report)")  // 0.944
    }

    @Test func heldOutDialogueStaysAtOrAboveItsFloors() {
        let report = DialogueSetScorer.score(Self.dialogue)
        let lines = report.lines
        let accuracy = report.lineAccuracy
        #expect(lines >= 200, "the set is missing or short: \(lines) scored lines")
        // The issue's target is 0.90 of the dialogue lines.
        #expect(accuracy >= 0.90, "\(report)")  // the CLI scorer: 0.907 (185/204); was 0.725
        #expect(report.answerAccuracy >= 0.90, "\(report)")  // the CLI scorer: 0.906 (126/139)
        #expect(report.misconceptionF1 >= 0.85, "\(report)")  // CLI 0.862
    }

    /// The labels name only known intents, concepts, questions and ideas, and each answer's
    /// verdict follows the spec's rule, or the sets would measure the wrong thing.
    @Test func heldOutLabelsAreWellFormedAndFollowTheVerdictRule() {
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
