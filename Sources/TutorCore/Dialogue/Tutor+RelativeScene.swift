/// (round 29) "Pose the question about a client who snaps at the counselor", "the one with
/// the client that keeps missing sessions": a quiz request that tells its question's scene as
/// a noun and a relative clause. The matcher reads a concept's case terms as words in a row
/// ("client snaps", a discord term), which the relative pronoun splits, so the request named
/// no concept and the scene's words alone could not tell the question (a client snaps in two
/// questions). Read once more without the relative pronoun ("a client snaps at the
/// counselor"), the line names the concept its scene belongs to; only for a quiz request that
/// named none, and only a concept found by its terms, not guessed.
extension Tutor {
    /// Relative pronouns that split a noun from its clause.
    static let relativePronouns: WordSet = ["who", "that", "which", "whos"]

    /// The match of the line with its relative pronouns taken out, when the line holds one
    /// after a noun and that reading names a concept by its terms; nil otherwise.
    func matchWithoutRelatives(_ analysis: Analysis) -> MatchResult? {
        let words = analysis.tokens.map(\.word)
        let relatives = words.indices.filter { i in
            i > 0 && Self.relativePronouns.contains(words[i]) && analysis.tokens[i - 1].isContent
        }
        guard !relatives.isEmpty else { return nil }
        let kept = words.indices.filter { !relatives.contains($0) }.map { words[$0] }
        let read = matcher.match(analyzer.analyze(kept.joined(separator: " ")))
        guard !read.concepts.isEmpty, !read.basis.guessed, read.intent != .outOfScope else { return nil }
        return read
    }
}
