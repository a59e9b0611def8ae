/// Round 29: "and commitment? same thing?" after patient compliance, "and commitment, where
/// does that come into it, are the two ever the same animal?" after compliance in court-sent
/// clients: the topic just discussed is one side of a concept that holds two (compliance of
/// compliance versus commitment), and the line names the other side only. The two set side by
/// side are that concept's own sides, so the comparison is that one concept, not the topic
/// beside it. Only when the learner named the topic by the side's word alone: after "what is
/// patient compliance", "is that the same as commitment" sets that concept beside the
/// contrast. Not when the line names the topic's side too ("does that tie into lapse vs
/// relapse" after the relapse safety net sets the two concepts side by side) nor when it
/// names a concept outside the two.
extension Tutor {
    /// The comparison settled on the concept whose sides the topic and the line name; nil
    /// otherwise.
    func sidesOfTheContrastNamed(_ read: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard read.intent == .compare, state.open == nil, let answered = state.lastAnswer?.concepts,
            !answered.isEmpty
        else { return nil }
        let stems = Set(analysis.tokens.map(\.stem))
        for c in kb.concepts where c.contrasts.count == 2 && !answered.contains(c.id) {
            let sides = c.contrasts.map { analyzer.stem($0.lowercased()) }
            for (own, other) in [(sides[0], sides[1]), (sides[1], sides[0])]
            where stems.contains(other) && !stems.contains(own) {
                let before = state.lastWords ?? []
                guard before.contains(where: { analyzer.stem($0) == own }),
                    answered.contains(where: { t in
                        let name = matcher.nameStems(of: t)
                        return name.contains(own) && !name.contains(other) && namedBySideAlone(t, own, before)
                    }),
                    read.concepts.allSatisfy({ $0 == c.id || answered.contains($0) })
                else { continue }
                var settled = read.settled(on: [c.id], as: .compare)
                settled.evidence.append("follow-up: the other side of the topic's own contrast → \(c.id)")
                return settled
            }
        }
        return nil
    }

    /// Whether the line before named `concept` by the side's word alone: no other word of
    /// the concept's name, as typed ("compliance in treatment", not "patient compliance"; the
    /// lexicon would join "clients" to "patient", so words, not stems, are compared).
    func namedBySideAlone(_ concept: String, _ side: String, _ before: [String]) -> Bool {
        guard let name = kb.concept(concept)?.name.lowercased() else { return false }
        let others = name.split(whereSeparator: { !$0.isLetter }).map(String.init).filter {
            $0.count > 2 && analyzer.stem($0) != side
        }
        return !before.contains { w in others.contains { w.hasPrefix($0) } }
    }
}
