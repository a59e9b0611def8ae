import Foundation
import Testing

@testable import TutorCore

/// One blind set's floor: which scorer reads it, how many lines it must hold, and the figure
/// it must keep (the headline: joint accuracy, follow-ups right, verdict accuracy or dialogue
/// lines right). `BlindSetTests` is one table of these for every round, so a new round adds
/// rows, not another copy of the suite.
struct BlindFloor: Sendable, CustomTestStringConvertible {
    enum Kind: Sendable { case utterances, followUps, answers, dialogue }

    let name: String
    let kind: Kind
    /// Fewer lines than this means the file is missing or cut short.
    let lines: Int
    let floor: Double

    var testDescription: String { name }
    var path: String { "Tests/Data/\(name).tsv" }
    /// A test set's lines are never read: its failures print its figure only.
    var isTestSet: Bool { name.split(separator: "/").last?.hasPrefix("holdout") ?? false }

    func check() {
        let total: Int
        let figure: Double
        let report: String
        switch kind {
        case .utterances:
            let r = LabeledSetScorer.scoreUtterances(path)
            (total, figure, report) = (r.total, r.accuracy, "\(r)")
        case .followUps:
            let r = LabeledSetScorer.scoreFollowUps(path)
            (total, figure, report) = (r.total, r.accuracy, "\(r)")
        case .answers:
            let (r, _) = LabeledSetScorer.scoreAnswers(path)
            (total, figure, report) = (r.total, r.accuracy, "\(r)")
        case .dialogue:
            let r = DialogueSetScorer.score(path)
            (total, figure, report) = (r.lines, r.lineAccuracy, "\(r)")
        }
        #expect(total >= lines, "\(path) is missing or short: \(total) scored lines")
        #expect(figure >= floor, Comment(rawValue: isTestSet ? "\(name): \(figure)" : report))
    }
}
