/// The one place mastery changes: the dialogue's first attempts and the exam's answers.
extension Tutor {
    /// Records one observation (`correct` or not) for each of `concepts`: P(known) is
    /// updated by knowledge tracing (`guess` overrides the concept's guess rate, as a
    /// four-option item does), the attempt is counted and time-stamped, and the change is
    /// noted in the turn's result for the log.
    func recordEvidence(
        _ concepts: [String], correct: Bool, guess: Double? = nil, now: String, _ state: inout TutorState,
        _ result: inout TurnResult
    ) {
        for concept in concepts {
            let before = state.mastery[concept] ?? tracer.prior(concept)
            let after = tracer.update(concept, from: before, correct: correct, guess: guess)
            state.mastery[concept] = after
            state.attempts[concept, default: 0] += 1
            state.lastPractised[concept] = now
            state.meet(concept)
            result.masteryChanges.append(MasteryChange(concept: concept, before: before, after: after))
        }
    }
}
