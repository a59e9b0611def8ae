/// The misconceptions a learner has shown, and whether each was later resolved (issue 16.2).
///
/// A misconception is one of a question's (`m1` of `court-orders-attendance`), so it is
/// keyed by the question and its id. It is **shown** by any graded answer to that question
/// that names it (first attempt or not). It is **resolved** by a later answer that moved the
/// mastery of its concept as right: a first answer graded `correct` (complete, with no
/// misconception) to any question on the concept, or a right exam answer on an item tagged
/// with the concept. Showing it again reopens it. The answers that follow its correction
/// within the same asking do not resolve it (they are not evidence: the correction has just
/// told the learner).
///
/// Kept incrementally: the live session notes each grade as it happens, and the fold of the
/// log notes the same events in the same order (`LearnerHistory`), so both give the same
/// value. Resolution is by concept, compared by order (`tick`), not by time: every turn of a
/// session run under a fixed clock has the same time.
public struct MisconceptionHistory: Sendable, Codable, Equatable {
    /// One misconception the learner has shown.
    public struct Entry: Sendable, Codable, Equatable {
        /// The question it belongs to, and its id there.
        public var question: String
        public var misconception: String
        /// The question's concept, when the log said (older logs: looked up in the knowledge base).
        public var concept: String?
        /// How often it was shown, and when first and last (ISO-8601).
        public var times: Int
        public var firstShown: String
        public var lastShown: String
        /// The order of its last showing (see `tick`).
        public var shownAt: Int
    }

    /// A right answer on a concept: when, and in which order.
    public struct Mark: Sendable, Codable, Equatable {
        public var at: Int
        public var time: String
    }

    /// Every misconception shown, in the order first shown.
    public private(set) var entries: [Entry] = []
    /// Per concept, the last answer that counted as right.
    public private(set) var lastRight: [String: Mark] = [:]
    /// Counts the events noted, so that "later" is exact within a turn and under a fixed clock.
    public private(set) var tick = 0

    public init() {}

    /// Notes an answer to `question` that showed `misconceptions` (a concept nil when unknown).
    public mutating func show(_ misconceptions: [String], question: String, concept: String?, time: String) {
        for id in misconceptions {
            tick += 1
            if let i = entries.firstIndex(where: { $0.question == question && $0.misconception == id }) {
                entries[i].times += 1
                entries[i].lastShown = time
                entries[i].shownAt = tick
                if entries[i].concept == nil { entries[i].concept = concept }
            } else {
                entries.append(
                    Entry(
                        question: question, misconception: id, concept: concept, times: 1, firstShown: time,
                        lastShown: time, shownAt: tick))
            }
        }
    }

    /// Notes a right answer on `concept` (one that moved its mastery as right).
    public mutating func right(on concept: String, time: String) {
        tick += 1
        lastRight[concept] = Mark(at: tick, time: time)
    }

    /// Fills in the concept of the entries of `question` that lack one (an older log's grade
    /// names no concept; the mastery event after a first answer does).
    mutating func learnConcept(_ concept: String, of question: String) {
        for i in entries.indices where entries[i].question == question && entries[i].concept == nil {
            entries[i].concept = concept
        }
    }

    /// An entry's concept: its own, else `conceptOf` its question.
    public func concept(of entry: Entry, _ conceptOf: (String) -> String?) -> String? {
        entry.concept ?? conceptOf(entry.question)
    }

    /// When `entry` was resolved: the right answer on its concept after its last showing, if any.
    public func resolution(of entry: Entry, _ conceptOf: (String) -> String?) -> Mark? {
        guard let concept = concept(of: entry, conceptOf), let mark = lastRight[concept], mark.at > entry.shownAt
        else { return nil }
        return mark
    }

    /// The entries not resolved yet, in the order first shown.
    public func open(_ conceptOf: (String) -> String?) -> [Entry] {
        entries.filter { resolution(of: $0, conceptOf) == nil }
    }

    /// The concepts with a misconception still open.
    public func openConcepts(_ conceptOf: (String) -> String?) -> Set<String> {
        Set(open(conceptOf).compactMap { concept(of: $0, conceptOf) })
    }
}
