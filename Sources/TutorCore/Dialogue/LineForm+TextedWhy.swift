/// (round 31) The texter's "y" for "why" opening a question: "y does it predict ppl dropping
/// out", "y is it ongoing n not just 1 signature". The matcher's cues already read it as "why";
/// the follow-up rules read the line's words, where it stayed "y", so such a line was not
/// taken for a question and nothing it pointed back at was filled in. Read as "why" only where
/// the shape of a question shows it: the line's first word, an auxiliary or copula right after
/// it (the subject and verb inverted). Elsewhere "y" may be the Spanish "and" ("empatía y
/// respeto").
extension LineForm {
    /// Replaces a texted "y" at `start` with "why" when an auxiliary follows it.
    static func readTextedWhy(_ words: inout [String], at start: Int) {
        guard start + 1 < words.count, words[start] == "y", auxiliaries.contains(words[start + 1]) else { return }
        words[start] = "why"
    }
}
