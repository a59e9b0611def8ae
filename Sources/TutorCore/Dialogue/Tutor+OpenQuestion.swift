import Foundation

/// What a line is while a question is open, before anything is decided about it.
public enum OpenLine: Equatable, Sendable {
    /// "skip", "pass", "I give up": show the answer and move on.
    case skip
    /// A request for a hint.
    case hint
    /// An attempt at the question (graded).
    case answer(Grade)
    /// "I don't know", or nothing of the answer.
    case dontKnow(Grade)
    /// A question or request about something else ("what is empathy?", "quiz me", "how am
    /// I doing?"): answered, and the question stays open.
    case sideRequest
    /// The same on a question the tutor only offered: the learner moved on, so it is dropped.
    case leave
    /// The question cannot grade this line: it is taken as a free line, the question kept.
    case ungradable
}

/// decide while a question is open: classify the line, then act on it.
extension Tutor {
    /// Classifies a line said while `open` is the open question; `grade` is the line graded
    /// against it (nil when the question cannot be graded); `isAttempt` says the line reads
    /// as a try at the question ("be nice to them"), which greetings, thanks, help and
    /// out-of-scope readings must not take. Pure: the state is not touched.
    static func classify(
        _ analysis: Analysis, _ match: MatchResult, grade: Grade?, isOffer: Bool, isAttempt: Bool = false
    ) -> OpenLine {
        let words = plainWords(analysis)
        if skipLines.contains(words) || giveUpLines.contains(words) { return .skip }
        if match.intent == .hint { return .hint }
        guard let grade else { return .ungradable }
        let aboutSomethingElse =
            asksAboutAConcept(analysis, match, grade) || asksForSomethingElse(match, grade)
            || earnsNothing(grade)
        if aboutSomethingElse && pointsElsewhere(analysis, match, isOffer: isOffer, isAttempt: isAttempt) {
            return isOffer ? .leave : .sideRequest
        }
        return grade.verdict == .dontKnow ? .dontKnow(grade) : .answer(grade)
    }

    /// "What is empathy?" asked mid-question is a question, not "I don't know"; so is "what
    /// is trust?", though it names an idea of the answer: a question mark after a question
    /// word is a question, unless it is a complete answer or names a misconception.
    private static func asksAboutAConcept(_ analysis: Analysis, _ match: MatchResult, _ grade: Grade) -> Bool {
        let isQuestion =
            looksLikeQuestion(analysis) && !match.concepts.isEmpty && match.intent.isContent
            && (match.confidence >= 0.5 || match.ambiguous.count >= 2)
        guard isQuestion else { return false }
        if grade.verdict == .dontKnow { return true }
        return grade.verdict != .correct && grade.misconceptions.isEmpty && analysis.text.hasSuffix("?")
            && startsWithQuestionWord(analysis)
    }

    /// "Quiz me", "how am I doing?", "hello" with nothing of the answer in it.
    private static func asksForSomethingElse(_ match: MatchResult, _ grade: Grade) -> Bool {
        grade.verdict == .dontKnow
            && ([.quiz, .progress, .topics, .greeting, .thanks].contains(match.intent) || match.intent.isConversational)
            && match.confidence >= 0.5 && grade.covered.isEmpty
    }

    /// An attempt that covers nothing and is not "I don't know" (it may be about something else).
    private static func earnsNothing(_ grade: Grade) -> Bool {
        ![.correct, .partial, .misconception, .dontKnow].contains(grade.verdict)
    }

    /// Whether the match clearly names something other than the question. A statement is an
    /// attempt at the question the tutor asked; on an offered question, naming another topic
    /// is enough to move on.
    private static func pointsElsewhere(
        _ analysis: Analysis, _ match: MatchResult, isOffer: Bool, isAttempt: Bool
    ) -> Bool {
        switch match.intent {
        case .quiz, .progress, .topics: return match.confidence >= 0.5
        case .help, .greeting, .thanks: return match.confidence >= 0.5 && !isAttempt
        case .define, .explain, .howTo, .compare, .example:
            return !match.concepts.isEmpty
                && (looksLikeQuestion(analysis) || isOffer && (match.intent != .define || match.confidence >= 0.75))
        case .outOfScope: return match.confidence >= 0.6 && !isAttempt
        case .hint: return false
        // "Tell me more", "simpler", "I'm stressed": about the conversation, never an answer.
        case .more, .simpler, .harder, .easier, .goodbye, .feelings, .studyAdvice: return match.confidence >= 0.5
        }
    }

    private static func startsWithQuestionWord(_ analysis: Analysis) -> Bool {
        ["what", "why", "how", "who", "which", "when", "where"].contains(analysis.tokens.first?.word ?? "")
    }

    private static func looksLikeQuestion(_ analysis: Analysis) -> Bool {
        if analysis.text.hasSuffix("?") { return true }
        let first = analysis.tokens.first?.word ?? ""
        return [
            "what", "why", "how", "define", "explain", "tell", "give", "is", "are", "does", "can", "compare",
            "who", "describe", "example",
        ].contains(first)
    }

    /// decide for a line while a question is open (`route` made sure it exists).
    func decideOpen(
        _ analysis: Analysis, _ match: MatchResult, _ state: inout TutorState, _ result: inout TurnResult,
        now: String
    ) -> [Move] {
        guard let open = state.open, let q = question(open.id) else {
            state.open = nil
            return decideFree(match, analysis, &state, &result, now: now)
        }
        // The prompt rung (3) ended on a cloze the reply may complete.
        let cloze = open.rung == 3 ? open.target.flatMap { q.expectation($0)?.prompt } : nil
        let line = Self.classify(
            analysis, match, grade: grade(q.id, analysis, context: cloze), isOffer: open.isOffer,
            isAttempt: grader.isAttempt(analysis))
        result.openLine = line
        switch line {
        case .skip: return skip(&state)
        case .hint: return hint(&state, now: now)
        case .ungradable: return decideFree(match, analysis, &state, &result, now: now)
        case .leave:
            state.open = nil
            return decideFree(match, analysis, &state, &result, now: now)
        case .sideRequest:
            // Answer it; the question stays open (and no other question is offered over it).
            state.offeredLastTurn = true
            let moves = decideFree(match, analysis, &state, &result, now: now)
            state.offeredLastTurn = true
            return moves + [.stillOpen(q.id)]
        case .dontKnow(let grade):
            countAnswer(q, grade, &state, &result, now: now)
            if let tries = state.open?.maxTries, let answers = state.open?.answers, answers >= tries {
                return [.wholeAnswer] + close(q, &state, complete: false)
            }
            return [.workItOut] + hint(&state, now: now)
        case .answer(let grade):
            countAnswer(q, grade, &state, &result, now: now)
            return feedback(q, grade, &state)
        }
    }

    /// Notes a graded answer: the grade for the log, the first attempt as evidence, one more answer.
    private func countAnswer(
        _ q: Question, _ grade: Grade, _ state: inout TutorState, _ result: inout TurnResult, now: String
    ) {
        result.grade = grade
        result.gradedQuestion = q.id
        // Only the first attempt is evidence; one given after a hint counts as not yet known.
        if let open = state.open, open.answers == 0 {
            recordEvidence([q.concept], correct: !open.hinted && grade.verdict == .correct, now: now, &state, &result)
        }
        state.open?.answers += 1
    }

    /// Feedback on an answer: a correction per new misconception first (never praise over a
    /// misconception), then what is new, then the question closes, or the ladder climbs for
    /// what is missing. An answer that held a misconception is never called complete.
    private func feedback(_ q: Question, _ grade: Grade, _ state: inout TutorState) -> [Move] {
        guard var open = state.open else { return [] }
        var moves: [Move] = []
        for id in grade.misconceptions where !open.corrected.contains(id) && q.misconception(id) != nil {
            open.corrected.append(id)
            moves.append(.correct(question: q.id, misconception: id))
        }
        let newlyCovered = grade.covered.filter { !open.covered.contains($0) && !open.asserted.contains($0) }
        open.covered = q.expectations.map(\.id).filter { open.covered.contains($0) || newlyCovered.contains($0) }
        if !newlyCovered.isEmpty {
            let praised = newlyCovered.filter { q.expectation($0) != nil }.map { id in
                Praised(expectation: id, said: grade.evidence[id].flatMap { $0.contains(" ") ? $0 : nil })
            }
            let opening: PraiseOpening =
                !grade.misconceptions.isEmpty
                ? .plain : open.covered.count >= q.needed ? .wellDone : open.answers == 1 ? .goodStart : .yes
            moves.append(.praise(question: q.id, covered: praised, opening: opening))
        }
        if grade.misconceptions.isEmpty && newlyCovered.isEmpty {
            moves.append(.notYet(firstAnswer: open.answers == 1))
        }
        state.open = open
        if open.covered.count + open.asserted.count >= q.needed && open.covered.count > 0
            || open.covered.count >= q.needed
        {
            return moves + close(q, &state, complete: open.asserted.isEmpty && grade.misconceptions.isEmpty)
        }
        if let tries = open.maxTries, open.answers >= tries {
            return moves + [.wholeAnswer] + close(q, &state, complete: false)
        }
        return moves + nextRung(q, &state)
    }
}
