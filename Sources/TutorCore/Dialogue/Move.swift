/// One thing the tutor does in a turn. `decide` (the policy) returns moves; `TurnRenderer`
/// alone turns them into English. A move names what is done and carries the ids and values
/// the text needs, so tests check moves, not prose, and a new behaviour is a new move plus
/// its sentence in the renderer.
///
/// Moves are rendered in order. A move that reads as a clause of the same paragraph
/// (`isInline`) is followed by a space; any other by a new line.
public enum Move: Sendable, Equatable {
    // MARK: Conversation

    /// An empty line: what the learner can do, with or without a question open.
    case nudge(questionOpen: Bool)
    case greet
    /// `acknowledges`: the line takes note ("got it", "makes sense") rather than thanking.
    case thank(questionOpen: Bool, acknowledges: Bool = false)
    /// What the tutor can do, and the commands (from `Command.all`).
    case help
    /// "How long do I have to answer?": there is no time limit (and, with a question open,
    /// what to say when stuck).
    case noTimeLimit(questionOpen: Bool)
    /// Hesitation again, right after the first: a shorter word (two forms, taken in turn).
    case takeYourTime(Int)
    case topics
    case sources
    /// The learner's mastery, what is mastered and what to practise next.
    case progress(ProgressReport)
    /// An answer about `concepts` for a content intent; `example` is the example shown
    /// (drawn in `decide`, so rendering takes no random numbers).
    case answer(intent: Intent, concepts: [String], example: Int?)
    /// A content question that names no concept the tutor knows, with no topic to follow up.
    case whichTopic
    /// "Did you mean 1) … or 2) …?" over these concept ids.
    case clarify(options: [String])
    /// Out of scope: what the tutor does teach.
    case redirect
    /// Out of scope and not in English.
    case englishOnly
    /// "I don't know" with no question open: nothing to answer; what to do instead, and a
    /// plainer account of `lastConcept` if one was just explained.
    case nothingOpen(lastConcept: String?)
    /// `:quiz NAME` for a concept the tutor does not know.
    case unknownConcept(String)
    /// A `:command` that does not exist; lists `Command.all`.
    case unknownCommand(String)
    case goodbye
    /// A command the front end runs (`:record`): nothing to say here.
    case silent

    // MARK: The conversation's own intents (more, simpler, harder, easier, goodbye, …)

    /// "More" with nothing discussed yet.
    case moreOnWhat
    /// Another example of `concept`, its `index`th, one not shown yet; `again`: every example
    /// was shown, so this one comes round again and is not called "another".
    case anotherExample(concept: String, index: Int, again: Bool)
    /// "More" on a concept with no other example: how it is done (`onlyExample`: its one
    /// example was shown already).
    case inPractice(concept: String, onlyExample: Bool)
    /// The concept in plain words; with a question open (`whileOpen`), the question restated.
    case simpler(concept: String?, whileOpen: String?)
    /// "Simpler" again right after the plain words: the concept shown in one case (or what
    /// doing it looks like), so the same reply does not come twice.
    case simplerByCase(concept: String)
    /// A comparison asked again right after it was given ("which of the two keeps clients
    /// longer"): only the difference that matters, short, so the reply is not repeated.
    case difference(concepts: [String])
    /// A comparison of a concept with another of its own names ("is rapport the same as the
    /// alliance?"): one idea, said before its definition.
    case sameIdea(concept: String, word: String)
    /// "Simpler" while a question is open whose concept's definition would answer it: the
    /// question in other words, without its answer.
    case questionReworded(question: String)
    /// "Nah", "not now" to an offered question: dropped, with what the learner can do next.
    case offerDeclined
    /// "Harder" while a question is open: this one first.
    case finishFirst
    /// "Easier" while a question is open: the lead-in to a hint.
    case makeItEasier
    /// Opens a harder or easier question than the last: "A harder one (concept): text".
    case askLevel(question: String, concept: String, harder: Bool)
    /// Goodbye said in words: what was practised today.
    case farewell(SessionSummary)
    /// One empathetic line (about mistakes, or about stress; glad, when the learner says they
    /// feel better), then one step: a question on `next`, or with a question open, that question.
    case feelings(aboutMistakes: Bool, next: String, questionOpen: Bool, upbeat: Bool = false)
    /// What to study next, from the review scheduler's order.
    case studyAdvice([ReviewScheduler.Suggestion])

    // MARK: Socratic questions

    /// Opens a question: "Question (concept): text".
    case ask(question: String, concept: String)
    /// Opens a question on the tutor's own initiative after an answer.
    case offer(question: String)
    /// A new question was asked for while one is still open.
    case stillOnQuestion(String)
    /// The concept has no question to ask.
    case noQuestion
    /// After answering a side request: the question that is still open.
    case stillOpen(String)
    /// Newly covered expectations, praised with the learner's words where they were more than one.
    case praise(question: String, covered: [Praised], opening: PraiseOpening)
    /// A misconception in the answer, named and corrected.
    case correct(question: String, misconception: String)
    /// An answer with nothing new in it.
    case notYet(firstAnswer: Bool)
    /// "Is that right?" while the question is open: what the answers so far have covered
    /// (nothing yet, some, or no answer at all).
    case answerSoFar(question: String, covered: [String], answered: Bool)
    /// "Is that right?" right after the question closed: the full answer above is the key.
    case answerClosed(question: String)
    /// "What did I miss?" right after the question closed: the ideas the answers had and the
    /// ones they did not (nil: not known, as after a resumed session).
    case missedOnLast(question: String, covered: [String]?)
    /// An answer that says nothing this question asks for but is true of another question's
    /// idea (on the same or a related concept): said to be true, and what it belongs to.
    case trueElsewhere(question: String, expectation: String)
    /// An answer whose ideas were all credited already (in this session or one resumed):
    /// said to be right and already counted, not "not quite yet".
    case alreadySaid(question: String, expectations: [String])
    /// "I don't know": no blame, then help.
    case workItOut
    /// The first rung: a neutral request for more (one of the pumps, by index).
    case pump(Int)
    /// The second rung for an expectation: its hint.
    case hint(question: String, expectation: String)
    /// The third rung: a sentence to finish, or one key word.
    case prompt(question: String, expectation: String)
    /// The last rung: the tutor states the expectation.
    case assert(question: String, expectation: String)
    /// Out of tries: the tutor gives the whole answer.
    case wholeAnswer
    /// "I don't know" again: no blame, the answer follows (then `.close`).
    case dontKnowAgain
    /// After giving the answer: an easier question on the same concept, offered.
    case offerEasier(question: String)
    /// The learner skipped.
    case moveOn
    /// Closes the question with the full answer and its sources.
    case close(question: String, complete: Bool)
    /// After a complete answer: the concept's first answers right in all sessions, and its mastery.
    case progressNote(concept: String, right: Int, total: Int, mastery: Double)
    /// "hint" with no question open.
    case noOpenQuestionForHint
    /// "skip" with no question open.
    case noOpenQuestionToSkip

    // MARK: Exam practice

    case examEmpty(concepts: [String])
    case examStart(count: Int)
    case examItem(ExamItemShown)
    case examFeedback(item: String, order: [Int], position: Int)
    case examExplain(item: String, order: [Int])
    case examWhich(item: String, order: [Int], candidates: [Int])
    /// Words that name no option: ask for one of the `options` letters shown.
    case examNeedLetter(options: Int)
    case examStopping
    /// "I don't know", "pass" on an item: its answer, shown, and the item counted as missed.
    case examRevealed(item: String, order: [Int])
    /// "How am I doing?" during a set: the first-try score so far.
    case examScore(right: Int, answered: Int, total: Int)
    case examSummary(ExamSummary)

    // MARK: Lessons

    case lessonTitle(String)
    case lessonSay(String)
    /// A lesson teaches a concept (its definition).
    case teach(String)
    case lessonQuestion(String)
    case lessonEnd(String)
    /// The lesson pauses between parts to keep the reply short: "Want more?".
    case lessonPause
    /// "No" or "not now" while the lesson is paused: it waits.
    case lessonWaits
    /// After a side request while the lesson is paused: how to go on.
    case lessonStillPaused
    /// `stillOpen` in short, for a lesson's question when quoting it would make the reply too long.
    case lessonStillOpen
    case lessonLoops(String)
    case lessonList
    case lessonStatus(LessonProgress)
    case lessonStopped(LessonProgress)
    case noLesson
    case unknownLesson(String)
    /// A lesson that fails its check when started: how many errors, and the first.
    case lessonBroken(lesson: String, errors: Int, first: String)

    /// Whether the move starts a line of its own even after an inline move (a new question
    /// after the full answer).
    public var startsALine: Bool {
        switch self {
        case .offerEasier, .progressNote: return true
        default: return false
        }
    }

    /// Whether the move reads as a clause of the reply's running paragraph, so the next move
    /// follows it after a space rather than on a new line.
    public var isInline: Bool {
        switch self {
        case .praise, .correct, .notYet, .trueElsewhere, .alreadySaid, .workItOut, .makeItEasier, .dontKnowAgain, .pump,
            .hint,
            .prompt, .assert,
            .wholeAnswer,
            .moveOn, .close,
            .examStopping:
            return true
        default:
            return false
        }
    }
}

/// An expectation the learner covered, with their words when they were more than one word.
public struct Praised: Sendable, Equatable {
    public var expectation: String
    public var said: String?
}

/// How praise opens: the answer is complete, a first answer, or a later one.
public enum PraiseOpening: String, Sendable, Equatable {
    case wellDone, goodStart, yes
    /// More of an answer given after its question closed: it belongs to that answer too.
    case also
    /// No praise word: the same answer also held a misconception, corrected first.
    case plain
}

/// An exam item as shown: its number, the set's announced size (it never grows), the
/// shuffled order of its options, and whether it is a missed item asked again.
public struct ExamItemShown: Sendable, Equatable {
    public var item: String
    public var number: Int
    public var total: Int
    public var order: [Int]
    public var retry: Bool = false
}

/// The end of an exam set: first-try score, per-concept rows and what to study next.
public struct ExamSummary: Sendable, Equatable {
    public var right: Int
    public var total: Int
    /// Concept names with right and total, in the knowledge base's order.
    public var rows: [Row]
    /// Concepts missed (names), weakest first in the knowledge base's order.
    public var weak: [String]
    /// The concept to study next when nothing was missed (its name).
    public var next: String?

    public struct Row: Sendable, Equatable {
        public var name: String
        public var right: Int
        public var total: Int
    }
}
