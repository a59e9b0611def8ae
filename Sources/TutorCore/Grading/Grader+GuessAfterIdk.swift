/// "idk the sleep part is sustain talk i think?", "idk be understanding i guess": a bare "idk"
/// (or "dunno") takes what follows it as what the learner does not know ("idk the stages"),
/// but a stretch that makes a claim of its own, a subject and its copula ("the sleep part is
/// sustain talk") or an imperative "be" ("be understanding"), is the learner's guess, hedged
/// by the "idk" before it. The cue is then the word alone, and the guess is graded.
extension Grader {
    /// Words that make the stretch after a bare cue a claim.
    static let claimCopulas: WordSet = ["is", "are", "was", "were", "be", "="]

    /// Whether the stretch of tokens `from..<to`, after a bare cue of not knowing, states a
    /// claim: a copula after at least one word of its subject, or "be" opening it.
    func guessAfterCue(_ all: [Token], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        if all[from].typed == "be" { return to - from >= 2 }
        return (from + 1..<to).contains { Self.claimCopulas.contains(all[$0].typed) }
            && all[from..<to].contains { $0.isContent }
    }
}
