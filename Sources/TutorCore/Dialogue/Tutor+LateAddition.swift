/// A learner often goes on answering after the tutor closed the question: "and they leave
/// treatment" right after the full answer, or "so the card is just a boundary crossing" after
/// a side request. Such a line is still an answer to the question just asked, not a request
/// about its words: it is graded against that question and acknowledged, and the question
/// stays closed.
extension Tutor {
    /// The moves for a line that adds to the question just closed, or nil when the line is
    /// not such an addition (then it is a free line as usual).
    func lateAddition(
        _ analysis: Analysis, _ match: MatchResult, _ state: inout TutorState, _ result: inout TurnResult,
        now: String
    ) -> [Move]? {
        guard let q = justClosedQuestion(state) else { return nil }
        let addsByForm =
            (Self.addsOn(analysis, match) || Self.speaksOfAnOption(analysis, question: q.text))
            // "I'd reflect that they feel judged": what the learner would do as the counselor is
            // an attempt, though a line opening on "I" is not one to the grader ("I'm so tired").
            && (grader.isAttempt(analysis) || LineForm.continues(analysis) || Self.guessesAloud(analysis)
                || LineForm.continuesTheSentence(analysis, afterAnAnswer: true)
                || Self.elaborates(analysis) || LineForm.describesAnAction(analysis))
        // (round 30) Or a statement of any shape in which the grader finds an idea of it.
        guard addsByForm || Self.mayAnswerAfterTheClose(analysis, match),
            // (round 34) A line going on from the answer is read in the conversation
            // (`Tutor+LateAdditionLent`).
            let grade = lateAdditionGrade(q, analysis, match, addsByForm: addsByForm),
            !grade.covered.isEmpty || !grade.misconceptions.isEmpty, grade.verdict != .dontKnow || addsByForm
        else { return nil }
        result.grade = grade
        result.gradedQuestion = q.id
        result.gradedConcept = q.concept
        result.openLine = .answer(grade)
        if !grade.misconceptions.isEmpty {
            state.misconceptions.show(grade.misconceptions, question: q.id, concept: q.concept, time: now)
        }
        var moves: [Move] = grade.misconceptions.compactMap { id in
            q.misconception(id) == nil ? nil : .correct(question: q.id, misconception: id)
        }
        let praised = grade.covered.filter { q.expectation($0) != nil }.map { id in
            Praised(expectation: id, said: grade.evidence[id].flatMap { $0.contains(" ") ? $0 : nil })
        }
        if !praised.isEmpty {
            moves.append(
                .praise(question: q.id, covered: praised, opening: grade.misconceptions.isEmpty ? .also : .plain))
        }
        state.lastConcept = q.concept
        state.offeredLastTurn = true
        return moves
    }

    /// The question closed last, when none is open now and its concept is still among the
    /// ones just discussed (not a question from long ago, nor one inside a lesson or exam,
    /// nor one only offered that the learner moved on from).
    func justClosedQuestion(_ state: TutorState) -> Question? {
        // The concept practised may be one the question tests by name ("quiz me on empathy").
        guard state.open == nil, state.exam == nil, state.lesson == nil, state.clarification == nil,
            let id = state.lastClosed, let q = question(id),
            state.recentConcepts.prefix(3).contains(where: { $0 == q.concept || testsByName(q, $0) })
        else { return nil }
        return q
    }

    /// "So maybe them?", "hes angry?": a statement with a question mark and a hedge (or the
    /// form of a statement), a guess said aloud rather than a question.
    static func guessesAloud(_ analysis: Analysis) -> Bool {
        guard analysis.text.hasSuffix("?"), !LineForm.isQuestionShapedByWords(analysis) else { return false }
        return LineForm.guessesByTone(analysis)
            || analysis.tokens.contains { ["maybe", "probably", "perhaps", "prob"].contains($0.word) }
    }

    /// "A is the helper saying how they themselves feel" after "A: … B: … Which one is
    /// empathic?": an option of the question, named as the subject of a statement.
    static func speaksOfAnOption(_ analysis: Analysis, question: String) -> Bool {
        let w = LineForm.words(analysis)
        guard w.count >= 3, let label = w.first, label.count == 1, label.first?.isLetter == true,
            question.contains("\(label.uppercased()): ")
        else { return false }
        // "A merely expresses the helper's sorrow", "B clearly names it": an adverb may come
        // before the option's verb.
        var v = 1
        while v + 1 < w.count, w[v].hasSuffix("ly") || ["still", "also", "kind", "sort", "of"].contains(w[v]) {
            v += 1
        }
        return ["is", "was", "shows", "says", "sounds", "reflects", "just", "only", "means"].contains(w[v])
            || v > 1 && w[v].count > 3 && w[v].hasSuffix("s") && !w[v].hasSuffix("ss")
    }

    /// Whether the line reads as more of an answer: a statement, neither a question nor a
    /// request, that goes on from what was said ("and…", "so…", "also…") or says what
    /// someone does or is ("they feel ownership over it"); a bare topic ("empathy in
    /// counseling") or a statement of fact about a term asks for that term instead.
    static func addsOn(_ analysis: Analysis, _ match: MatchResult) -> Bool {
        // "I mean the family one has more support, so maybe them?": a hedged statement
        // with a question mark is a guess, not a question.
        // (round 26) "while A is more about how the helper feels?": the learner's sentence goes on.
        if LineForm.continuesTheSentence(analysis, afterAnAnswer: true) { return true }
        let asksByMark = analysis.text.hasSuffix("?") && !guessesAloud(analysis)
        if asksByMark || LineForm.isQuestionShapedByWords(analysis) || LineForm.asks(analysis) { return false }
        // "So we adjust and outcomes get better": a statement that goes on, with a subject,
        // holds a word that cues progress or help by chance ("better"); it adds on all the same.
        // "And gently ask what his wife is worried about": someone else's feeling, in a step
        // that goes on, is no feeling of the learner's.
        let othersFeeling =
            match.intent == .feelings && LineForm.continues(analysis) && !LineForm.speaksOfThemselves(analysis)
            && (LineForm.hasASubject(analysis) || LineForm.tellsWhatToDo(analysis))
        let byChance =
            [.progress, .help, .topics, .greeting].contains(match.intent) && LineForm.continues(analysis)
            && LineForm.hasASubject(analysis) || othersFeeling
        if !match.intent.isContent && match.intent != .outOfScope && match.confidence >= 0.5 && !byChance {
            return false
        }
        return LineForm.continues(analysis) || LineForm.hasASubject(analysis) || LineForm.tellsWhatToDo(analysis)
            || elaborates(analysis)
    }

    /// "Like a working partnership", "basically a team": a line opening on a word that
    /// restates what was said, in other words.
    static func elaborates(_ analysis: Analysis) -> Bool {
        guard analysis.tokens.count >= 2, let first = analysis.tokens.first?.word else { return false }
        return ["like", "basically", "meaning", "ie"].contains(first)
    }
}
