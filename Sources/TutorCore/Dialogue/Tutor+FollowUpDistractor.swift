/// Follow-ups about an exam distractor (what the alliance is not) and about one side of a
/// pair: the other side of a distractor's comparison is the alliance, and "which of the two
/// does X get you" asks what X brings about.
extension Tutor {
    /// The knowledge base's group of the exam's distractors, each set against the alliance.
    static let distractorGroup = "not-the-alliance"
    /// The concept every distractor is told apart from.
    static let alliance = "therapeutic-alliance"

    /// "Does it define the alliance tho", "and that's not the alliance? why not" after the
    /// code of ethics or session structure: a line about a distractor that names the alliance
    /// and nothing else weighs the two, as the exam does, rather than defining or explaining
    /// the alliance alone.
    func weighedAgainstTheAlliance(
        _ resolved: MatchResult, _ match: MatchResult, _ analysis: Analysis,
        _ state: TutorState
    ) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept, topic != Self.alliance,
            kb.concept(topic)?.group == Self.distractorGroup, [.define, .explain].contains(resolved.intent),
            Self.namesByTerm(match), match.intent != .outOfScope, match.concepts.contains(Self.alliance),
            match.concepts.allSatisfy({ [topic, Self.alliance].contains($0) })
        else { return nil }
        let words = LineForm.words(analysis)
        // "Why isn't that the heart of the alliance" asks why; a question put with a pronoun
        // for the distractor, or a statement doubted, weighs it against the alliance.
        guard words.first != "why", Self.pointsBackByAWord(words) || match.concepts.contains(topic) else {
            return nil
        }
        var read = resolved.settled(on: [topic, Self.alliance], as: .compare)
        read.evidence.append("follow-up: a distractor with the alliance named → the two weighed")
        return read
    }

    /// "How's that different from what a counselor has with a client" after the doctor-patient
    /// bond: the far side of a distractor's comparison, told by the counseling relationship's
    /// own parties, is the alliance.
    func allianceDescribed(_ words: ArraySlice<String>, beside topic: String) -> [String] {
        let parties: Set<String> = [
            "counselor", "counselors", "counsellor", "counsellors", "therapist", "therapists", "counseling",
            "counselling", "therapy", "client", "clients",
        ]
        guard topic != Self.alliance, kb.concept(topic)?.group == Self.distractorGroup,
            words.contains(where: parties.contains)
        else { return [] }
        return [Self.alliance]
    }

    /// "Which one does a court order get you", "which of the two does family pressure
    /// produce" after compliance versus commitment: a concept named as the subject of the
    /// question asks what it brings about (why, of that concept), not which member it is.
    func whichSideANamedBrings(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        guard state.open == nil, Self.namesByTerm(match), match.intent != .outOfScope,
            kb.concept(last)?.isContrast == true || state.lastAnswer?.concepts.count == 2
        else { return nil }
        let named = match.concepts.filter { $0 != last && !(state.lastAnswer?.concepts.contains($0) ?? false) }
        guard named.count == 1, let subject = named.first else { return nil }
        let words = Array(LineForm.words(analysis).drop { LineForm.openers.contains($0) })
        let picks: [[String]] = [["which", "one"], ["which", "of", "the", "two"], ["which", "of", "them"]]
        guard let pick = picks.first(where: { words.starts(with: $0) }), pick.count < words.count else { return nil }
        let auxiliaries: Set<String> = ["does", "do", "did", "will", "would", "can", "could", "is", "are"]
        guard auxiliaries.contains(words[pick.count]) else { return nil }
        // "Which one is congruence" picks a member by its name: the copula with the concept
        // right after it, and no verb of its own.
        if ["is", "are"].contains(words[pick.count]) { return nil }
        var read = match.settled(on: [subject, last], as: .explain)
        read.isFollowUp = false
        read.evidence.append("follow-up: which side a named concept brings about → why, of \(subject)")
        return read
    }
}
