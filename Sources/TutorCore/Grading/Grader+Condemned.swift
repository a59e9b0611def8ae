/// An action named in order to condemn it: "refusing a gift is super rude", "confronting him
/// would backfire". The gerund's words say what the learner warns against, so they hold no
/// misconception that recommends the action (as a conceded stretch holds none).
extension Grader {
    /// Words that judge an action by the hurt it does to the client or the relationship. Not
    /// the words of rules ("unethical", "wrong"), which misconceptions use to condemn an
    /// action themselves ("accepting gifts is unethical").
    static let condemningWords: WordSet = [
        "rude", "hurtful", "insulting", "offensive", "disrespectful", "unkind", "hurt", "hurts", "offend", "offends",
        "insult", "insults", "backfire", "backfires", "counterproductive", "mistake",
    ]
    /// The verbs that join a gerund subject to its judgement.
    static let judgingLinks: WordSet = [
        "is", "s", "was", "would", "will", "could", "can", "might", "may", "just", "only", "be", "seems", "feels",
    ]
    /// Words ending in "-ing" that are no gerund.
    static let notGerunds: WordSet = [
        "thing", "things", "nothing", "something", "anything", "everything", "morning", "evening", "during",
    ]

    /// The content positions of each gerund subject ("refusing a gift") whose clause goes on
    /// to judge it by a condemning word, within a few words.
    func condemnedActions(_ line: Line) -> Set<Int> {
        let tokens = line.tokens
        var out: Set<Int> = []
        for i in tokens.indices where tokens[i].isContent && !tokens[i].negated {
            let w = tokens[i].typed
            guard w.count > 5, w.hasSuffix("ing"), !Self.notGerunds.contains(w) else { continue }
            var j = i + 1
            // The gerund's object, up to the verb that joins it to a judgement.
            while j < tokens.count, j - i <= 5, tokens[j].clause == tokens[i].clause,
                !Self.judgingLinks.contains(tokens[j].typed)
            {
                j += 1
            }
            guard j < tokens.count, j - i <= 5, tokens[j].clause == tokens[i].clause else { continue }
            let judged = tokens[j..<min(tokens.count, j + 5)].contains {
                $0.clause == tokens[i].clause && !$0.negated && Self.condemningWords.contains($0.typed)
            }
            guard judged else { continue }
            for (c, t) in line.positions.enumerated() where t >= i && t < j { out.insert(c) }
        }
        return out
    }
}
