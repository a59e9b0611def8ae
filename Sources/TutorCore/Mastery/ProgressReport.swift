import Foundation

/// One learner's progress, built from the fold of their session log: each concept met with
/// its mastery, attempts and last practice; what is mastered, what is weak, and what to
/// practise next (the `ReviewScheduler`'s order). Pure: no files, no clock.
public struct ProgressReport: Sendable, Equatable {
    /// P(known) below which a practised concept counts as weak.
    public static let weakThreshold = 0.5
    /// How many suggestions `next` holds.
    public static let nextCount = 3

    /// Where a concept stands.
    public enum Status: String, Sendable, Equatable {
        /// P(known) ≥ 0.95.
        case mastered
        /// Practised, 0.5 ≤ P(known) < 0.95.
        case learning
        /// Practised, P(known) < 0.5.
        case weak
        /// Met (asked about) but never answered on: P(known) is the prior.
        case notPractised = "not-practised"
    }

    /// One concept the learner has met.
    public struct Row: Sendable, Equatable {
        public var concept: String
        public var name: String
        public var mastery: Double
        public var attempts: Int
        /// ISO-8601 time of the last graded first attempt.
        public var lastPractised: String?
        public var status: Status
        /// Its FSRS card is due at the report's time.
        public var reviewDue: Bool
        /// When its FSRS card is due (ISO-8601), once it has been reviewed.
        public var due: String?
    }

    /// A concept or an exam item with an FSRS card, and when it is due.
    public struct Review: Sendable, Equatable {
        public enum Kind: String, Sendable { case concept, item }
        public var kind: Kind
        public var id: String
        /// The concept's name, or the item's stem.
        public var name: String
        public var due: String
        public var dueNow: Bool
    }

    public var learner: String
    /// The time the report is for (ISO-8601), when known.
    public var asOf: String?
    /// Concepts met, in the knowledge base's order.
    public var rows: [Row]
    /// Sessions in the log and answers graded.
    public var sessions: Int
    public var answers: Int
    /// The next few concepts to practise, most worth it first.
    public var next: [ReviewScheduler.Suggestion]
    /// Every card, the soonest due first (those due now are `tutor review`'s).
    public var reviews: [Review]
    /// Coverage, mastery and the predicted exam score, per group and in all.
    public var readiness: Readiness
    /// The misconceptions shown, open and resolved, in the order first shown.
    public var misconceptions: [Misconception]
    /// The next step within reach (`Milestone`).
    public var milestone: Milestone

    public var dueNow: [Review] { reviews.filter(\.dueNow) }

    public var mastered: [Row] { rows.filter { $0.status == .mastered } }
    public var weak: [Row] { rows.filter { $0.status == .weak } }

    /// Builds the report from a learner's folded log.
    public init(
        learner: String, history: LearnerHistory, kb: KnowledgeBase, now: Date?,
        scheduler: ReviewScheduler? = nil
    ) {
        // Exam answers are counted in the dialogue's state, which the last logged turn carries.
        var state = history.state
        if let exam = history.lastDialogue?.examHistory { state.examHistory = exam }
        self.init(
            learner: learner, state: state, sessions: history.sessions.count, answers: history.grades.count,
            kb: kb, now: now, scheduler: scheduler)
    }

    /// Builds the report from a learner's state; `withReadiness: false` leaves the exam
    /// readiness out (`Readiness.notComputed`), for a report that does not show it.
    /// `question` finds a question by id (the knowledge base's by default; the session's
    /// tutor also knows the lessons' own).
    public init(
        learner: String, state: TutorState, sessions: Int = 0, answers: Int = 0, kb: KnowledgeBase, now: Date?,
        scheduler: ReviewScheduler? = nil, withReadiness: Bool = true, question: ((String) -> Question?)? = nil
    ) {
        let scheduler = scheduler ?? ReviewScheduler(kb: kb)
        let question = question ?? { kb.question($0) }
        self.learner = learner
        asOf = now.map(ISOTime.format)
        self.sessions = sessions
        self.answers = answers
        rows = kb.concepts.filter { state.seen.contains($0.id) || state.mastery[$0.id] != nil }.map { c in
            let p = scheduler.mastery(c.id, in: state)
            let attempts = state.attempts[c.id] ?? 0
            return Row(
                concept: c.id, name: c.name, mastery: p, attempts: attempts, lastPractised: state.lastPractised[c.id],
                status: Self.status(mastery: p, attempts: attempts),
                reviewDue: scheduler.isDue(c.id, in: state, now: now),
                due: scheduler.due(c.id, in: state).map(ISOTime.format))
        }
        let ranked = scheduler.ranked(state, now: now)
        next = rows.isEmpty ? [] : Array(ranked.prefix(Self.nextCount))
        readiness =
            withReadiness ? Readiness(state: state, kb: kb, conceptOf: { question($0)?.concept }) : .notComputed
        misconceptions = Self.misconceptions(state, kb: kb, question: question)
        milestone = Milestone(state: state, kb: kb, tracer: scheduler.tracer, ranked: ranked.map(\.concept))
        reviews = Self.reviews(state, kb: kb, now: now)
    }

    /// The status of a concept with P(known) `mastery` after `attempts` first attempts.
    public static func status(mastery: Double, attempts: Int) -> Status {
        if KnowledgeTracer.isMastered(mastery) { return .mastered }
        if attempts == 0 { return .notPractised }
        return mastery < weakThreshold ? .weak : .learning
    }

    /// Every card in `state`, the soonest due first.
    static func reviews(_ state: TutorState, kb: KnowledgeBase, now: Date?) -> [Review] {
        guard let cards = state.reviews else { return [] }
        var out: [(Double, Review)] = []
        func add(_ kind: Review.Kind, _ id: String, _ name: String, _ card: FSRS.Card) {
            let due = Date(timeIntervalSince1970: card.due)
            let review = Review(
                kind: kind, id: id, name: name, due: ISOTime.format(due),
                dueNow: now.map { ReviewHistory.isDue(card, now: $0) } ?? false)
            out.append((card.due, review))
        }
        for (id, card) in cards.concepts { if let c = kb.concept(id) { add(.concept, id, c.name, card) } }
        for (id, card) in cards.items {
            if let item = kb.examItems.first(where: { $0.id == id }) { add(.item, id, item.stem, card) }
        }
        return out.sorted { ($0.0, $0.1.kind.rawValue, $0.1.id) < ($1.0, $1.1.kind.rawValue, $1.1.id) }.map(\.1)
    }
}
