import Foundation

/// "What should I do instead" after a practice that works against engagement asks for what
/// replaces it, not for more of it: after harsh confrontation, motivational interviewing;
/// after negative family messages, constructive family involvement. The knowledge base says
/// what replaces a practice in the replacing concept's own relation to it ("MI was developed
/// as the collaborative alternative to harsh confrontation", "CRAFT replaces shaming
/// messages"), so the tutor reads it there rather than from a list of its own.
extension Tutor {
    /// The concepts a follow-up asking for an alternative is about: what replaces `topic`
    /// first, then the topic itself; the topic alone when nothing is said to replace it.
    /// What replaces a practice depends on who uses it: when the family does ("what should
    /// the parents say instead", or "they" after a line about the family's guilt trips), the family's
    /// alternative; else the counselor's.
    func alternativeFirst(to topic: String, _ analysis: Analysis, _ state: TutorState) -> [String] {
        let alternatives = kb.alternatives(to: topic)
        guard !alternatives.isEmpty else { return [topic] }
        // The lexicon's family group gives every word for the family ("parents", "mom",
        // "spouse") one stem, the one "family" has.
        let family = analyzer.stem("family")
        let counselor: Set<String> = ["i", "we", "you", "counselor", "therapist"]
        let byFamily =
            analysis.tokens.contains { $0.stem == family }
            || !analysis.tokens.contains { counselor.contains($0.word) }
                && (state.lastWords ?? []).contains { analyzer.stem($0) == family }
        let fitting = alternatives.first { isAboutFamily($0, family) == byFamily } ?? alternatives[0]
        return [fitting, topic]
    }

    /// Whether a concept is about the client's family: its name says so ("Family
    /// involvement (CRAFT)"), in any of the family group's words.
    func isAboutFamily(_ id: String, _ family: String) -> Bool {
        guard let name = kb.concept(id)?.name else { return false }
        return analyzer.analyze(name).tokens.contains { $0.stem == family }
    }
}

extension KnowledgeBase {
    /// The concepts (in the knowledge base's order) whose relation to `topic` calls them
    /// the alternative to it, says they replace it, or that they do something instead; only
    /// for a topic that works against engagement, and never another such practice (negative
    /// messages spark resistance "instead of change", like confrontation, yet replace nothing).
    func alternatives(to topic: String) -> [String] {
        let harmful = "against-engagement"
        guard concept(topic)?.group == harmful else { return [] }
        return concepts.filter { concept in
            concept.group != harmful
                && concept.related.contains { $0.concept == topic && Self.namesAReplacement($0.relation) }
        }.map(\.id)
    }

    /// Whether a relation's text says its concept takes the other's place: "the alternative
    /// to", "replaces", "works better", "… instead"; not "does not replace", "neither
    /// replaces", "cannot replace".
    static func namesAReplacement(_ relation: String) -> Bool {
        let words = relation.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        let negators: Set<String> = ["not", "neither", "never", "cannot", "nor", "no"]
        return words.indices.contains { i in
            let said =
                ["alternative", "replaces", "instead"].contains(words[i])
                || words[i] == "works" && i + 1 < words.count && words[i + 1] == "better"
            // "Instead of change": what the other does instead, not this one.
            let insteadOf = words[i] == "instead" && i + 1 < words.count && words[i + 1] == "of"
            let negated = words[max(0, i - 3)..<i].contains(where: negators.contains)
            return said && !insteadOf && !negated
        }
    }
}
