/// Round 28: "the two" of one topic's own parts, not the topic and a second concept.
///
/// "What do the two forms measure" after feedback-informed treatment (its ORS and SRS), "what
/// do the two kinds look like" after a rupture (withdrawal and confrontation): "the two"
/// followed by a noun that divides one thing into its parts (forms, kinds, types, parts,
/// scales …) counts two parts of the single topic just discussed. It does not ask to set the
/// topic beside the concept the knowledge base relates to it first, as "which of the two"
/// after sympathy alone does (sympathy and empathy). "The two models", "the two approaches"
/// still name two concepts, and a topic that holds two sides (a contrast) keeps them.
extension Tutor {
    /// Nouns that divide one thing into its parts or variants.
    static let partNouns: WordSet = [
        "forms", "kinds", "types", "sorts", "parts", "halves", "pieces", "versions", "scales", "subscales",
        "components", "elements", "letters", "questionnaires", "measures", "subtypes", "varieties", "flavors",
        "flavours", "categories",
    ]

    /// Whether "the two" ("these two", "those two") in `words` counts parts of one thing:
    /// the word after "two" is a noun of parts.
    static func theTwoAreItsParts(_ words: [String]) -> Bool {
        words.indices.dropFirst().dropLast().contains { i in
            words[i] == "two" && ["the", "these", "those"].contains(words[i - 1]) && partNouns.contains(words[i + 1])
        }
    }
}
