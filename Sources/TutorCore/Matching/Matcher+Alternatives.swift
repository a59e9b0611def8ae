/// Two concepts offered as alternatives ("a court order or the family pushing", "WAI or the
/// session rating scale", "X vs Y"): the line weighs one against the other, and those two
/// are the sides of the comparison, before any concept that is only its yardstick ("which
/// is worse for retention, …").
extension Matcher {
    /// Words that set two alternatives apart.
    static let alternativeWords: Set<String> = ["or", "vs", "versus"]

    /// Words that, in a line already asking for a comparison, set one side against the
    /// other ("my supervisor said that's sympathy not empathy. what's the difference").
    static let contrastingWords: Set<String> = alternativeWords.union(["not"])

    /// The two concepts named right before and right after an "or" (articles aside), or nil.
    func alternativeSides(
        _ terms: TermScan, _ tokens: [Token], between words: Set<String> = alternativeWords
    ) -> (Int, Int)? {
        guard terms.score.count >= 2 else { return nil }
        for (i, token) in tokens.enumerated() where words.contains(token.word) {
            guard let before = tokens[..<i].lastIndex(where: { $0.isContent }),
                let after = tokens[(i + 1)...].firstIndex(where: { $0.isContent }),
                tokens[(before + 1)..<i].allSatisfy({ $0.isStop }),
                tokens[(i + 1)..<after].allSatisfy({ $0.isStop }),
                let left = terms.claimed[before], let right = terms.claimed[after], left != right
            else { continue }
            return (left, right)
        }
        return nil
    }

    /// A comparison's concepts with the alternatives' two sides first, before a situation
    /// the story tells around them ("grieving client, … that's sympathy not empathy").
    func sidesFirst(_ ranked: [Int], terms: TermScan, tokens: [Token]) -> [Int] {
        guard let (left, right) = alternativeSides(terms, tokens, between: Self.contrastingWords),
            ranked.contains(left), ranked.contains(right)
        else { return ranked }
        return [left, right] + ranked.filter { $0 != left && $0 != right }
    }
}
