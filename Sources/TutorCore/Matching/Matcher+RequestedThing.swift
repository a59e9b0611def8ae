extension Matcher {
    /// Whether a quiz cue that only counts out what is asked for ("give me one …") is followed,
    /// in its clause, by the name of another thing the tutor gives: "give me one example of
    /// empathy", "give me one clue" ask for an example or a hint, not for a question. The noun is
    /// a one-word cue of that other request.
    func countsAnotherRequest(_ cue: Cue, _ tokens: [Token], end: Int) -> Bool {
        guard cue.intent == .quiz, !cue.stems.contains(nil), end < tokens.count, end > 0,
            tokens[end].clause == tokens[end - 1].clause, let next = cueIndex[tokens[end].stem]
        else { return false }
        return next.contains { c in
            cues[c].stems.count == 1 && Self.requestedThings.contains(cues[c].intent)
        }
    }

    /// The things besides a question that a count ("one", "a") can ask for.
    static let requestedThings: Set<Intent> = [.example, .hint]
}
