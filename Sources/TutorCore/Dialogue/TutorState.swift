/// Everything the dialogue needs to know between turns. It is `Codable` so the session
/// log can carry it and a restarted tutor resumes exactly where it was.
public struct TutorState: Sendable, Codable, Equatable {
    /// The number of turns taken.
    public var turn: Int = 0
    /// The concept the last answer was about, for follow-ups ("why does it matter?").
    public var lastConcept: String? {
        didSet { if let c = lastConcept { remember(c) } }
    }
    /// The concepts discussed last, most recent first, for follow-ups that lean on two
    /// ("the two", "both", "how is it different from empathy?").
    public var recentConcepts: [String] = []
    /// The examples shown per concept (indices), so "another example" brings a new one.
    public var shownExamples: [String: [Int]] = [:]
    /// The last content request answered, and whether in the short form.
    public var lastAnswer: AnswerRequest?
    /// A pending "did you mean 1) … or 2) …?".
    public var clarification: Clarification?
    /// The Socratic question being worked on.
    public var open: OpenQuestion?
    /// The last question asked, so that the next one differs when the concept has another.
    public var lastAsked: String?
    /// The question closed last (answered in full, given away or skipped), until another
    /// question is asked: more of an answer to it is still graded against it (not logged: a
    /// resumed session starts afresh).
    public var lastClosed: String?
    /// The ideas the learner had covered when that question closed (not logged either).
    public var lastClosedCovered: [String]?
    /// Whether the last answer ended with a follow-up question (so the next one does not).
    public var offeredLastTurn: Bool = false
    /// Whether the last line was out of scope, so that "and how much does it cost" after it
    /// does not lean on an earlier topic (not logged: a resumed session starts afresh).
    public var lastOutOfScope = false
    /// Lines of hesitation in a row while a question is open ("hmm", "one sec"), so the reply
    /// to the next is not the same words again (not logged: a resumed session starts afresh).
    public var waited = 0
    /// The last line's words, for a follow-up whose pronoun only that line explains ("what
    /// could they do instead" after "the family wants to guilt him": they are the family).
    /// Not logged: a resumed session starts afresh.
    public var lastWords: [String]?
    /// The turn whose reply suggested a question ("Want to try a question on it? Say \"quiz
    /// me\"."), so that a "yes" or "sure" to it is taken up (not logged: a resumed session
    /// starts afresh).
    public var quizSuggestedAt: Int?
    /// The random source; a session's seed fixes it, so a seeded run replays exactly.
    public var rng: SeededRandom
    /// P(known) per concept that has had evidence.
    public var mastery: [String: Double] = [:]
    /// First attempts per concept.
    public var attempts: [String: Int] = [:]
    /// First answers counted as evidence on the day of the last one, one an answer however
    /// many concepts it bears on (an exam item tagged with three is one): goodbye's "Today you
    /// answered N questions". Absent from older checkpoints (then the fold of the log gives it).
    public var answeredOn: DayTally?
    /// When each concept was last practised (ISO-8601).
    public var lastPractised: [String: String] = [:]
    /// Concepts the learner has met (asked about or been asked).
    public var seen: [String] = []
    /// Questions asked so far, with how often.
    public var asked: [String: Int] = [:]
    /// First answers to the dialogue's questions in all sessions, per concept: how many, and
    /// how many right (exam answers are not counted). The fold of the log gives the same
    /// count (a mastery event after a question's grade), so a resumed session goes on from it.
    public var firstAnswers: [String: Tally] = [:]
    /// The misconceptions the learner has shown, and which were resolved since.
    public var misconceptions = MisconceptionHistory()
    /// Questions answered completely or skipped in this session: not asked again while
    /// others remain (not logged: a new session may ask them again).
    public var finished: [String] = []
    /// The exam practice set in progress.
    public var exam: ExamSession?
    /// Which exam items were shown when, and which were missed.
    public var examHistory = ExamHistory()
    /// The lesson in progress, and where in it.
    public var lesson: LessonProgress?
    /// FSRS cards of concepts and exam items, folded from the log's grades (not part of the
    /// dialogue snapshot); nil before the first review.
    public var reviews: ReviewHistory?

    public init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    /// The dialogue part of the state, without mastery, which the log carries as its own events.
    public var dialogue: DialogueSnapshot {
        DialogueSnapshot(
            turn: turn, lastConcept: lastConcept, clarification: clarification, open: open, lastAsked: lastAsked,
            offeredLastTurn: offeredLastTurn, exam: exam, examHistory: examHistory, lesson: lesson,
            recentConcepts: recentConcepts)
    }

    public mutating func restore(_ d: DialogueSnapshot) {
        turn = d.turn
        lastConcept = d.lastConcept
        clarification = d.clarification
        open = d.open
        lastAsked = d.lastAsked
        offeredLastTurn = d.offeredLastTurn
        exam = d.exam
        examHistory = d.examHistory ?? ExamHistory()
        lesson = d.lesson
        // Set after `lastConcept`, whose setter puts it first; logs older than the field have only that.
        if let recent = d.recentConcepts { recentConcepts = recent }
    }

    mutating func meet(_ concept: String) {
        if !seen.contains(concept) { seen.append(concept) }
        remember(concept)
    }

    /// Puts `concept` first among the recent ones (four are kept).
    mutating func remember(_ concept: String) {
        recentConcepts.removeAll { $0 == concept }
        recentConcepts.insert(concept, at: 0)
        if recentConcepts.count > 4 { recentConcepts.removeLast() }
    }
}

/// The dialogue state carried by each logged turn.
public struct DialogueSnapshot: Sendable, Codable, Equatable {
    public var turn: Int
    public var lastConcept: String?
    public var clarification: Clarification?
    public var open: OpenQuestion?
    public var lastAsked: String?
    public var offeredLastTurn: Bool
    public var exam: ExamSession?
    public var examHistory: ExamHistory?
    public var lesson: LessonProgress?
    /// The concepts discussed last, for follow-ups; absent from older logs (decoded as nil).
    public var recentConcepts: [String]?
}

/// How many answers were given on one day (`YYYY-MM-DD`).
public struct DayTally: Sendable, Codable, Equatable {
    public var day: String
    public var count: Int
}

extension TutorState {
    /// Counts one answer given at `time` (ISO-8601), starting the day's count afresh on a new day.
    mutating func countAnswer(at time: String) {
        let day = String(time.prefix(10))
        if answeredOn?.day == day { answeredOn!.count += 1 } else { answeredOn = DayTally(day: day, count: 1) }
    }

    /// The answers counted on the day of `time`.
    func answers(onDayOf time: String) -> Int {
        answeredOn?.day == String(time.prefix(10)) ? answeredOn!.count : 0
    }
}

/// How many of some answers were right.
public struct Tally: Sendable, Codable, Equatable {
    public var right = 0
    public var total = 0
}

/// A content request as answered: its intent, concepts, and whether the short form was given.
public struct AnswerRequest: Sendable, Codable, Equatable {
    public var intent: Intent
    public var concepts: [String]
    public var short = false
}

/// A question to the learner about which of several concepts they meant.
public struct Clarification: Sendable, Codable, Equatable {
    public var intent: Intent
    public var options: [String]
}

/// A Socratic question in progress.
public struct OpenQuestion: Sendable, Codable, Equatable {
    public var id: String
    /// Expectations the learner has covered (never shrinks).
    public var covered: [String] = []
    /// Expectations the tutor had to state.
    public var asserted: [String] = []
    /// Misconceptions shown and corrected.
    public var corrected: [String] = []
    /// The expectation being drawn out, and the rung reached for it:
    /// 0 none yet, 1 pump, 2 hint, 3 prompt (the next step asserts it).
    public var target: String?
    public var rung: Int = 0
    /// Hints given on this question (at most `maxHints`, three when the question sets none).
    public var hints: Int = 0
    /// Learner answers so far.
    public var answers: Int = 0
    /// Don't-know turns on this question, in all and in a row (decoded as 0 from older logs).
    public var dontKnows: Int = 0
    public var dontKnowsInARow: Int = 0
    /// Whether a hint was given before the first answer (then the first answer is not evidence).
    public var hinted: Bool = false
    /// Asked on the tutor's own initiative after an answer: dropped if the learner moves on.
    public var isOffer: Bool = false
    /// A lesson's limits: at most this many hints, and answers before the full answer is given.
    public var maxHints: Int?
    public var maxTries: Int?
    /// The concept the question practises when it is not the question's own: a core question
    /// asked for the concept it tests by name ("quiz me on empathy" opens the question on which
    /// reply is empathic, kept with sympathy). Its first answer is evidence on this concept.
    public var concept: String?

    public init(id: String, isOffer: Bool = false) {
        self.id = id
        self.isOffer = isOffer
    }
}

extension OpenQuestion {
    /// Decodes every field but the id leniently, so logs written before a field existed
    /// still fold (the field takes its default).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        covered = try c.decodeIfPresent([String].self, forKey: .covered) ?? []
        asserted = try c.decodeIfPresent([String].self, forKey: .asserted) ?? []
        corrected = try c.decodeIfPresent([String].self, forKey: .corrected) ?? []
        target = try c.decodeIfPresent(String.self, forKey: .target)
        rung = try c.decodeIfPresent(Int.self, forKey: .rung) ?? 0
        hints = try c.decodeIfPresent(Int.self, forKey: .hints) ?? 0
        answers = try c.decodeIfPresent(Int.self, forKey: .answers) ?? 0
        dontKnows = try c.decodeIfPresent(Int.self, forKey: .dontKnows) ?? 0
        dontKnowsInARow = try c.decodeIfPresent(Int.self, forKey: .dontKnowsInARow) ?? 0
        hinted = try c.decodeIfPresent(Bool.self, forKey: .hinted) ?? false
        isOffer = try c.decodeIfPresent(Bool.self, forKey: .isOffer) ?? false
        maxHints = try c.decodeIfPresent(Int.self, forKey: .maxHints)
        maxTries = try c.decodeIfPresent(Int.self, forKey: .maxTries)
        concept = try c.decodeIfPresent(String.self, forKey: .concept)
    }
}
