/// Lessons ask before they tell: a lesson's reply holds at most `lessonReplyWords` words.
/// The lesson's steps run in order; before a step that would take the reply past the bound
/// the lesson pauses with "Want more?", and the learner's next line decides: a go-ahead
/// runs the next part, a request of its own is answered while the lesson waits. Asking for
/// the whole of it ("tell me everything") lifts the bound for the rest of the talk up to the
/// next question. The rule is documented in Scripts/README.md ("Reply length").
extension Tutor {
    /// At most this many words in a lesson turn's reply, unless the learner asked for the whole.
    public static let lessonReplyWords = 120

    /// A step that does not fit is still shown when it would be the reply's first step and
    /// the reply so far is shorter than this: waiting would not make it fit, and the lesson
    /// must move on.
    static let lessonOpeningWords = lessonReplyWords / 4

    /// What a line means while the lesson is paused between parts.
    enum PausedLine: Equatable {
        /// Go on with the next part; `whole`: everything up to the next question at once.
        case goOn(whole: Bool)
        /// "No", "not now", "wait": the lesson waits.
        case wait
        /// A request of its own (a question about a concept, "quiz me", progress): answered,
        /// and the lesson waits.
        case sideRequest
    }

    /// Classifies a line said while the lesson is paused. Anything that is not a request of
    /// its own goes on ("ok", "yes", "hmm", "i don't know"): the learner has nothing to add.
    static func pausedLine(_ analysis: Analysis, _ match: MatchResult) -> PausedLine {
        let words = plainWords(analysis)
        if asksForWhole(analysis) { return .goOn(whole: true) }
        if waitLines.contains(words) { return .wait }
        if match.intent == .more || skipLines.contains(words) { return .goOn(whole: false) }
        let sure = match.confidence >= 0.5
        switch match.intent {
        case .define, .explain, .howTo, .compare, .example:
            return sure && !match.concepts.isEmpty ? .sideRequest : .goOn(whole: false)
        case .quiz, .progress, .topics, .help, .studyAdvice, .feelings, .goodbye, .harder, .easier, .simpler:
            return sure ? .sideRequest : .goOn(whole: false)
        case .outOfScope:
            return match.confidence >= 0.9 ? .sideRequest : .goOn(whole: false)
        case .hint, .greeting, .thanks, .more:
            return .goOn(whole: false)
        }
    }

    /// Lines that ask the paused lesson to wait.
    static let waitLines: WordSet = [
        "no", "nope", "not now", "not yet", "wait", "hold on", "stop", "no thanks", "no thank you", "later",
        "not right now", "give me a minute", "one moment",
    ]

    /// Whether the line asks for the whole answer at once ("tell me everything", "the full
    /// answer", "explain it all"), with or without "please" or "just".
    static func asksForWhole(_ analysis: Analysis) -> Bool {
        var words = analysis.tokens.map(\.word).filter { $0.contains(where: \.isLetter) }
        words.removeAll { ["please", "just", "can", "could", "you", "i", "want", "need"].contains($0) }
        return wholeLines.contains(words.joined(separator: " "))
    }

    /// What asking for the whole answer sounds like, once "please", "just", "can you" and
    /// "I want" are taken out.
    static let wholeLines: WordSet = {
        let objects = [
            "everything", "the full answer", "full answer", "the whole answer", "whole answer", "the whole thing",
            "all of it", "it all", "the answer", "the rest", "all", "the complete answer", "the full explanation",
            "the whole explanation",
        ]
        let verbs = ["", "tell me ", "give me ", "show me ", "explain ", "say "]
        var lines = Set(verbs.flatMap { verb in objects.map { verb + $0 } })
        lines.subtract(["all", "say all", "the answer", "the rest"])
        return WordSet(lines.union(["explain everything", "everything at once", "tell me everything at once"]))
    }()

    /// The words of `moves` as they will be rendered.
    func words(_ moves: [Move]) -> Int {
        moves.isEmpty ? 0 : LessonChecker.wordCount(TurnRenderer(tutor: self).text(moves))
    }

    /// Whether `next` may join a reply that already holds `used` words (`limit` nil: no
    /// bound), leaving room for the "Want more?" line; `first`: no step was shown yet.
    func fits(_ next: [Move], after used: Int, limit: Int?, first: Bool) -> Bool {
        guard let limit else { return true }
        if first && used < Self.lessonOpeningWords { return true }
        return used + words(next) + words([.lessonPause]) <= limit
    }

    /// decide for a line while the lesson is paused between parts.
    func decidePaused(
        _ analysis: Analysis, _ match: MatchResult, _ state: inout TutorState, _ result: inout TurnResult,
        now: String
    ) -> [Move] {
        switch Self.pausedLine(analysis, match) {
        case .goOn(let whole):
            return goOn(&state, whole: whole)
        case .wait:
            return [.lessonWaits]
        case .sideRequest:
            let moves = decideFree(match, analysis, &state, &result, now: now)
            return moves + [.lessonStillPaused]
        }
    }

    /// Runs the paused lesson's next part (`whole`: everything up to its next question).
    func goOn(_ state: inout TutorState, whole: Bool) -> [Move] {
        state.lesson?.paused = nil
        return runLesson(&state, used: 0, limit: whole ? nil : Self.lessonReplyWords)
    }

    /// Whether the lesson is paused between parts (no question open), so the next line
    /// decides whether it goes on.
    func lessonIsPaused(_ state: TutorState) -> Bool {
        state.open == nil && state.exam == nil && state.lesson?.paused == true
    }

    /// A side answer beside the lesson's open question re-offers the question briefly when
    /// quoting it again would take the reply past the bound (the question was just shown),
    /// and not at all when even that would.
    func shortenReoffer(_ moves: [Move], _ state: TutorState) -> [Move] {
        guard let waiting = state.lesson?.waiting, state.open?.id == waiting, moves.contains(.stillOpen(waiting)),
            words(moves) > Self.lessonReplyWords
        else { return moves }
        let short = moves.map { $0 == .stillOpen(waiting) ? .lessonStillOpen : $0 }
        return words(short) <= Self.lessonReplyWords ? short : moves.filter { $0 != .stillOpen(waiting) }
    }

    /// Lines that only say "go on": on a lesson's open question they ask for nothing new,
    /// and the learner is reminded the question waits for an answer.
    static let goAheadLines: WordSet = [
        "go on", "continue", "keep going", "carry on", "ok go on", "yes go on", "please continue", "go ahead",
    ]

    /// Whether the line is a bare go-ahead said while the lesson's question is open.
    func goesOnAtAQuestion(_ analysis: Analysis, _ state: TutorState) -> Bool {
        guard let waiting = state.lesson?.waiting, state.open?.id == waiting else { return false }
        return Self.goAheadLines.contains(Self.plainWords(analysis))
    }

    /// Whether a line said while the lesson's question is open asks for its whole answer:
    /// it is then taken as "show me the answer".
    func asksForWholeAnswer(_ analysis: Analysis, _ state: TutorState) -> Bool {
        guard let waiting = state.lesson?.waiting, state.open?.id == waiting else { return false }
        return Self.asksForWhole(analysis)
    }
}
