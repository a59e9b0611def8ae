/// Two concepts offered as alternatives ("a court order or the family pushing", "WAI or the
/// session rating scale", "X vs Y"): the line weighs one against the other, and those two
/// are the sides of the comparison, before any concept that is only its yardstick ("which
/// is worse for retention, …").
extension Matcher {
    /// Words that set two alternatives apart.
    static let alternativeWords: WordSet = ["or", "vs", "versus"]

    /// Words that, in a line already asking for a comparison, set one side against the
    /// other ("my supervisor said that's sympathy not empathy. what's the difference").
    static let contrastingWords: WordSet = alternativeWords.union(["not"])

    /// The two concepts named right before and right after an "or" (articles aside), or nil.
    func alternativeSides(
        _ terms: TermScan, _ tokens: [Token], between words: WordSet = alternativeWords
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
        // (round 33) "does X keep clients in treatment better than Y", "a real difference
        // between X and Y": the sides around "than" or "between … and"; a contrast whose two
        // sides the line names is the comparison (`Matcher+ComparisonSides.swift`).
        guard
            let (left, right) = alternativeSides(terms, tokens, between: Self.contrastingWords)
                ?? sidesAroundThan(terms, tokens) ?? sidesAroundBetween(terms, tokens),
            ranked.contains(left), ranked.contains(right)
        else { return contrastFirst(ranked, tokens) }
        return contrastFirst([left, right] + ranked.filter { $0 != left && $0 != right }, tokens)
    }

    /// "whats the difference between confronting the right way and the wrong way", "a kind of
    /// confrontation that's allowed, different from the harsh one": a comparison that names
    /// only a word two concepts' names share (confrontation: the harsh and the empathic) and
    /// speaks of its kinds or ways sets those two side by side. So does a comparison of the
    /// kinds that names the other kind by a word of its name before a word of kinds ("is
    /// confronting always bad? the harsh kind vs the empathic kind"): that word is the kind's,
    /// not a concept of its own (empathy).
    func kindsOfASharedName(_ ranked: [Int], _ terms: TermScan, _ tokens: [Token], comparing: Bool = false) -> [Int] {
        guard ranked.count == 1 || comparing && ranked.count == 2, let c = ranked.first, let own = terms.tokens[c],
            own.count == 1 || ranked.count == 2,
            let shared = own.first(where: {
                nameIndex[tokens[$0].stem].map { $0.count == 2 && $0.contains(c) } ?? false
            }),
            let owners = nameIndex[tokens[shared].stem],
            let other = owners.first(where: { $0 != c }),
            ranked.count == 1 || namesAKind(other, by: ranked[1], terms, tokens),
            // Two kinds spoken of ("the right way and the wrong way", "a kind … the harsh one",
            // "the two kinds"): one ("vs the old school confrontational way") is a side whose
            // other the conversation holds.
            tokens.count(where: { Self.kindWords.contains($0.word) }) >= 2
                || tokens.contains(where: { Self.kindWords.contains($0.word) && $0.word.hasSuffix("s") })
        else { return ranked }
        return [c, other]
    }

    /// Whether the concept `named` was named only by one word that stands right before a word
    /// of kinds ("the empathic kind", "the gentle one") and is a word of the kind's own name.
    private func namesAKind(_ kind: Int, by named: Int, _ terms: TermScan, _ tokens: [Token]) -> Bool {
        guard let own = terms.tokens[named], Set(own).count == 1, let q = own.first, q + 1 < tokens.count,
            Self.kindWords.contains(tokens[q + 1].word), terms.toldAt[named] == nil
        else { return false }
        return nameIndex[tokens[q].stem]?.contains(kind) == true
    }

    /// Words that speak of kinds or ways of a thing.
    static let kindWords: WordSet = [
        "kind", "kinds", "type", "types", "way", "ways", "sort", "sorts", "version", "versions", "style", "styles",
        "form", "forms", "one",
    ]
}
