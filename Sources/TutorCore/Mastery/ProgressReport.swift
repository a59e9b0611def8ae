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
        /// Mastered and not practised for the review interval.
        public var reviewDue: Bool
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

    public var mastered: [Row] { rows.filter { $0.status == .mastered } }
    public var weak: [Row] { rows.filter { $0.status == .weak } }

    /// Builds the report from a learner's folded log.
    public init(
        learner: String, history: LearnerHistory, kb: KnowledgeBase, now: Date?,
        scheduler: ReviewScheduler? = nil
    ) {
        self.init(
            learner: learner, state: history.state, sessions: history.sessions.count, answers: history.grades.count,
            kb: kb, now: now, scheduler: scheduler)
    }

    /// Builds the report from a learner's state.
    public init(
        learner: String, state: TutorState, sessions: Int = 0, answers: Int = 0, kb: KnowledgeBase, now: Date?,
        scheduler: ReviewScheduler? = nil
    ) {
        let scheduler = scheduler ?? ReviewScheduler(kb: kb)
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
                reviewDue: scheduler.isDue(c.id, in: state, now: now))
        }
        next = rows.isEmpty ? [] : Array(scheduler.ranked(state, now: now).prefix(Self.nextCount))
    }

    /// The status of a concept with P(known) `mastery` after `attempts` first attempts.
    public static func status(mastery: Double, attempts: Int) -> Status {
        if KnowledgeTracer.isMastered(mastery) { return .mastered }
        if attempts == 0 { return .notPractised }
        return mastery < weakThreshold ? .weak : .learning
    }
}
