/// An action named by its infinitive or bare verb in order to condemn it: "in my culture to
/// refuse a gift is an insult", "in my culture refuse a gift is insult" (a second language's
/// word order). As with a gerund ("refusing a gift is rude", `Grader+Condemned`), the words
/// say what the learner warns against, so they hold no misconception that recommends the
/// action. Only a verb after "to", or first in its clause after a frame of place ("in my
/// culture"), and a condemning word within a few words of the verb joining it to the judgement.
extension Grader {
    /// Words of a frame of place or custom that may stand before a bare verb subject.
    static let customFrames: WordSet = [
        "culture", "cultures", "country", "countries", "family", "religion", "tradition",
    ]

    /// The content positions of each infinitive or bare verb subject whose clause goes on to
    /// judge it by a condemning word.
    func condemnedInfinitives(_ line: Line) -> Set<Int> {
        let tokens = line.tokens
        var out: Set<Int> = []
        for i in tokens.indices.dropFirst() where tokens[i].isContent && !tokens[i].negated {
            let before = tokens[i - 1]
            let opens =
                before.typed == "to"
                && (i < 2 || !tokens[i - 2].isContent || Self.customFrames.contains(tokens[i - 2].typed))
                || Self.customFrames.contains(before.typed)
            guard opens else { continue }
            var j = i + 1
            while j < tokens.count, j - i <= 5, tokens[j].clause == tokens[i].clause,
                !Self.judgingLinks.contains(tokens[j].typed)
            {
                j += 1
            }
            guard j < tokens.count, j - i <= 5, j > i + 1, tokens[j].clause == tokens[i].clause else { continue }
            let judged = tokens[j..<min(tokens.count, j + 4)].contains {
                $0.clause == tokens[i].clause && !$0.negated && Self.condemningWords.contains($0.typed)
            }
            guard judged else { continue }
            for (c, t) in line.positions.enumerated() where t >= i && t < j { out.insert(c) }
        }
        return out
    }
}
