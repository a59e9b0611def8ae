/// "Counselors are prohibited from disclosing anything personal", "they're forbidden to
/// accept gifts": a prohibition denies the deed it names, as "never disclose" and "must not
/// accept" do; the analyzer's negation knows no verb of forbidding. The deed after "prohibited
/// from" or "forbidden to", to the end of its clause, is read denied (and a denied prohibition,
/// "not forbidden to accept", allows it again).
extension Grader {
    /// Words of forbidding, before "from" or "to" and the deed.
    static let forbiddingWords: WordSet = [
        "prohibited", "forbidden", "banned", "barred", "disallowed", "prohibit", "prohibits", "forbid", "forbids",
    ]

    func readingProhibitions(_ analysis: Analysis) -> Analysis {
        guard analysis.tokens.contains(where: { Self.forbiddingWords.contains($0.typed) }) else { return analysis }
        var tokens = analysis.tokens
        for p in tokens.indices where Self.forbiddingWords.contains(tokens[p].typed) {
            var d = p + 1
            // "Forbid them from …": the one forbidden, then the deed.
            while d < tokens.count, tokens[d].clause == tokens[p].clause, d - p <= 3,
                !["from", "to"].contains(tokens[d].typed)
            {
                d += 1
            }
            guard d < tokens.count, tokens[d].clause == tokens[p].clause, ["from", "to"].contains(tokens[d].typed)
            else { continue }
            let denied = !tokens[p].negated
            for j in (d + 1)..<tokens.count where tokens[j].clause == tokens[p].clause && tokens[j].isContent {
                tokens[j].negated = denied
            }
        }
        return Analysis(text: analysis.text, tokens: tokens)
    }
}
