/// Round 33: the other side of a contrast asked beside a topic that is one side of it ("and
/// commitment, how is that different" after patient compliance; "and relapse, is that
/// different" after a concept named for a lapse). The knowledge base holds the two sides as
/// one contrast concept (compliance versus commitment); the topic is a concept of its own
/// whose name is one side's word. Set side by side, the two are that contrast, not the topic
/// and the contrast: the comparison is the contrast concept alone, as it is when the topic
/// was the contrast itself ("what is a lapse" → "vs a relapse?"). The side must be the head of
/// the topic's name: a concept that only mentions a side ("relapse safety net") is no side.
extension Tutor {
    /// The comparison settled on the contrast concept, or nil when it is no such pair.
    func otherSideOfTheContrast(_ read: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard read.intent == .compare, read.concepts.count == 2, state.open == nil,
            let topic = state.lastConcept, read.concepts.contains(topic),
            let other = read.concepts.first(where: { $0 != topic }),
            let contrast = kb.concept(other), contrast.contrasts.count == 2,
            let own = kb.concept(topic), !own.isContrast
        else { return nil }
        let heads = contrast.contrasts.map { String($0.lowercased().prefix(6)) }
        let nameWords = own.name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        // The topic is one side by its name's head ("patient compliance"; "relapse safety net" is
        // a safety net); the line names the other side, not the topic's.
        guard let head = nameWords.last, let side = heads.firstIndex(where: { head.hasPrefix($0) }) else { return nil }
        let words = analysis.tokens.map(\.word)
        // The other side fronted, before any pronoun for the topic ("and commitment, how is that
        // different"); "is that the same thing as commitment" sets the topic itself against it.
        guard let named = words.firstIndex(where: { $0.hasPrefix(heads[1 - side]) }),
            !words.contains(where: { $0.hasPrefix(heads[side]) }),
            words[..<named].allSatisfy({ !["it", "that", "this"].contains($0) })
        else { return nil }
        var settled = read
        settled.concepts = [other]
        settled.evidence.append("follow-up: the other side of a contrast the topic is one side of → \(other)")
        return settled
    }
}
