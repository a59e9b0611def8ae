/// (round 31) A comparison that names one side and describes the other in words no concept
/// has: "MI versus just telling a drunk the truth to his face. Which one actually works?", "MI or
/// just tell it like it is, which works better", "whats the difference between getting tough
/// with a guy and this empathic confrontation", "so theres good confronting and bad
/// confronting?". The described side is the named concept's counterpart in the knowledge base:
/// the concept whose name ends on the same head noun ("empathic confrontation", "harsh
/// confrontation"), else the first concept it is related to (motivational interviewing was
/// built as the alternative to harsh confrontation, its first relation). Before, the
/// comparison had one side, and its reply could not weigh the two.
///
/// Only a line on its own (with nothing discussed before, a comparison of one side leans on
/// what was: "is it different from empathy"); only where the line sets two sides apart
/// ("vs", "versus", "or", "than", or "and" after "between"/"difference"), the named concept's
/// words lie on one side only (or its one word on both: "good confronting and bad
/// confronting", two kinds of one thing), and the other side opens on words of its own, not a
/// pronoun. A concept that itself holds two sides (lapse versus relapse) needs no other.
extension Tutor {
    /// A whole line as `tutor match` reads it: the matcher's reading (phrasing prior included),
    /// with a comparison's described side added. The line is analysed again only when the
    /// matcher's reading is a comparison of one side (the analysis is taken lazily): analysing
    /// every line twice had cost `tutor match` about 5% of its instructions (round 32).
    public func matchLine(_ text: String) -> MatchResult {
        let match = matcher.matchLine(text)
        return secondSideDescribed(match, analyzer.analyze(text)) ?? match
    }

    /// The comparison with its described side added; nil when the line is not so. `analysis`
    /// is evaluated only once the reading is a comparison of one named side.
    func secondSideDescribed(_ match: MatchResult, _ analysis: @autoclosure () -> Analysis) -> MatchResult? {
        // (A comparison of one side is marked as leaning on what came before; the described
        // side, not a pronoun, is what this reads, so that mark is no bar here.)
        guard match.intent == .compare, match.concepts.count == 1, !match.basis.guessed,
            let named = match.concepts.first, kb.concept(named)?.isContrast != true,
            let other = describedCounterpart(of: named), !match.concepts.contains(other)
        else { return nil }
        let tokens = analysis().tokens
        let words = tokens.map(\.word)
        let marksBoth = words.contains("between") || words.contains { $0.hasPrefix("differ") }
        guard
            let s = words.indices.first(where: { i in
                i > 0 && (Self.sideSeparators.contains(words[i]) || marksBoth && words[i] == "and")
            })
        else { return nil }
        let stems = Set(match.basis.named.filter { $0.concept == named }.flatMap(\.stems))
        let clause = tokens[s].sentence
        // "The difference between X and Y": the left side begins after "between".
        let from = words[..<s].lastIndex(of: "between").map { $0 + 1 } ?? 0
        let left: [Token] = tokens[from..<s].filter { $0.sentence == clause }
        let right: [Token] = Array(tokens[(s + 1)...].prefix { $0.sentence == clause })
        let onLeft = left.contains { $0.isContent && stems.contains($0.stem) }
        let onRight = right.contains { $0.isContent && stems.contains($0.stem) }
        let described: [Token] = onLeft ? right : left
        // The described side opens on words of its own ("just telling…", "getting tough…").
        let opening = described.drop { Self.sideOpeners.contains($0.word) }
        guard let first = opening.first, !Self.sidePronouns.contains(first.word),
            described.contains(where: { $0.isContent && !stems.contains($0.stem) }) || onLeft && onRight
        else { return nil }
        var read = match.settled(on: [named, other])
        read.isFollowUp = false
        read.evidence.append("a comparison's other side described → \(other)")
        return read
    }

    /// The concept the knowledge base sets beside `concept`: one whose name ends on the same
    /// head noun, else its first relation.
    func describedCounterpart(of concept: String) -> String? {
        guard let c = kb.concept(concept) else { return nil }
        let head = { (name: String) in name.lowercased().split { !$0.isLetter }.last.map(String.init) }
        if let h = head(c.name), h.count >= 5,
            let same = kb.concepts.first(where: { $0.id != concept && !$0.isContrast && head($0.name) == h })
        {
            return same.id
        }
        return c.related.first?.concept
    }

    static let sideSeparators: WordSet = ["vs", "versus", "or", "than", "v"]
    static let sideOpeners: WordSet = [
        "just", "simply", "the", "a", "an", "plain", "good", "old", "regular", "some", "this", "that", "being",
    ]
    static let sidePronouns: WordSet = [
        "it", "that", "this", "they", "them", "those", "these", "one", "ones", "he", "she", "him", "her", "what",
        "which", "other", "another", "second", "former", "latter", "first", "last",
    ]
}
