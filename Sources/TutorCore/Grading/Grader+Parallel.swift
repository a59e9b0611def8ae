/// Parallel statements: "the kids part is sustain talk and the sleep part is change talk"
/// says two things of the same shape, each of its own subject. A phrasing's words taken from
/// both ("kids … change talk") join what the learner kept apart, so a window may not span them.
extension Grader {
    /// Copulas that make a stretch of the line a statement of what something is.
    static let statementCopulas: WordSet = ["is", "are", "s", "was", "were", "isnt", "arent"]

    /// Whether content words `lo` and `hi` lie in two parallel statements: stretches between
    /// "and"s and clause breaks, each with a copula, that share a word ("part", "talk").
    func parallel(_ line: Line, _ lo: Int, _ hi: Int) -> Bool {
        func unit(_ c: Int) -> [Int] {
            line.content.indices.filter { line.segments[$0] == line.segments[c] && line.joins[$0] == line.joins[c] }
        }
        guard line.segments[lo] != line.segments[hi] || line.joins[lo] != line.joins[hi] else { return false }
        let first = unit(lo)
        let second = unit(hi)
        guard copular(line, first), copular(line, second) else { return false }
        // Or of two different options: "A is sympathy and B is empathy" says nothing of A's
        // empathy.
        if let a = first.first, let b = second.first, Self.optionKeys.contains(line.keys[a]),
            Self.optionKeys.contains(line.keys[b]), Self.option(line.keys[a]) != Self.option(line.keys[b])
        {
            return true
        }
        let keys = Set(first.map { line.keys[$0] })
        return second.contains { keys.contains(line.keys[$0]) }
    }

    /// The keys of option letters: A (described or picked) and B, and of the options by their
    /// order ("the second is empathic, the first is sympathy").
    static let optionKeys: WordSet = [optionA, pickedA, "b", "first", "second"]

    /// The option a key names, A picked or described alike, the first as A, the second as B.
    static func option(_ key: String) -> String {
        switch key {
        case pickedA, "first": return optionA
        case "second": return "b"
        default: return key
        }
    }

    /// Whether a copula stands among or just before the content words `unit` of the line.
    private func copular(_ line: Line, _ unit: [Int]) -> Bool {
        guard let a = unit.first, let b = unit.last else { return false }
        var start = line.positions[a]
        // The subject's small words and the copula may come first ("the sleep part is …" has
        // its copula inside; "it's change talk" before).
        while start > 0, line.tokens[start - 1].clause == line.tokens[line.positions[a]].clause,
            !line.tokens[start - 1].isContent, line.tokens[start - 1].word != "and"
        {
            start -= 1
        }
        return line.tokens[start...line.positions[b]].contains { Self.statementCopulas.contains($0.typed) }
    }
}
