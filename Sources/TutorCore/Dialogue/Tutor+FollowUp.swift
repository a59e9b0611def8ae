/// Follow-ups: lines that point back at what was just discussed ("why does it matter?",
/// "quiz me on that", "what's the difference between the two", "how is it different from
/// empathy?") get their missing concepts from the state's recent concepts.
extension Tutor {
    /// The match with the concepts the line leans on filled in; unchanged when it names
    /// everything it needs or nothing was discussed yet.
    func resolveFollowUp(_ match: MatchResult, _ state: TutorState) -> MatchResult {
        guard match.isFollowUp, let last = state.lastConcept ?? state.recentConcepts.first else { return match }
        var resolved = match
        let recent = [last] + state.recentConcepts.filter { $0 != last }
        switch match.intent {
        case .compare:
            if let named = match.concepts.first {
                // One side named, the other a pronoun: the last concept that is not the named one.
                guard let other = recent.first(where: { $0 != named }) else { return match }
                resolved.concepts = [other, named]
            } else if recent.count >= 2 {
                resolved.concepts = Array(recent.prefix(2))
            } else {
                resolved.concepts = [last]
            }
        default:
            guard match.concepts.isEmpty else { return match }
            resolved.concepts = [last]
        }
        resolved.evidence.append("follow-up → \(resolved.concepts)")
        return resolved
    }
}
