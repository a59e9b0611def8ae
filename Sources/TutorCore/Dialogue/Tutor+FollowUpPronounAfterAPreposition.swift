/// Round 33: the topic's pronoun governed by a preposition ("why is the alliance so big a
/// factor for it", "is the alliance any good for it", "what does trust do to it") after a
/// concept. A copula in such a line joins the frame it names to what the frame is (a factor,
/// good), and the pronoun is what it acts on; it sets nothing side by side with the topic, as
/// "why isn't that the alliance" does, where the pronoun is the copula's own subject.
extension Tutor {
    /// Prepositions whose object is what a thing acts on or is for.
    static let actedOnPrepositions: WordSet = ["for", "on", "to", "with", "in", "into", "against", "toward", "towards"]

    /// Whether the line holds the topic's pronoun ("it", "that", "this") only right after a
    /// preposition.
    static func pronounOnlyAfterAPreposition(_ words: [String]) -> Bool {
        let at = words.indices.filter { ["it", "that", "this"].contains(words[$0]) }
        return !at.isEmpty && at.allSatisfy { $0 >= 1 && actedOnPrepositions.contains(words[$0 - 1]) }
    }
}
