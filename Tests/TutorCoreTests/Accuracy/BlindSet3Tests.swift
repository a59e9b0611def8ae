import Foundation
import Testing

@testable import TutorCore

/// Floors for the sets written blind in round 7 of issue #14, as in rounds 5 and 6
/// (`BlindSetTests`, `BlindSet2Tests`): by helpers who saw only the spec, the eval README and
/// its samples, and the seeds. `blinddev3-*` are development data whose misses may be read and
/// fixed by mechanism; `holdout5-*` are test sets whose lines are never read, and whose
/// failures these tests do not print. Each floor sits just under the figure measured when it
/// was set (the CLI scorer's, `../shared/eval/score`, or `fu.py`'s for follow-ups).
@Suite struct BlindSet3Tests {
    @Test func blindDev3UtterancesKeepTheirFloor() {
        let report = LabeledSetScorer.scoreUtterances("Tests/Data/blinddev3-utterances.tsv")
        #expect(report.total >= 250, "Tests/Data/blinddev3-utterances.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.97, "\(report)")  // 0.977 (254/260); 0.931 when written
    }

    @Test func blindDev3FollowUpsKeepTheirFloor() {
        let report = LabeledSetScorer.scoreFollowUps("Tests/Data/blinddev3-followups.tsv")
        #expect(report.total >= 140, "Tests/Data/blinddev3-followups.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.92, "\(report)")  // 0.920 (138/150); 0.907 when written
    }

    @Test func blindDev3AnswersKeepTheirFloor() {
        let (report, _) = LabeledSetScorer.scoreAnswers("Tests/Data/blinddev3-answers.tsv")
        #expect(report.total >= 210, "Tests/Data/blinddev3-answers.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.96, "\(report)")  // verdict 0.968 (213/220); 0.955 when written
    }

    @Test func blindDev3DialogueKeepsItsFloor() {
        let report = DialogueSetScorer.score("Tests/Data/blinddev3-dialogue.tsv")
        let lines = report.lines
        #expect(lines >= 200, "the set is missing or short: \(lines) scored lines")
        let accuracy = report.lineAccuracy
        #expect(accuracy >= 0.98, "\(report)")  // 0.986 (209/212); 0.972 when written
    }

    @Test func blindDev3AndHoldOut5DialogueNameOnlyKnownIds() {
        for set in ["blinddev3-dialogue", "holdout5-dialogue"] {
            for problem in DialogueSetScorer.labelProblems("Tests/Data/\(set).tsv", checkAsks: true) {
                Issue.record("\(problem)")
            }
        }
    }

    @Test func holdOut5UtterancesKeepTheirFloor() {
        let report = LabeledSetScorer.scoreUtterances("Tests/Data/holdout5-utterances.tsv")
        #expect(report.total >= 170, "Tests/Data/holdout5-utterances.tsv is missing or nearly empty")
        // Figures only: the lines of a test set are never printed.
        #expect(report.accuracy >= 0.88, "joint accuracy \(report.accuracy)")  // 0.889 (160/180); 0.883 when written
    }

    @Test func holdOut5FollowUpsKeepTheirFloor() {
        let report = LabeledSetScorer.scoreFollowUps("Tests/Data/holdout5-followups.tsv")
        #expect(report.total >= 90, "Tests/Data/holdout5-followups.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.92, "accuracy \(report.accuracy)")  // 0.920 (92/100) when written
    }

    @Test func holdOut5AnswersKeepTheirFloor() {
        let (report, _) = LabeledSetScorer.scoreAnswers("Tests/Data/holdout5-answers.tsv")
        #expect(report.total >= 150, "Tests/Data/holdout5-answers.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.95, "verdict accuracy \(report.accuracy)")  // 0.950 (152/160); 0.931 when written
    }

    @Test func holdOut5DialogueKeepsItsFloor() {
        let report = DialogueSetScorer.score("Tests/Data/holdout5-dialogue.tsv")
        let lines = report.lines
        #expect(lines >= 160, "the set is missing or short: \(lines) scored lines")
        let right = report.linesRight
        let accuracy = report.lineAccuracy
        #expect(accuracy >= 0.93, "lines right \(right)/\(lines)")  // 0.937 (163/174); 0.920 when written
    }
}
