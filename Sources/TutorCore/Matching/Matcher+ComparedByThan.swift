/// Round 33: a comparison put with a comparative and "than" ("does a court order keep clients
/// in treatment better than a good alliance does?", "is MI more useful for engagement than
/// confronting him"). The sides are the thing the sentence is about (the first concept
/// named in it) and the one named right after "than"; a concept named between them, by the
/// verb or the comparative ("keep clients in treatment", "for engagement"), is the yardstick
/// the two are weighed by, not a side, however strongly its term scored. A term whose words
/// lie on both sides of "than" names neither side, and leaves the order as it was; so do
/// "rather than" and "other than", which set one thing aside or out.
extension Matcher {
    /// The two sides of a comparison put with "than", or nil.
    func sidesAroundThan(_ terms: TermScan, _ tokens: [Token]) -> (Int, Int)? {
        guard terms.score.count >= 2,
            let t = tokens.indices.first(where: { $0 >= 2 && tokens[$0].word == "than" }),
            // "Rather than", "other than": not a comparison of two things.
            !["rather", "other"].contains(tokens[t - 1].word)
        else { return nil }
        let sentence = tokens[t].sentence
        let positions = { (c: Int) in terms.tokens[c] ?? [] }
        // The first word a term claimed in the next few ("than a good alliance does").
        guard let after = tokens.indices[(t + 1)..<min(tokens.count, t + 5)].first(where: { terms.claimed[$0] != nil }),
            tokens[after].sentence == sentence, let right = terms.claimed[after], positions(right).allSatisfy({ $0 > t })
        else { return nil }
        let before = terms.score.keys.filter { c in
            let own = positions(c)
            return c != right && !own.isEmpty && own.allSatisfy { $0 < t && tokens[$0].sentence == sentence }
        }
        guard let left = before.min(by: { (positions($0).min() ?? 0, $0) < (positions($1).min() ?? 0, $1) })
        else { return nil }
        return (left, right)
    }
}
