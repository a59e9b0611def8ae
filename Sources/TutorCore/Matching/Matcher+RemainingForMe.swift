/// (round 25) "which topics i still dont have down", "Which topics I still did not master?":
/// the topics asked of what the learner has not yet got, in the learner's own words. The line
/// names the topics, so the vote read a request for the list of topics; and a word of mastery
/// under its negation ("did not master") is no cue of progress (`scanCues`), so nothing spoke for
/// the learner's record. What is still missing for the learner, asked by topic, is their progress.
/// ("which topics can I study here" asks for the list: a modal, with nothing still or undone.)
extension Matcher {
    /// Words that say something is not yet done for the learner.
    static let stillUndone: WordSet = ["still", "yet"]

    /// Modals that ask what is possible or advised, not what has been done.
    static let possibilityModals: WordSet = ["can", "could", "might", "may", "should", "will", "would", "shall"]

    /// Whether the learner is the subject of a clause that says what is still, or not, done:
    /// "i" in a clause with "still" or "yet", or with a negation, and no modal.
    static func asksWhatRemainsForMe(_ tokens: [Token]) -> Bool {
        guard let i = tokens.firstIndex(where: { ["i", "ive", "i've"].contains($0.word) }) else { return false }
        let clause = tokens.filter { $0.clause == tokens[i].clause }
        guard !clause.contains(where: { possibilityModals.contains($0.word) }) else { return false }
        return clause.contains { stillUndone.contains($0.word) || $0.isNegator }
    }
}
