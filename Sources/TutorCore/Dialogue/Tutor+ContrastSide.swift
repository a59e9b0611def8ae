/// Round 25: "and a violation?" after "what's a boundary crossing", "and a relapse?" after
/// "what's a lapse": the other side of a concept that holds two, typed alone after one side
/// was asked about, sets the two side by side (how a crossing differs from a violation); a
/// definition of the same concept again would only repeat it.
extension Tutor {
    /// The compare reading of a bare ellipsis naming the side of the topic that the last line
    /// left out; nil for any other line.
    func otherSideOfTheTopic(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            let (a, b) = contrastSides(of: topic), let before = state.lastWords
        else { return nil }
        let words = LineForm.words(analysis)
        let names = { (side: String, w: [String]) in w.contains { $0.hasPrefix(String(side.prefix(6))) } }
        // The side asked now, the other one asked before, each without the other.
        let now: String
        if names(b, words) && !names(a, words) && names(a, before) && !names(b, before) {
            now = b
        } else if names(a, words) && !names(b, words) && names(b, before) && !names(a, before) {
            now = a
        } else {
            return nil
        }
        // Nothing but the side, its concept's own words and the words of an ellipsis.
        let prefix = String(now.prefix(6))
        let nameWords = Set((kb.concept(topic)?.name ?? "").lowercased().split { !$0.isLetter }.map(String.init))
        let ellipsis: Set<String> = [
            "and", "a", "an", "the", "what", "whats", "what's", "about", "how", "then", "so", "or", "one", "full",
        ]
        guard words.count <= 5,
            words.allSatisfy({
                $0.hasPrefix(prefix) || ellipsis.contains($0) || nameWords.contains($0) || nameWords.contains($0 + "s")
            })
        else { return nil }
        var read = match.settled(on: [topic], as: .compare)
        read.isFollowUp = false
        read.evidence.append("follow-up: the topic's other side typed alone → compare")
        return read
    }

    /// The two sides of a concept that holds two ideas: its `contrasts`, else a term of its own
    /// of the form "crossing versus violation" (one word a side).
    func contrastSides(of id: String) -> (String, String)? {
        guard let concept = kb.concept(id) else { return nil }
        if concept.contrasts.count == 2 {
            return (concept.contrasts[0].lowercased(), concept.contrasts[1].lowercased())
        }
        for term in concept.terms {
            let w = term.lowercased().split(separator: " ").map(String.init)
            if w.count == 3, ["versus", "vs"].contains(w[1]) { return (w[0], w[2]) }
        }
        return nil
    }
}
