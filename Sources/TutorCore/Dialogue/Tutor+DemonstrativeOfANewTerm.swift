/// (round 30) "Whats this MI thing everybody keeps pushing", "what's this motivational
/// interviewing you lot keep banging on about", "what is that safety net idea": "this" or "that"
/// right before a term the line names is the term's determiner (the learner has heard the term
/// and asks what it is), not a pronoun pointing back at what was discussed. Read as pointing
/// back, the line asked about the topic just discussed first and the term second, and the reply
/// defined the wrong thing. The line names its own topic; nothing is filled in from before.
extension Tutor {
    /// Whether the line asks what a term is, with "this" or "that" as the term's determiner.
    func asksWhatATermIsByItsDemonstrative(_ match: MatchResult, _ analysis: Analysis) -> Bool {
        guard match.intent.isContent, !match.basis.guessed, !match.basis.named.isEmpty else { return false }
        let t = analysis.tokens
        let w = LineForm.words(analysis)
        // "What is this …", "whats that …" (the fused form is split by `words`).
        guard w.count >= 4, w[0] == "what", LineForm.copulas.contains(w[1]), ["this", "that"].contains(w[2]) else {
            return false
        }
        // The token after the demonstrative opens a term the line names.
        guard let d = t.firstIndex(where: { ["this", "that"].contains($0.word) }), d + 1 < t.count else {
            return false
        }
        let next = t[d + 1].stem
        return match.basis.named.contains { $0.stems.first == next }
    }
}
