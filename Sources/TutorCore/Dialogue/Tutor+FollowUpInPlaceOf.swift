/// Round 29: "So what should a counselor use in place of that?", "what goes in its place",
/// "what would you do rather than that" after a practice that works against engagement: "in
/// place of" or "rather than" with a pronoun for the topic asks for what replaces it, as
/// "instead" does ("in place of shaming" names its own practice).
extension Tutor {
    /// Pronouns that stand for the topic after "in place of" or "rather than".
    static let replacedPronouns: WordSet = ["that", "it", "this", "them", "those", "these"]

    /// Whether the words ask what goes in the topic's place.
    static func asksWhatGoesInItsPlace(_ w: [String]) -> Bool {
        for i in w.indices {
            if w[i] == "place", i >= 1,
                w[i - 1] == "in" || ["its", "their"].contains(w[i - 1]) && i >= 2 && w[i - 2] == "in"
            {
                if w[i - 1] != "in" { return true }
                if i + 2 < w.count, w[i + 1] == "of", replacedPronouns.contains(w[i + 2]) { return true }
            }
            if w[i] == "rather", i + 2 < w.count, w[i + 1] == "than", replacedPronouns.contains(w[i + 2]) {
                return true
            }
        }
        return false
    }
}
