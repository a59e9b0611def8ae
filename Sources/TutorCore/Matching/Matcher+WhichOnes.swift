/// (round 25) "Rogers' core conditions were which ones again? Is it three of them?": "which
/// ones" asks the members of a set, not a choice between two things. The stemmer makes "ones"
/// "one", so the line read as the compare cue "which one"; as typed, the plural lists.
extension Matcher {
    /// Whether a two-word compare cue "which one" was typed "which ones".
    static func asksWhichOnesThereAre(_ cue: Cue, _ tokens: [Token], at i: Int, end: Int) -> Bool {
        cue.intent == .compare && end - i == 2 && tokens[i].word == "which" && tokens[end - 1].typed == "ones"
    }
}

/// (round 25) "judge sends a guy to treatment, doesnt that settle it? why would the bond matter
/// more than the court": a why-question about a claim that one thing weighs more than another,
/// with only one concept named, asks for the claim's reasons; there is no second concept to set
/// beside it. (A why-question at the line's start is read so by `refineIntent`; this one opens
/// a later sentence.)
extension Matcher {
    /// Explain where the vote chose compare with fewer than two concepts named and every compare
    /// cue sits in a clause opened by "why".
    func reasonForAWeighing(
        _ chosen: (intent: Intent, confidence: Double), cues: CueScan, ranked: [Int], tokens: [Token]
    ) -> (intent: Intent, confidence: Double) {
        guard chosen.intent == .compare, ranked.count < 2 else { return chosen }
        let compared = cues.hits.filter { $0.intent == .compare }
        guard !compared.isEmpty else { return chosen }
        let underWhy = compared.allSatisfy { hit in
            let clause = tokens[hit.span.lowerBound].clause
            guard let opener = tokens.firstIndex(where: { $0.clause == clause }) else { return false }
            return tokens[opener].word == "why"
        }
        return underWhy ? (.explain, chosen.confidence) : chosen
    }
}
