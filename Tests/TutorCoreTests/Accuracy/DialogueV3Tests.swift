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
        #expect(report.lines >= 230, "the set is missing or short: \(report.lines) scored lines")
        let accuracy = report.lineAccuracy
        // 0.903 (195/216); 0.644 before round 5; 0.924 (208/225) in round 6, with two sessions
        // added of the side requests and attempts read then (a question with no question mark,
        // one out of scope, "idk what else", "hes bored?", an option named last or as subject).
        #expect(accuracy >= 0.92, "\(report)")
    }

    @Test func dialogueV3NamesOnlyKnownQuestionsAndIdeas() {
        for problem in DialogueSetScorer.labelProblems("Tests/Data/dialogue-v3.tsv") {
            Issue.record("\(problem)")
        }
    }
}
