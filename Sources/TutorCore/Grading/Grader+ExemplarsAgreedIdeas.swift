/// What the nearest graded answers agree on, idea by idea.
///
/// A learner's answer in conversation that the reading finds nothing in is compared with the
/// graded answers to the same question (`Grader+Exemplars`). Until round 34 the nearest two had
/// to carry the very same label: "n theyre doin stuff, not just gettin told" lent nothing when
/// its nearest answer said the client takes part and the next said so and that they feel
/// ownership too, though both say the client takes part. Two learners who agree on one idea and
/// differ on another still agree on the first; so the ideas lent are the ones every answer of
/// the nearest few expresses (their labels' intersection): an idea only one of them adds is
/// not lent. A belief is said back to the learner as a trap: it is lent only as before, when
/// the nearest `exemplarMisconceptionAgreement` answers carry the very same label.
extension Grader {
    /// The expectations that each of the nearest `exemplarAgreement` answers of `ranked`
    /// (nearest first) expresses, and the nearest's misconceptions when the nearest
    /// `exemplarMisconceptionAgreement` carry its very label; nil when they agree on nothing.
    func agreedIdeas(_ e: Exemplars, _ ranked: [Int32]) -> Exemplars.Label? {
        let tuning = GradingTuning.standard
        guard ranked.count >= tuning.exemplarAgreement else { return nil }
        let labels = ranked.map { e.labels[Int(e.labelOf[Int($0)])] }
        let nearest = labels[0]
        let agreeing = labels.prefix(tuning.exemplarAgreement)
        let covered = nearest.covered.filter { id in agreeing.allSatisfy { $0.covered.contains(id) } }
        // A belief is lent only as before: the nearest `exemplarMisconceptionAgreement` answers
        // carrying the very same label ("the judge decides" is near answers that hold the belief
        // in the court order beside different ideas, and is not the belief).
        let k = tuning.exemplarMisconceptionAgreement
        let misconceptions =
            labels.count >= k && labels.prefix(k).allSatisfy({ $0 == nearest }) ? nearest.misconceptions : []
        // The ideas by index, in the nearest label's order: expectations first, then beliefs.
        let kept = Set(covered).union(misconceptions)
        let names = nearest.covered + nearest.misconceptions
        let ideas = zip(names, nearest.ideas).filter { kept.contains($0.0) }.map(\.1)
        let found = Exemplars.Label(covered: covered, misconceptions: misconceptions, ideas: ideas)
        return found.isEmpty ? nil : found
    }
}
