/// (round 32) A side request that points back at the question in front of the learner by a
/// pronoun ("can u show me what that looks like with an actual client", "how would it go in a
/// real session", "why does that happen") asks about that question's concept. Read alone, the
/// matcher may put first a concept only the phrasing prior offered, or one named by a term that
/// is a single word beside the people in every scene ("real" of "being real with clients",
/// which congruence holds): neither names another topic outright. Then the open question's
/// concept is the one asked about. A concept named by a word of its own name ("what does that
/// look like for empathy", "why is guilt bad, it gets results": guilt and shame) or by a term of
/// two telling words keeps its place; a definition asked ("what
/// is that") is left to the rules that read what a word means.
extension Tutor {
    /// The side request's match about the open question's concept, or nil when it stays.
    func pointedBackToTheQuestion(
        _ match: MatchResult, _ analysis: Analysis, _ q: Question, _ state: TutorState
    ) -> MatchResult? {
        guard [.example, .explain, .howTo].contains(match.intent), let first = match.concepts.first,
            Self.pointsBackByPronoun(analysis)
        else { return nil }
        let own = practised(q, state)
        guard first != own,
            match.basis.named.allSatisfy({ named in
                named.stems.filter { !Self.peopleInEveryScene.contains($0) }.count <= 1
                    && nameStems(named.concept).isDisjoint(with: named.stems)
            })
        else { return nil }
        var read = match
        read.concepts = [own]
        read.evidence = match.evidence + ["a side request pointing back by a pronoun, no topic named → \(own)"]
        return read
    }

    /// Stems of the people in every scene: a term's word beside them is its only telling one.
    static let peopleInEveryScene: WordSet = ["client", "counselor", "counsellor", "patient", "therapist"]
}
