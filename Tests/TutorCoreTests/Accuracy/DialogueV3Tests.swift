import Testing

@testable import TutorCore

/// Floors for dialogue-v3.tsv (issue #14, round 5): sessions whose quiz line names each of
/// the 20 canonical questions in learners' words (by concept, by scene, indirectly, with
/// typos and small talk first), then side requests while the question is open and answers
/// over several turns. Each floor sits just under the figure measured when it was set.
@Suite struct DialogueV3Tests {
    @Test func dialogueV3KeepsItsFloors() {
        let report = DialogueSetScorer.score("Tests/Data/dialogue-v3.tsv")
        #expect(report.answers >= 150, "the set is missing or short: \(report.answers) answer lines")
        let lines = report.answers + report.asks
        let accuracy = lines == 0 ? 0 : Double(report.answersRight + report.asksRight) / Double(lines)
        #expect(accuracy >= 0.90, "\(report)")  // 0.903 (195/216); 0.644 before round 5
    }

    @Test func dialogueV3NamesOnlyKnownQuestionsAndIdeas() {
        let kb = Fixtures.kb
        var question: Question?
        for (line, f) in Fixtures.tsv("Tests/Data/dialogue-v3.tsv") {
            #expect(f.count == 4, "dialogue-v3.tsv:\(line): want 4 tab-separated fields")
            guard f.count == 4 else { continue }
            switch f[1] {
            case "quiz":
                question = kb.question(f[2])
                #expect(question != nil, "dialogue-v3.tsv:\(line): unknown question '\(f[2])'")
            case "answer":
                guard f[2] != "dont-know", let q = question else { continue }
                let parts = f[2].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                #expect(parts.count == 2, "dialogue-v3.tsv:\(line): want COVERED|MISCONCEPTIONS")
                for id in LabeledSetScorer.split(parts[0]) {
                    #expect(q.expectation(id) != nil, "dialogue-v3.tsv:\(line): '\(q.id)' has no expectation \(id)")
                }
                for id in LabeledSetScorer.split(parts.count > 1 ? parts[1] : "-") {
                    #expect(q.misconception(id) != nil, "dialogue-v3.tsv:\(line): '\(q.id)' has no misconception \(id)")
                }
            case "ask":
                #expect(f[2].contains(":"), "dialogue-v3.tsv:\(line): want INTENT:CONCEPT")
            default:
                Issue.record("dialogue-v3.tsv:\(line): unknown kind '\(f[1])'")
            }
        }
    }
}
