/// The one place mastery changes: the dialogue's first attempts and the exam's answers.
extension Tutor {
    /// The credit of a complete first answer given after a hint.
    static let hintedCredit = 0.5

    /// Records one observation (`correct` or not) for each of `concepts`: P(known) is
    /// updated by knowledge tracing (`guess` overrides the concept's guess rate, as a
    /// four-option item does), the attempt is counted and time-stamped, and the change is
    /// noted in the turn's result for the log. A right one resolves the misconceptions shown
    /// on the concept before it (`MisconceptionHistory`).
    ///
    /// `credit` below 1 is partial credit for a right answer (one reached with a hint): P(known)
    /// moves to the same mix of the updates for right and for wrong (`hintedCredit`: half way).
    func recordEvidence(
        _ concepts: [String], correct: Bool, credit: Double = 1, guess: Double? = nil, now: String,
        _ state: inout TutorState, _ result: inout TurnResult
    ) {
        if !concepts.isEmpty { state.countAnswer(at: now) }
        for concept in concepts {
            let before = state.mastery[concept] ?? tracer.prior(concept)
            var after = tracer.update(concept, from: before, correct: correct, guess: guess)
            if correct && credit < 1 {
                let wrong = tracer.update(concept, from: before, correct: false, guess: guess)
                after = credit * after + (1 - credit) * wrong
            }
            // The live state keeps P(known) as the log has it, so that a session resumed from
            // the log goes on exactly as one that never stopped.
            after = SessionRecorder.asLogged(after)
            state.mastery[concept] = after
            state.attempts[concept, default: 0] += 1
            state.lastPractised[concept] = now
            state.meet(concept)
            // A right answer resolves the concept's misconceptions shown before it.
            if correct { state.misconceptions.right(on: concept, time: now) }
            result.masteryChanges.append(MasteryChange(concept: concept, before: before, after: after))
        }
    }
}
