/// "What's the R in OARS", "and the O?" after OARS: a letter of an acronym asks for what
/// the letter stands for, which the knowledge base spells out where it defines the acronym
/// ("OARS: open questions, affirmations, reflections and summaries"). The letter's word
/// names its own concept (reflections → reflective listening), not the concept whose term
/// the acronym is (motivational interviewing).
extension Tutor {
    /// The concept a letter of an acronym stands for, asked for its definition; nil unless
    /// the line points at one letter ("the R") of an acronym in this line or the last one
    /// that a concept's text spells out, and the letter's word names a concept.
    func letterOfAnAcronym(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        let words = analysis.tokens.map(\.word)
        guard
            let i = words.indices.dropLast().first(where: {
                words[$0] == "the" && words[$0 + 1].count == 1 && words[$0 + 1].first?.isLetter == true
            })
        else { return nil }
        let letter = words[i + 1]
        let candidates = (words + (state.lastWords ?? [])).filter { (3...5).contains($0.count) && $0.contains(letter) }
        for acronym in candidates where acronym.allSatisfy(\.isLetter) {
            guard let spelled = spelledOut(acronym) else { continue }
            // The letter's place in the acronym picks the word ("the S in OARS" is the fourth).
            guard let place = Array(acronym).firstIndex(of: Character(letter)) else { continue }
            let m = matcher.match(spelled[place])
            guard m.intent != .outOfScope, Self.namesByTerm(m), let concept = m.concepts.first else { return nil }
            var resolved = MatchResult(intent: .define, concepts: [concept], confidence: 0.7)
            resolved.evidence =
                match.evidence + [
                    "form: the \(letter.uppercased()) of \(acronym.uppercased()) → \(spelled[place]) → \(concept)"
                ]
            resolved.basis = m.basis
            return resolved
        }
        // "What does the L stand for" after SOLER, whose letters the knowledge base does not
        // spell out one a concept: the letter is part of the topic's own acronym, so the
        // line asks what the topic is.
        if let topic = state.lastConcept,
            candidates.contains(where: { acronym in
                acronym.allSatisfy(\.isLetter) && (state.lastWords ?? []).contains(acronym)
                    && matcher.match(acronym).concepts.first == topic
                    && Self.namesByTerm(matcher.match(acronym))
            })
        {
            var resolved = MatchResult(intent: .define, concepts: [topic], confidence: 0.6)
            resolved.evidence = match.evidence + ["form: the \(letter.uppercased()) of the topic's acronym → \(topic)"]
            return resolved
        }
        return nil
    }

    /// The words an acronym stands for, where a concept's definition spells it out after a
    /// colon ("OARS: open questions, affirmations, reflections and summaries"), one item a
    /// letter; nil when no definition does.
    private func spelledOut(_ acronym: String) -> [String]? {
        let key = acronym.uppercased() + ":"
        for concept in kb.concepts {
            guard let r = concept.definition.range(of: key) else { continue }
            let rest = concept.definition[r.upperBound...]
            let list = rest.prefix { $0 != "." && $0 != ";" }
            let items =
                list.replacingOccurrences(of: " and ", with: ", ").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            guard items.count == acronym.count,
                zip(items, acronym).allSatisfy({ item, letter in item.first == letter })
            else { continue }
            return items
        }
        return nil
    }
}
