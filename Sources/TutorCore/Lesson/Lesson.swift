/// An instructor's tutorial session script (`Scripts/NAME.lesson`): a planned path through
/// the material in sections of steps, with branches on how the learner answers. The format
/// is documented in `Scripts/README.md`; `LessonParser` reads it and `LessonChecker` checks
/// it against the knowledge base.
public struct Lesson: Sendable {
    /// The file's base name without `.lesson`: how `:lesson NAME` finds it.
    public var name: String
    public var title: String
    /// The file as named in diagnostics.
    public var file: String
    public var sections: [Section]
    /// The inline questions (`ask: TEXT` with `expect:` lines), by id.
    public var inlineQuestions: [Question]

    /// A named run of steps; control runs on into the next section unless a step jumps.
    public struct Section: Sendable {
        public var name: String
        public var line: Int
        public var steps: [Step]
    }

    /// One directive, with where it was written.
    public struct Step: Sendable {
        public var kind: Kind
        public var line: Int
        public var column: Int
    }

    public enum Kind: Sendable {
        case say(String)
        case teach(String)
        case ask(Ask)
        case jump(Target)
        case require(concept: String, atLeast: Double, otherwise: Target)
        case end
    }

    /// A jump target as written, so that a missing one can be reported where it was named.
    public struct Target: Sendable {
        public var section: String
        public var line: Int
        public var column: Int
    }

    /// A question the lesson asks, and where each verdict leads.
    public struct Ask: Sendable {
        /// The knowledge base's question id, or the inline question's generated id.
        public var question: String
        /// Whether the question was written inline in the script.
        public var isInline: Bool
        /// Where the id or text starts, for "unknown question" diagnostics.
        public var column: Int
        /// At most this many hints, and answers before the tutor gives the rest and moves on.
        public var hints: Int?
        public var tries: Int?
        public var branches: [Branch]
        public var samples: [Sample]

        /// The branch a verdict takes, or nil to run on to the next step.
        public func target(for verdict: Verdict) -> Target? {
            branches.first { $0.verdicts?.contains(verdict) ?? false }?.target
                ?? branches.first { $0.verdicts == nil }?.target
        }
    }

    /// `on VERDICT[, VERDICT…] -> SECTION`; `verdicts` is nil for `on *`.
    public struct Branch: Sendable {
        public var verdicts: [Verdict]?
        public var target: Target
        public var line: Int
    }

    /// `#! ANSWER => VERDICT`: an answer and the verdict the grader must give it.
    public struct Sample: Sendable {
        public var answer: String
        public var verdict: Verdict
        public var line: Int
        public var column: Int
    }

    public func section(named name: String) -> Int? { sections.firstIndex { $0.name == name } }
}

/// Where a learner is in a lesson. It is part of the dialogue snapshot that every logged
/// turn carries, so a lesson resumes at the step where it stopped.
public struct LessonProgress: Sendable, Codable, Equatable {
    public var lesson: String
    public var section: Int
    /// The next step to run in the section (while a question is open, the step after it).
    public var step: Int
    /// The question the lesson is waiting on, if any.
    public var waiting: String?
    /// The verdict of the first answer to that question: what the branch is chosen on.
    public var firstVerdict: Verdict?
    /// The lesson paused between parts ("Want more?") to keep a reply short: the next line
    /// decides whether it goes on. Nil (not false) when it is not, so older logs read the same.
    public var paused: Bool?

    public init(lesson: String, section: Int = 0, step: Int = 0) {
        self.lesson = lesson
        self.section = section
        self.step = step
    }
}
