import Foundation

/// What to practise next, in order: concepts due for review, then the unmastered ones the
/// learner has met, then concepts not met yet.
///
/// - **Review**: a concept whose FSRS card (`ReviewHistory`, folded from its graded first
///   attempts) is due at `now`, the most overdue first. Tracing says what is known today;
///   FSRS says when recall will have fallen to 90% and it is worth checking again (the
///   design's "review after mastery is a spacing problem"). A concept answered well comes
///   back after days, then weeks; one answered wrong comes back soon.
/// - **Unmastered**: a concept met (asked about or asked) and not mastered, the lowest P(known)
///   first; ties go to the one whose related concepts are more mastered (it has more to
///   build on), then to the one met first.
/// - **New**: concepts not met yet, the least practised first, in the knowledge base's order.
/// - **Mastered**: last, mastered concepts not yet due, the least practised first.
///
/// Pure: the time is a parameter, never read from a clock. With `now` nil nothing is due,
/// and the order is the dialogue's `nextConcept` order.
public struct ReviewScheduler: Sendable {
    public let kb: KnowledgeBase
    public let tracer: KnowledgeTracer
    /// The spacing model (FSRS-6 with its default weights, 90% retention, no same-day steps).
    public var fsrs: FSRS

    public init(kb: KnowledgeBase, fsrs: FSRS = .forSessions) {
        self.kb = kb
        tracer = KnowledgeTracer(kb: kb)
        self.fsrs = fsrs
    }

    /// Why a concept is suggested.
    public enum Reason: String, Sendable, Equatable {
        case review, unmastered, new, mastered
    }

    /// One concept to practise, with why and what is known of it.
    public struct Suggestion: Sendable, Equatable {
        public var concept: String
        public var reason: Reason
        /// P(known): the traced value, or the concept's prior when it has had no evidence.
        public var mastery: Double
        /// First attempts at the concept's questions.
        public var attempts: Int
        /// Days since the concept was last practised, when that and `now` are known.
        public var daysSincePractice: Double?
    }

    /// P(known) for `concept`: traced, else its prior.
    public func mastery(_ concept: String, in state: TutorState) -> Double {
        state.mastery[concept] ?? tracer.prior(concept)
    }

    /// Days from `concept`'s last practice to `now`, when both are known.
    public func daysSincePractice(_ concept: String, in state: TutorState, now: Date?) -> Double? {
        guard let now, let last = state.lastPractised[concept].flatMap(ISOTime.parse) else { return nil }
        return ISOTime.days(from: last, to: now)
    }

    /// When `concept` is next due for review (seconds since 1970), once it has been reviewed.
    public func due(_ concept: String, in state: TutorState) -> Date? {
        state.reviews?.concepts[concept].map { Date(timeIntervalSince1970: $0.due) }
    }

    /// Whether `concept`'s FSRS card is due at `now`.
    public func isDue(_ concept: String, in state: TutorState, now: Date?) -> Bool {
        guard let now, let card = state.reviews?.concepts[concept] else { return false }
        return ReviewHistory.isDue(card, now: now)
    }

    /// The exam items whose cards are due at `now`, the most overdue first.
    public func dueItems(_ state: TutorState, now: Date?) -> [String] {
        guard let now, let items = state.reviews?.items else { return [] }
        let known = Set(kb.examItems.map(\.id))
        return items.filter { known.contains($0.key) && ReviewHistory.isDue($0.value, now: now) }
            .sorted { ($0.value.due, $0.key) < ($1.value.due, $1.key) }.map(\.key)
    }

    /// Every concept in the knowledge base, most worth practising first.
    public func ranked(_ state: TutorState, now: Date?) -> [Suggestion] {
        func suggestion(_ id: String, _ reason: Reason) -> Suggestion {
            Suggestion(
                concept: id, reason: reason, mastery: mastery(id, in: state), attempts: state.attempts[id] ?? 0,
                daysSincePractice: daysSincePractice(id, in: state, now: now))
        }
        let met = state.seen.filter { kb.concept($0) != nil }
        let dueSet = Set(met.filter { isDue($0, in: state, now: now) })
        let due = met.filter { dueSet.contains($0) }
            .sorted { (state.reviews?.concepts[$0]?.due ?? 0, $0) < (state.reviews?.concepts[$1]?.due ?? 0, $1) }
            .map { suggestion($0, .review) }
        // Stable: equal mastery and readiness keep the order in which they were met.
        let weak = met.filter { !dueSet.contains($0) && !KnowledgeTracer.isMastered(mastery($0, in: state)) }
            .enumerated()
            .sorted { a, b in
                let (pa, pb) = (mastery(a.element, in: state), mastery(b.element, in: state))
                if abs(pa - pb) > 1e-9 { return pa < pb }
                let (ra, rb) = (readiness(a.element, state), readiness(b.element, state))
                if ra != rb { return ra > rb }
                return a.offset < b.offset
            }
            .map { suggestion($0.element, .unmastered) }
        let metSet = Set(met)
        let new = kb.concepts.enumerated()
            .filter { !metSet.contains($0.element.id) }
            .sorted {
                (state.attempts[$0.element.id] ?? 0, $0.offset) < (state.attempts[$1.element.id] ?? 0, $1.offset)
            }
            .map { suggestion($0.element.id, .new) }
        let rest = kb.concepts.enumerated()
            .filter { metSet.contains($0.element.id) && !dueSet.contains($0.element.id) }
            .filter { KnowledgeTracer.isMastered(mastery($0.element.id, in: state)) }
            .sorted {
                (state.attempts[$0.element.id] ?? 0, $0.offset) < (state.attempts[$1.element.id] ?? 0, $1.offset)
            }
            .map { suggestion($0.element.id, .mastered) }
        return due + weak + new + rest
    }

    /// The one concept to practise next; nil only for an empty knowledge base.
    public func next(_ state: TutorState, now: Date?) -> String? {
        ranked(state, now: now).first?.concept
    }

    /// The ISO-8601 form of `now`, as the dialogue has it; an unreadable time counts as unknown.
    public func next(_ state: TutorState, now: String) -> String? {
        next(state, now: ISOTime.parse(now))
    }

    /// The share of a concept's related concepts that are mastered (0 with none).
    func readiness(_ id: String, _ state: TutorState) -> Double {
        let related = kb.concept(id)?.related.map(\.concept) ?? []
        guard !related.isEmpty else { return 0 }
        let mastered = related.filter { KnowledgeTracer.isMastered(state.mastery[$0] ?? 0) }.count
        return Double(mastered) / Double(related.count)
    }
}
