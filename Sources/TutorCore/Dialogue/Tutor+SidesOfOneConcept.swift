/// Round 28: "how does humility differ from cultural competence" with trust discussed or its
/// question open: both sides of the comparison are named in the line, and both are of one
/// concept (cultural competence and cultural humility). The comparison rule that reads "the
/// difference between the doctor-patient bond and the alliance" took the side before the word
/// of difference for the last topic, so the line was answered as trust against cultural
/// humility. When the words before the word of difference name (or guess) the same concept as
/// the words after it, and point at nothing with a pronoun, the comparison is within that one
/// concept, and nothing of the conversation is set beside it.
extension Tutor {
    /// The compare reading of a line whose two sides, before and after its word of difference
    /// (at `r`), are both of the concept `named`; nil for any other line.
    func sidesOfOneConcept(
        _ match: MatchResult, _ analysis: Analysis, _ words: [String], at r: Int, named: String, last: String
    ) -> MatchResult? {
        guard named != last, r > 0, r <= analysis.tokens.count else { return nil }
        guard !words[..<r].contains(where: Self.pointers.contains) else { return nil }
        let before = analysis.tokens[..<r]
        guard before.contains(where: \.isContent) else { return nil }
        let side = matcher.match(before.map(\.typed).joined(separator: " "))
        guard side.intent != .outOfScope, side.concepts.first == named, !side.concepts.contains(last) else {
            return nil
        }
        var read = match.settled(on: [named], as: .compare)
        read.isFollowUp = false
        read.evidence.append("form: both sides of the difference are of one concept → compare \(named)")
        return read
    }
}

/// Round 28: the same comparison read by its form when the matcher took it for a request to
/// explain ("how, precisely, does humility differ from cultural competence?", its question open
/// on cultural humility): "X differs from Y", "X is different from Y", "the difference between X
/// and Y", "X vs Y", with X and Y both of one concept (one of them by a term of its own), asks
/// how the two ideas of that concept differ. It is the line's reading whatever was discussed
/// before: no side is taken from the conversation.
extension Tutor {
    /// Words that point back to the conversation: a line holding one compares with what
    /// was discussed, not two sides of its own.
    static let pointers: WordSet = ["it", "its", "it's", "that", "this", "thats", "those", "these", "they", "them"]
    /// Words that only ask, trimmed from a side's start ("how is", "what's the").
    static let askingAroundSides: WordSet = [
        "how", "hows", "how's", "what", "whats", "what's", "is", "are", "does", "do", "the", "a", "an", "precisely",
        "exactly", "so", "and", "but", "then", "really", "actually", "wait", "ok", "okay",
    ]
    /// Words that end a side ("… than competence, again?").
    static let endsAfterSides: WordSet = [
        "if", "again", "exactly", "precisely", "then", "tho", "though", "please", "pls",
    ]

    /// The compare reading of a line whose two sides are both of one concept, from the line's
    /// own reading (before the conversation is leaned on); nil for any other line.
    func comparedWithinOneConcept(_ match: MatchResult, _ analysis: Analysis) -> MatchResult? {
        // "Wait hows humility different from competence": a word the matcher does not know
        // ("hows") put the whole line out of scope, though each side is the concept's.
        let unsure = match.intent == .outOfScope && match.confidence < 0.9 && match.concepts.isEmpty
        guard match.intent.isContent || unsure, match.concepts.count <= 2,
            let (x, y) = Self.sidesOfADifference(analysis.tokens.map(\.word))
        else { return nil }
        let typed = analysis.tokens.map(\.typed)
        let a = matcher.match(typed[x].joined(separator: " "))
        let b = matcher.match(typed[y].joined(separator: " "))
        guard a.intent != .outOfScope, b.intent != .outOfScope, let concept = a.concepts.first,
            b.concepts.first == concept, unsure || match.concepts.first == concept,
            unsure || Self.namesByTerm(a) || Self.namesByTerm(b) || Self.namesByTerm(match)
        else { return nil }
        var read = match.settled(on: [concept], as: .compare)
        read.isFollowUp = false
        read.confidence = max(match.confidence, 0.7)
        read.evidence.append("form: both sides of the difference are of one concept → compare \(concept)")
        return read
    }

    /// The two sides of a difference the line asks about, as ranges of its words: "X differ(s)
    /// from Y", "X (is) different from/than Y", "the difference between X and Y", "X vs Y".
    /// Nil when a side is empty or a pronoun stands in the line (the conversation's side).
    static func sidesOfADifference(_ w: [String]) -> (Range<Int>, Range<Int>)? {
        guard w.count <= 16, !w.contains(where: Self.pointers.contains) else { return nil }
        func trimmed(_ r: Range<Int>) -> Range<Int> {
            var lo = r.lowerBound
            var hi = r.upperBound
            while lo < hi, Self.askingAroundSides.contains(w[lo]) { lo += 1 }
            // Cut at a trailing clause ("if I may ask") or a word that only closes the line.
            if let cut = w[lo..<hi].firstIndex(where: Self.endsAfterSides.contains) { hi = cut }
            while hi > lo, ["is", "are", "does", "do", "the", "a", "an"].contains(w[hi - 1]) { hi -= 1 }
            return lo..<hi
        }
        var sides: (Range<Int>, Range<Int>)?
        if let r = w.firstIndex(where: { ["differ", "differs", "different"].contains($0) }), r + 1 < w.count,
            ["from", "than"].contains(w[r + 1])
        {
            sides = (trimmed(0..<r), trimmed((r + 2)..<w.count))
        } else if let r = w.firstIndex(where: { ["vs", "versus"].contains($0) }) {
            sides = (trimmed(0..<r), trimmed((r + 1)..<w.count))
        } else if let r = w.firstIndex(where: { ["difference", "diff"].contains($0) }), r + 1 < w.count,
            w[r + 1] == "between", let and = w[(r + 2)...].firstIndex(of: "and")
        {
            sides = (trimmed((r + 2)..<and), trimmed((and + 1)..<w.count))
        }
        guard let (x, y) = sides, !x.isEmpty, !y.isEmpty else { return nil }
        return (x, y)
    }
}
