import Foundation

/// `tutor review`: the concepts and exam items whose FSRS cards are due, and a question to
/// open for each concept.
extension Tutor {
    /// What is due at `now`: concepts, the most overdue first, and exam items likewise.
    public func dueForReview(_ state: TutorState, now: Date) -> (concepts: [String], items: [String]) {
        let concepts = (state.reviews?.concepts ?? [:]).filter { kb.concept($0.key) != nil }
            .filter { ReviewHistory.isDue($0.value, now: now) }
            .sorted { ($0.value.due, $0.key) < ($1.value.due, $1.key) }.map(\.key)
        return (concepts, scheduler.dueItems(state, now: now))
    }

    /// Opens a question on `concept` for its review (one not asked lately, as "quiz me" picks),
    /// setting aside a question, an exam set or a lesson left open (`:lesson NAME` starts a
    /// lesson again).
    public func askReview(concept: String, state: inout TutorState, now: String) -> String {
        state.open = nil
        state.exam = nil
        state.lesson = nil
        return TurnRenderer(tutor: self).text(ask(concept: concept, &state, offer: false, now: now))
    }
}
