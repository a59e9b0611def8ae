/// Round 28: a case or a thing asked as one side of a concept that is itself a contrast
/// ("one beer after a year sober - is that a relapse or what", "…after 6 months sober. is
/// this a relapse?", "dude shows up every time, signs every sheet. how is that not
/// commitment"). The learner asks which side of lapse versus relapse, or of compliance versus
/// commitment, the case falls on: a comparison of the two sides, not a definition of the one
/// side said nor the reasons of the case.
extension Matcher {
    /// Words that may stand between the pronoun and the side ("is that a full relapse", "is
    /// that not real commitment").
    static let sideFillers: WordSet = [
        "a", "an", "the", "just", "not", "really", "real", "full", "true", "actual", "actually", "genuine", "already",
        "still", "only", "even", "technically", "officially",
    ]
    /// The verbs that ask whether it is so ("is", "was"), as typed or folded.
    static let sideAuxiliaries: WordSet = ["is", "was", "isnt", "isn't", "wasnt", "wasn't", "'s"]

    /// Whether the line's first concept is a contrast and the line asks whether "that",
    /// "this" or "it" is one of its sides: the auxiliary, the pronoun, at most three small words,
    /// then a word that begins as a side does (its first six letters: "relapse", "committed").
    /// Runs only for a contrast concept (two in the knowledge base).
    func asksWhichSide(_ ranked: [Int], tokens: [Token]) -> Bool {
        guard let first = ranked.first, contrastSides[first].count == 2 else { return false }
        let heads = contrastSides[first].map { String($0.prefix(6)) }
        for k in tokens.indices where heads.contains(where: { tokens[k].word.hasPrefix($0) }) {
            var p = k - 1
            while p >= 0, k - p <= 4, Self.sideFillers.contains(tokens[p].word) { p -= 1 }
            guard p >= 1, k - p <= 4, ["that", "this", "it"].contains(tokens[p].word) else { continue }
            // "is that…", "is not that…" (a contraction the analyzer wrote apart).
            let aux = tokens[p - 1].word == "not" && p >= 2 ? p - 2 : p - 1
            if Self.sideAuxiliaries.contains(tokens[aux].word) { return true }
        }
        return false
    }
}
