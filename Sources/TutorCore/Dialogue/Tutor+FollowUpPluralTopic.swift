/// (round 31) "Why do they matter for the alliance" after Rogers' core conditions, "do those
/// help the bond" after shared goals: a plural pronoun stands for a topic whose name is plural
/// (conditions, goals, questions, limits), as "it" stands for one whose name is not. The rule
/// that reads the frame (the alliance) acting on the topic took only "it", "that", "this",
/// since "they" is mostly the clients; after a plural topic, "they", "them", "those" or "these"
/// as the line's subject or object is the topic, and the alliance named beside it its frame.
extension Tutor {
    /// Whether the line says a plural pronoun and the topic's name is plural.
    func pluralPronounOfAPluralTopic(_ words: [String], _ topic: String) -> Bool {
        guard words.contains(where: ["they", "them", "those", "these"].contains),
            let name = kb.concept(topic)?.name.lowercased()
        else { return false }
        let nameWords = name.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return nameWords.contains { w in
            w.count >= 4 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
        }
    }
}
