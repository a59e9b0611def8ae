/// (round 32) A quiz request that tells a scene ("ask me about a client who wants to know if
/// I'm in recovery", "do the one where the guy's boss is making him come"): the matcher reads
/// the scene by the situations it knows and may put first a concept whose situation shares
/// only the scene's frame (a client who wants to know something: rating progress), beside the
/// concept whose question holds the scene's own words ("recovery": the question on a client
/// who asks whether the counselor is in recovery). The question asked for is the one whose
/// words the learner used, so the concept whose questions share a word of the scene goes
/// first, when the matcher's first was read from the scene alone (no term of it said) and its
/// questions share none. A first concept named by one of its terms keeps its place.
extension Tutor {
    /// The matcher's concepts, the first concept whose questions share a word of the line's
    /// scene put first when the matcher's first was told by the scene alone and shares none.
    func conceptsByTheScene(_ match: MatchResult, _ analysis: Analysis) -> [String] {
        let concepts = match.concepts
        guard concepts.count >= 2, let first = concepts.first, toldOnly(first, match.basis),
            !questionsShareTheScene(first, analysis),
            let better = concepts.dropFirst().first(where: { questionsShareTheScene($0, analysis) })
        else { return concepts }
        return [better] + concepts.filter { $0 != better }
    }

    /// Read from a situation told, and named by none of its terms.
    private func toldOnly(_ concept: String, _ basis: MatchBasis) -> Bool {
        basis.told.contains { $0.concept == concept } && !basis.named.contains { $0.concept == concept }
    }

    /// Whether a question of the concept holds a word of the line's scene (a word that tells
    /// questions apart, not "client" or "ask").
    private func questionsShareTheScene(_ concept: String, _ analysis: Analysis) -> Bool {
        questionFinder.concepts.indices.contains {
            questionFinder.concepts[$0] == concept
                && questionFinder.sharesScene(analysis, question: questionFinder.ids[$0])
        }
    }
}
