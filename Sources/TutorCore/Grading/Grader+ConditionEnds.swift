/// Where a condition ends and its effect begins, when no comma or subject says so:
///
/// - "people who don't open up in therapy don't get better", "if he dont engage the sessions
///   wont do a thing for him": a negation, a modal or a copula right after a noun of the
///   condition opens the effect's predicate (the noun was its subject), so the condition's
///   idea (not engaging) is the cause of the effect's, not a claim about this client;
/// - "I suspect that without real engagement the treatment won't have much effect": a
///   "without" after small words ("that", "so", "and") opens its clause as a condition.
///
/// And an effect said by another idea's own match ("won't do a thing") explains the cause as
/// the effect's words from its statement do.
extension Grader {
    /// Words that open a new predicate after a noun (as typed, contractions expanded).
    static let predicateOpeners: WordSet = [
        "will", "wont", "wo", "would", "wouldnt", "can", "cant", "ca", "cannot", "could", "couldnt", "should",
        "might", "do", "does", "doesnt", "dont", "did", "didnt", "never", "is", "isnt", "are", "arent", "not",
    ]
    /// Small words that may stand before a "without" that opens its clause.
    static let withoutLeads: WordSet = [
        "that", "so", "and", "but", "because", "cause", "bc", "since", "then", "basically", "honestly", "just",
        "well", "like",
    ]

    /// Whether token `j` of a condition opens the effect's predicate: a negation, modal or copula
    /// right after a content word of the condition, once the condition holds a word.
    func opensEffect(_ tokens: [Token], _ j: Int, causeSoFar: Bool) -> Bool {
        causeSoFar && j > 0 && tokens[j - 1].isContent && Self.predicateOpeners.contains(tokens[j].typed)
    }

    /// Whether the "without" at token `i` opens its clause, after small words only.
    func withoutOpensClause(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].clause == tokens[i].clause, Self.withoutLeads.contains(tokens[k].typed) { k -= 1 }
        return k < 0 || tokens[k].clause != tokens[i].clause
    }
}
