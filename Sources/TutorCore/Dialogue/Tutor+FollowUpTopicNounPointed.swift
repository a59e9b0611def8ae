/// (round 31) Follow-ups that point at the topic by a noun of its own name: "How is such a space
/// established in the first session?" after a safe space, "what if his only goal is getting off
/// probation" after shared goals, "can that bond survive a video call" after the bond. A word
/// of the topic's own name ("space", "goal", "bond"), pointed at by "such", a demonstrative or a
/// possessive one or two words before it, is the topic itself; what else the line names (the
/// first session, a probation officer, a video call) is where or with whom the topic is asked
/// about, so it comes second. Before, the other concept's term, or a situation its words told,
/// took the line, since the topic was named by no term of its own.
///
/// Not a comparison (which sets two things side by side on purpose), not while a question is
/// open, and not when the word is one the other concept's own evidence claims ("that early
/// alliance" after the alliance names the early alliance by its own words).
extension Tutor {
    /// Words that point back at something named before, one or two words before its noun.
    static let topicPointers: WordSet = [
        "such", "that", "this", "those", "these", "his", "her", "their", "thier", "same",
    ]

    /// The line read with the topic first; nil when no noun of the topic's name is pointed at.
    func topicNounPointedAt(_ read: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let last = state.lastConcept,
            [.define, .explain, .howTo, .example].contains(read.intent), let first = read.concepts.first, first != last,
            !matcher.tuning.frameConcepts.contains(last)
        else { return nil }
        let own = Self.ownNameHeads(last)
        guard !own.isEmpty else { return nil }
        let tokens = analysis.tokens
        // The other concept's own evidence: the stems its term or its situation claimed.
        let claimed = Set(
            (read.basis.named + read.basis.told).filter { $0.concept != last }.flatMap(\.stems))
        let pointed = tokens.indices.contains { i in
            let word = tokens[i].word
            guard word.count >= 4, own.contains(where: { word.hasPrefix($0) }), !claimed.contains(tokens[i].stem)
            else { return false }
            let before = tokens[max(0, i - 2)..<i]
            return before.contains { Self.topicPointers.contains($0.word) }
        }
        guard pointed else { return nil }
        var settled = read.settled(on: [last] + read.concepts.filter { $0 != last }.prefix(1))
        settled.evidence.append("follow-up: a noun of the topic's own name pointed at → \(last) leads")
        return settled
    }

    /// The first four letters of each word of a concept's id that only it says: not the
    /// alliance's own words (every concept frames it) nor the people and settings any line names.
    static func ownNameHeads(_ concept: String) -> [String] {
        concept.split(separator: "-").map(String.init)
            .filter {
                $0.count >= 4 && !["therapeutic", "alliance"].contains($0) && !Matcher.genericIDWords.contains($0)
            }
            .map { String($0.prefix(4)) }
    }
}
