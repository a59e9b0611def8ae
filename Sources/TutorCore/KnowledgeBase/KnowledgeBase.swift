/// Everything the tutor knows, loaded from `Knowledge/` and validated.
public struct KnowledgeBase: Sendable, Codable {
    public var groups: [ConceptGroup]
    public var sources: [Source]
    public var concepts: [Concept]
    public var intentCues: [IntentCue]
    public var lexicon: Lexicon
    public var examItems: [ExamItem]
    /// How learners phrase their lines (`phrasings.tsv`): what the matcher's prior learns
    /// from. Not kept in the knowledge-base cache: the matcher keeps what it learnt.
    public var phrasings: [Phrasing] = []
    /// Learners' answers with what each expresses (`graded-answers.tsv`): what the grader's
    /// exemplars are built from. Not kept in the knowledge-base cache: the grader keeps them.
    public var gradedAnswers: [GradedAnswer] = []

    public private(set) var conceptIndex: [String: Int] = [:]
    public private(set) var questionIndex: [String: QuestionRef] = [:]

    /// Where a question lives: concept and position.
    public struct QuestionRef: Sendable, Hashable, Codable {
        public var concept: Int
        public var question: Int
    }

    enum CodingKeys: CodingKey {
        case groups, sources, concepts, intentCues, lexicon, examItems, conceptIndex, questionIndex
    }

    public init(
        groups: [ConceptGroup], sources: [Source], concepts: [Concept], intentCues: [IntentCue],
        lexicon: Lexicon, examItems: [ExamItem] = [], phrasings: [Phrasing] = [], gradedAnswers: [GradedAnswer] = []
    ) {
        self.phrasings = phrasings
        self.gradedAnswers = gradedAnswers
        self.groups = groups
        self.sources = sources
        self.concepts = concepts
        self.intentCues = intentCues
        self.lexicon = lexicon
        self.examItems = examItems
        for (i, concept) in concepts.enumerated() {
            conceptIndex[concept.id] = i
            for (j, question) in concept.questions.enumerated() {
                questionIndex[question.id] = QuestionRef(concept: i, question: j)
            }
        }
    }

    public func concept(_ id: String) -> Concept? {
        conceptIndex[id].map { concepts[$0] }
    }

    public func question(_ id: String) -> Question? {
        questionIndex[id].map { concepts[$0.concept].questions[$0.question] }
    }

    public func source(_ id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// Every question, in knowledge-base order.
    public var questions: [Question] { concepts.flatMap(\.questions) }
}

/// A learner's answer to a question with the ideas it expresses (`graded-answers.tsv`).
public struct GradedAnswer: Sendable, Hashable {
    public var question: String
    /// The expectations it covers and the misconceptions it holds, by id.
    public var covered: [String]
    public var misconceptions: [String]
    /// The answer as the learner typed it.
    public var text: String

    public init(question: String, covered: [String], misconceptions: [String], text: String) {
        self.question = question
        self.covered = covered
        self.misconceptions = misconceptions
        self.text = text
    }
}

/// One labeled line of how learners phrase things (`phrasings.tsv`).
public struct Phrasing: Sendable, Hashable {
    /// The intent the line asks for (the first listed when several are right).
    public var intent: Intent
    /// The concept it is about, when it names one (not for a comparison or `-`).
    public var concept: String?
    /// The line as a learner typed it.
    public var text: String

    public init(intent: Intent, concept: String?, text: String) {
        self.intent = intent
        self.concept = concept
        self.text = text
    }
}

/// A heading under which concepts are listed.
public struct ConceptGroup: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
}

/// A seed article or a published reference that facts cite.
public struct Source: Sendable, Hashable, Codable {
    public var id: String
    /// The full reference (for a published work) or the article's title (for a seed).
    public var title: String
    public var file: String?
    /// The authors' surnames as a learner sees them cited ("Bordin", "Horvath et al.").
    public var authors: String? = nil
    /// The year (or years, "1991; 2013") of publication.
    public var year: String? = nil

    /// A short citation for the end of an answer.
    public var citation: String {
        if let file { return "\(id) (\(file))" }
        return title
    }

    /// How learners see the source cited: "Bordin (1979)" for a published work, the id for a seed.
    public var short: String {
        if let authors, let year { return "\(authors) (\(year))" }
        return id
    }
}

/// One concept the tutor teaches.
public struct Concept: Sendable, Codable {
    public var id: String
    public var name: String
    public var group: String
    public var sources: [String]
    public var terms: [String]
    public var otherSenses: [String]
    public var definition: String
    public var why: String
    public var how: [String]
    public var examples: [Example]
    public var related: [Relation]
    public var misconceptions: [ConceptMisconception]
    /// Shared: the grader keeps each question beside what it compiled of it, which the
    /// knowledge-base cache would otherwise hold twice.
    @CompactSharedElements public var questions: [Question]
    public var bkt: BKTParameters?
    public var file: String
    /// What the exam expects, where the seeds' exam answer simplifies the research.
    public var examAnswer: String? = nil
    /// What the research adds to (or corrects in) the exam's answer, each with its sources.
    public var evidence: [Evidence] = []
    /// For a concept that sets two ideas side by side (compliance versus commitment), the
    /// word of each side; empty for any other concept. The knowledge file says so
    /// (`contrasts:`), so no rule reads it from the shape of an id.
    public var contrasts: [String] = []

    /// Whether the concept is a contrast of two ideas, one concept for both sides.
    public var isContrast: Bool { !contrasts.isEmpty }
}

/// A concrete scenario that shows a concept at work.
public struct Example: Sendable, Codable {
    public var text: String
    public var source: String?
}

/// How one concept relates to another.
public struct Relation: Sendable, Codable {
    public var concept: String
    public var relation: String
}

/// A common mistake about a concept and its correction.
public struct ConceptMisconception: Sendable, Codable {
    public var wrong: String
    public var right: String
    public var source: String?
}

/// A finding from the research, with the sources that report it.
public struct Evidence: Sendable, Codable {
    public var text: String
    public var sources: [String]
}

/// How demanding a question is: recalling an idea, applying it to a case, or analysing
/// and comparing.
public enum QuestionLevel: String, Sendable, CaseIterable, Codable, Comparable {
    case recall, apply, analyze

    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// A Socratic question with what a good answer contains.
public struct Question: Sendable, Codable {
    public var id: String
    public var concept: String
    public var text: String
    public var needed: Int
    public var expectations: [Idea]
    public var misconceptions: [Idea]
    public var samples: [SampleAnswer]
    public var file: String
    /// How demanding the question is (default `recall`).
    public var level: QuestionLevel = .recall

    public func expectation(_ id: String) -> Idea? { expectations.first { $0.id == id } }
    public func misconception(_ id: String) -> Idea? { misconceptions.first { $0.id == id } }
}

/// An expectation or a misconception: an idea and the ways learners express it.
public struct Idea: Sendable, Codable {
    public var id: String
    public var text: String
    public var phrasings: [String]
    public var hint: String?
    public var prompt: String?
    public var correction: String?
    public var source: String?
    /// Where the idea's mapping and each of its phrasings were written (for `kb check --strict`).
    public var mark = SourceMark()
    public var phrasingMarks: [SourceMark] = []
}

/// A 1-based line and column in a knowledge file.
public struct SourceMark: Sendable, Hashable, Codable {
    public var line = 1
    public var column = 1
}

/// A labeled answer that the grader must agree with.
public struct SampleAnswer: Sendable, Codable {
    public var answer: String
    public var covered: [String]
    public var misconceptions: [String]
    public var verdict: Verdict
    public var line: Int
    public var column: Int = 1
}

/// Bayesian Knowledge Tracing parameters.
public struct BKTParameters: Sendable, Equatable, Codable {
    public var prior: Double
    public var learn: Double
    public var guess: Double
    public var slip: Double

    public init(prior: Double, learn: Double, guess: Double, slip: Double) {
        self.prior = prior
        self.learn = learn
        self.guess = guess
        self.slip = slip
    }

    /// The defaults documented in `Knowledge/README.md`.
    public static let defaults = BKTParameters(prior: 0.2, learn: 0.15, guess: 0.2, slip: 0.1)
    /// P(known) at or above which a concept counts as mastered.
    public static let masteredThreshold = 0.95
}

/// A cue phrase for an intent.
public struct IntentCue: Sendable, Codable {
    public var intent: Intent
    public var cue: String
    public var weight: Double
}

/// Shared word lists for the matcher and the grader.
public struct Lexicon: Sendable, Codable {
    public var stopwords: [String]
    public var negations: [String]
    public var clauseBreaks: [String]
    public var rejections: [String]
    public var synonyms: [[String]]
    public var domain: [String]
    public var offTopic: [String]
    /// Situations a counselor tells, each mapped to the concept that fits it (the matcher's
    /// situation frames).
    public var situations: [Situation]
    /// Everyday English words (`words.txt`) that spelling correction keeps as typed: "scarf"
    /// is not a typo of "scare". Empty in a built `Tutor.Image`, whose analyzer holds them.
    public var everyday: [String] = []

    public init(
        stopwords: [String] = [], negations: [String] = [], clauseBreaks: [String] = [], rejections: [String] = [],
        synonyms: [[String]] = [], domain: [String] = [], offTopic: [String] = [], situations: [Situation] = []
    ) {
        self.offTopic = offTopic
        self.situations = situations
        self.stopwords = stopwords
        self.negations = negations
        self.clauseBreaks = clauseBreaks
        self.rejections = rejections
        self.synonyms = synonyms
        self.domain = domain
    }
}

/// A situation a counselor tells ("his PO makes him come"), as slots a line must all fill:
/// each slot lists words or phrases separated by `|`, matched as the analyzer reads them
/// (stems through the synonym groups), or as typed when written `=word`.
public struct Situation: Sendable, Codable {
    /// The concept the situation is a case of.
    public var concept: String
    /// Who and what happens: every slot must be filled somewhere in the line.
    public var slots: [String]
    /// How much a filled frame counts, against a term's one per word.
    public var weight: Double

    /// A situation for `concept`, told by filling every one of `slots`.
    public init(concept: String, slots: [String], weight: Double = 3) {
        self.concept = concept
        self.slots = slots
        self.weight = weight
    }
}

/// A multiple-choice practice item in the certification exams' style.
public struct ExamItem: Sendable, Codable {
    public var id: String
    public var stem: String
    public var options: [ExamOption]
    public var key: Int
    public var concepts: [String]
    public var sources: [String]
    public var file: String
}

/// One option of an exam item with the explanation of why it is right or wrong.
public struct ExamOption: Sendable, Codable {
    public var text: String
    public var explanation: String
}

/// What a learner's line asks for; the raw values are the specification's ids.
public enum Intent: String, Sendable, CaseIterable, Codable {
    case define, explain, howTo = "how-to", compare, example, quiz, hint, progress, topics, help, greeting, thanks
    case outOfScope = "out-of-scope"
    /// The conversation's own intents (Intents v2): they name no concept and lean on what
    /// was just discussed.
    case more, simpler, harder, easier, goodbye, feelings
    case studyAdvice = "study-advice"

    /// Intents that are about a concept's content.
    public var isContent: Bool {
        switch self {
        case .define, .explain, .howTo, .compare, .example: return true
        default: return false
        }
    }

    /// Intents about the conversation itself, answered beside an open question, never as
    /// an answer to it.
    public var isConversational: Bool {
        switch self {
        case .more, .simpler, .harder, .easier, .goodbye, .feelings, .studyAdvice: return true
        default: return false
        }
    }
}

/// A grade's verdict; raw values are the specification's.
public enum Verdict: String, Sendable, CaseIterable, Codable {
    case correct, partial, misconception, incorrect
    case dontKnow = "dont-know"
}
