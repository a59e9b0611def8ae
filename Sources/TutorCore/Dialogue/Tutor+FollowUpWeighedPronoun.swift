/// Round 24: comparisons whose one side is the topic, by a pronoun or by an opposite kind.
///
/// - "How does it stack up against the family making them go?", "is that better or worse
///   than a judge ordering it", "so the alliance beats it?", "and taking the meds, is that
///   the same thing", "is it the same phenomenon as the individual alliance": a word that
///   weighs or likens two things, a pronoun for the topic, and one other concept named (by
///   a term or by its case told) set the topic against that one, when the follow-up rules
///   read the line as of one side only.
/// - "And closed ones, what's the difference" after open-ended questions: "the … ones" of the
///   opposite of a word of the topic's name is the topic's own other kind; the topic is read
///   with the line's request (the difference asked is the topic's own contrast), whatever
///   the opposite word names elsewhere ("close" to home is program location).
extension Tutor {
    /// Words that weigh or liken two things.
    static let weighingWords: WordSet = [
        "different", "differ", "differs", "difference", "same", "similar", "compare", "compares", "compared",
        "beats", "beat", "trumps", "trump", "outweighs", "outweigh", "better", "worse", "stack", "stacks", "versus",
        "vs",
    ]

    /// The read set against the topic by a pronoun; nil when the line is no such comparison
    /// or the read already weighs the topic against another.
    func weighedAgainstThePronoun(_ read: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult?
    {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            match.intent.isContent || match.intent == .outOfScope, match.intent != .quiz,
            !(read.intent == .compare && read.concepts.count == 2 && read.concepts.contains(topic))
        else { return nil }
        let words = Self.settingsMasked(LineForm.words(analysis))
        let pronouns: Set<String> = ["it", "that", "this", "thats", "that's", "its", "it's"]
        guard words.contains(where: Self.weighingWords.contains), words.contains(where: pronouns.contains),
            !Self.refersToBoth(words)
        else { return nil }
        // "Same" and "better" weigh only with "as", "thing" or "than" ("the same in every
        // culture" was masked above).
        let weighs = words.indices.contains { i in
            switch words[i] {
            case "same", "similar": return words[(i + 1)...].prefix(3).contains { ["as", "thing", "to"].contains($0) }
            case "better", "worse": return words[(i + 1)...].prefix(3).contains("than")
            case "stack", "stacks": return words.dropFirst(i + 1).first == "up"
            // "Different from", "how's it different", not "does it work different when…".
            case "different", "differ", "differs":
                return i + 1 == words.count || ["from", "than", "to"].contains(words[i + 1])
                    || i > 0 && pronouns.contains(words[i - 1])
            default: return Self.weighingWords.contains(words[i])
            }
        }
        let others = Set(match.basis.named.map(\.concept) + match.basis.told.map(\.concept))
            .subtracting([topic])
        guard weighs, others.count == 1, let other = others.first, !match.basis.otherSense,
            kb.concept(other) != nil
        else { return nil }
        var both = read.settled(on: [topic, other], as: .compare)
        both.isFollowUp = false
        both.evidence.append("follow-up: the topic by a pronoun weighed against \(other) → compare")
        return both
    }

    /// Opposite words of a concept's name ("open" ended questions, "closed" ones).
    static let opposites: [String: String] = [
        "closed": "open", "close": "open", "open": "closed", "negative": "positive", "positive": "negative",
        "late": "early", "early": "late", "weak": "strong", "strong": "weak",
    ]

    /// The topic read by its opposite kind; nil when the line names none.
    func oppositeKindOfTheTopic(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            let name = kb.concept(topic)?.name
        else { return nil }
        let nameWords = Set(name.lowercased().split { !$0.isLetter }.map(String.init))
        let words = LineForm.words(analysis)
        let kinds: Set<String> = ["ones", "one", "kind", "kinds", "type", "types"]
        guard
            words.indices.dropLast().contains(where: { i in
                kinds.contains(words[i + 1]) && Self.opposites[words[i]].map(nameWords.contains) == true
                    && !nameWords.contains(words[i])
            })
        else { return nil }
        let asked: Intent =
            match.intent == .compare || words.contains(where: Self.differenceWords.contains)
            ? .compare : match.intent.isContent && match.intent != .quiz ? match.intent : .explain
        var read = match.settled(on: [topic], as: asked)
        read.isFollowUp = true
        read.evidence.append("follow-up: the opposite kind of the topic → the topic's own contrast")
        return read
    }
}

extension Tutor {
    /// "What works better than that instead", "what's better to do instead" after a practice
    /// that works against engagement: "better than that" weighs the alternative against the
    /// topic only to ask for it; "instead" asks what to do in its place, as "what should I do
    /// instead" does.
    func alternativeAskedByAComparative(_ read: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult?
    {
        guard read.intent == .compare, state.open == nil, let topic = state.lastConcept,
            Self.asksForAnAlternative(analysis.tokens.map(\.word), LineForm.words(analysis)),
            case let replacing = alternativeFirst(to: topic, analysis, state), replacing.count == 2,
            read.concepts == replacing
        else { return nil }
        var asked = read
        asked.intent = .howTo
        asked.evidence.append("follow-up: what works better instead of the topic → how to do it")
        return asked
    }
}
