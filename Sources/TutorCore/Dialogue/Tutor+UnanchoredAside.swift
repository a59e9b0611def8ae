/// Round 26: when a line after an answer is a follow-up at all.
extension Tutor {
    /// "How do I change a flat tire" after the stages of change, "which health plan should I
    /// pick for my family" after insurance, "what's a good show to watch tonight" after
    /// empathy: once a concept has been discussed the phrasing prior is set aside, so that a
    /// line may take its sense from what came before; but a line that names nothing of the
    /// domain by a term (its concepts only a guess from the concepts' whole text), has no
    /// word that points back ("it", "that", "those", "the one", "instead", "another", "the
    /// two"…) and reads as out of scope to the prior is an aside of its own, not a follow-up:
    /// it stays out of scope, and nothing of the topic is filled in. With a question open the
    /// line may be an answer, which the prior cannot weigh; it is left to the open question.
    func asideWithNothingToLeanOn(_ cued: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, !state.recentConcepts.isEmpty, !cued.isFollowUp,
            cued.intent.isContent, !cued.concepts.isEmpty, cued.basis.guessed
        else { return nil }
        let words = LineForm.words(analysis)
        guard !Self.pointsBackByAWord(words), !words.contains(where: Self.backWords.contains) else { return nil }
        let weighed = matcher.weighed(cued, analysis)
        guard weighed.intent == .outOfScope else { return nil }
        var read = MatchResult(intent: .outOfScope, concepts: [], confidence: weighed.confidence)
        read.evidence =
            weighed.evidence + ["follow-up: names nothing, points back at nothing, out of scope on its own → an aside"]
        read.basis = cued.basis
        return read
    }

    /// Words besides a pronoun by which a line leans on what came before.
    private static let backWords: WordSet = [
        "one", "ones", "they", "there", "instead", "another", "else", "other", "both", "two", "either", "same",
        "such", "again", "more", "then", "also", "too",
    ]
}
