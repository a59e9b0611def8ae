/// What one turn produced: the reply and what the tutor decided, for the log and the
/// machine interface.
public struct TurnResult: Sendable {
    public var input: String
    public var reply: String
    /// What the tutor did (`decide`'s moves), which `reply` renders.
    public var moves: [Move] = []
    /// What a lesson said next after the turn (a new paragraph of the reply).
    public var lessonMoves: [Move] = []
    /// How the line was taken while a question was open, if one was.
    public var openLine: OpenLine?
    public var match: MatchResult?
    public var grade: Grade?
    /// The question (or exam item) graded this turn, if any.
    public var gradedQuestion: String?
    /// The graded question's concept (nil for an exam item): the log's grade names it when
    /// the answer shows a misconception.
    public var gradedConcept: String?
    /// The exam option chosen this turn (its letter as shown, and its text).
    public var examChoice: String?
    public var examOption: String?
    /// The question open after this turn (id), if any.
    public var openQuestion: String?
    /// With none open, the question just closed that the conversation is still on: a line
    /// that adds to its answer is graded against it (`lateAddition`), and no other question
    /// is pushed over it.
    public var closedQuestion: String?
    public var masteryChanges: [MasteryChange] = []
    /// Questions asked this turn (each once per asking), and concepts met for the first
    /// time, in order: the log records them so a resumed session counts as a live one does.
    public var asked: [String] = []
    public var met: [String] = []
    /// The learner asked to leave (":quit").
    public var quit: Bool = false
    /// A front-end command the core does not run itself (":record FILE").
    public var command: (name: String, argument: String)?
}

/// One concept's P(known) before and after a graded first attempt.
public struct MasteryChange: Sendable, Equatable, Codable {
    public var concept: String
    public var before: Double
    public var after: Double
    public var mastered: Bool { KnowledgeTracer.isMastered(after) }
}
