import Foundation

/// The learner's FSRS cards: one per concept practised and one per exam item answered,
/// each the fold of its reviews. A graded first attempt at a concept's question is a review
/// of the concept, an exam answer a review of the item: correct is `good`, partial `hard`,
/// anything else (incorrect, a misconception, "I don't know") `again`.
///
/// The cards are derived from what the session log already records (grade and mastery
/// events with their times), so a log written before FSRS yields the same cards; a live
/// session updates them the same way as it goes.
public struct ReviewHistory: Sendable, Codable, Equatable {
    /// Concept id → card.
    public var concepts: [String: FSRS.Card] = [:]
    /// Exam item id → card.
    public var items: [String: FSRS.Card] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey { case concepts, items }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        concepts = try c.decodeIfPresent([String: FSRS.Card].self, forKey: .concepts) ?? [:]
        items = try c.decodeIfPresent([String: FSRS.Card].self, forKey: .items) ?? [:]
    }

    /// The rating a grade's verdict stands for.
    public static func rating(_ verdict: Verdict) -> FSRS.Rating {
        switch verdict {
        case .correct: return .good
        case .partial: return .hard
        case .misconception, .incorrect, .dontKnow: return .again
        }
    }

    /// Seconds since 1970 of an ISO-8601 time; nil when it does not parse.
    static func seconds(_ iso: String) -> Double? {
        ISOTime.parse(iso)?.timeIntervalSince1970
    }

    /// Reviews the concept's card at `time` (ISO-8601); an unreadable time is no review.
    public mutating func reviewConcept(_ id: String, _ rating: FSRS.Rating, at time: String, fsrs: FSRS) {
        guard let t = Self.seconds(time) else { return }
        concepts[id] = fsrs.review(concepts[id] ?? FSRS.Card(due: t), rating, at: t)
    }

    /// Reviews the exam item's card at `time` (ISO-8601).
    public mutating func reviewItem(_ id: String, _ rating: FSRS.Rating, at time: String, fsrs: FSRS) {
        guard let t = Self.seconds(time) else { return }
        items[id] = fsrs.review(items[id] ?? FSRS.Card(due: t), rating, at: t)
    }

    /// Folds one log event: an exam answer's grade (it has an `option`) reviews the item; a
    /// mastery event reviews its concept with the verdict of the grade logged just before it
    /// for the same question (a first attempt logs both). Mastery moved by an exam answer is
    /// the item's review, not the concept's.
    public mutating func apply(
        _ event: SessionEvent, lastGrade: (time: String, question: String, verdict: String)?,
        fsrs: FSRS = .forSessions
    ) {
        switch event.body {
        case .grade(let g):
            guard g.option != nil, let q = g.question, let verdict = g.verdict.flatMap(Verdict.init(rawValue:))
            else { return }
            reviewItem(q, Self.rating(verdict), at: event.time, fsrs: fsrs)
        case .mastery(let m):
            guard let concept = m.concept, let q = m.question,
                let grade = lastGrade, grade.question == q, grade.time == event.time,
                let verdict = Verdict(rawValue: grade.verdict)
            else { return }
            if let t = Self.seconds(event.time), items[q]?.lastReview == t { return }
            reviewConcept(concept, Self.rating(verdict), at: event.time, fsrs: fsrs)
        default:
            return
        }
    }

    /// Whether a card is due at `now`.
    public static func isDue(_ card: FSRS.Card, now: Date) -> Bool {
        card.due <= now.timeIntervalSince1970
    }
}

extension FSRS {
    /// FSRS as the tutor uses it: without the same-day learning steps of a flash-card deck,
    /// since a concept is practised once in a session, not drilled; the first review sets
    /// an interval of days at once (FSRS-6's initial stabilities: a good answer 2 days, a
    /// wrong one 1 day, then longer as stability grows).
    public static let forSessions: FSRS = {
        var f = FSRS()
        f.learningSteps = []
        f.relearningSteps = []
        return f
    }()
}

extension TutorState {
    /// The learner's FSRS cards (none before the first review).
    public var reviewCards: ReviewHistory { reviews ?? ReviewHistory() }

    /// Records a graded first attempt at a question on `concept` as a review of its card.
    public mutating func reviewConcept(_ concept: String, verdict: Verdict, now: String, fsrs: FSRS) {
        if reviews == nil { reviews = ReviewHistory() }
        reviews!.reviewConcept(concept, ReviewHistory.rating(verdict), at: now, fsrs: fsrs)
    }

    /// Records an exam answer as a review of the item's card.
    public mutating func reviewExamItem(_ item: String, correct: Bool, now: String, fsrs: FSRS) {
        if reviews == nil { reviews = ReviewHistory() }
        reviews!.reviewItem(item, correct ? .good : .again, at: now, fsrs: fsrs)
    }
}
