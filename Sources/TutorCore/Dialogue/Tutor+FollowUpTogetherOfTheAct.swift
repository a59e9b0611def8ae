/// Round 33: "together" as the manner of an act done to the topic ("how do you set them
/// together in the first session", "how do we work on it together"), not a relation between
/// two things ("do they go together", "how do they fit together"). Right after the pronoun
/// that is the verb's object, "together" says who does the act (the counselor and the client,
/// jointly); the pronoun is the topic acted on, and the line sets nothing beside it. A
/// relation needs the pair as its subject, before the verb.
extension Tutor {
    /// Whether the word at `i` is "together" right after an object pronoun ("set them
    /// together", "do it together").
    static func togetherOfTheAct(_ words: [String], _ i: Int) -> Bool {
        guard words[i] == "together", i >= 2 else { return false }
        return ["them", "it", "those", "these"].contains(words[i - 1])
    }
}
