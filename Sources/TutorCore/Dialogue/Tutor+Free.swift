/// decide for a line that is not an answer: a content question, a request, small talk or
/// something out of scope.
extension Tutor {
    func decideFree(
        _ match: MatchResult, _ analysis: Analysis, _ state: inout TutorState, _ result: inout TurnResult,
        now: String
    ) -> [Move] {
        // "Can we do the lesson on outside pressure", "what lessons are there".
        if let moves = askedForALesson(analysis, &state, questionOpen: false) { return moves }
        switch match.intent {
        case .greeting: return [.greet]
        // "Nah", "no thanks" with nothing offered: nothing to decline; what the tutor can do.
        case _ where LineForm.declines(analysis) && [.thanks, .outOfScope].contains(match.intent):
            return [.nudge(questionOpen: false)]
        // "Yes", "sure, go ahead" to the reply just before, which suggested a question: the
        // question, on what was being discussed.
        case _ where LineForm.assents(analysis) && state.quizSuggestedAt == state.turn - 1:
            var quiz = MatchResult(
                intent: .quiz, concepts: state.lastConcept.map { [$0] } ?? [], confidence: max(match.confidence, 0.6))
            quiz.evidence = match.evidence + ["form: yes to the question just suggested → quiz"]
            result.match = quiz
            return ask(concept: state.lastConcept, question: nil, &state, offer: false, now: now)
        // "Yes", "sure" with nothing asked or suggested: nothing to agree to; what the tutor can do.
        case .outOfScope where LineForm.assents(analysis) && !LineForm.acknowledges(analysis):
            return [.nudge(questionOpen: false)]
        // "Ok", "cool", "i see", "fair enough" with nothing open: taken note of, as "got it" is,
        // not a line out of scope (nor "i see" a request to be shown something).
        case _ where LineForm.acknowledges(analysis):
            var noted = MatchResult(intent: .thanks, concepts: [], confidence: max(match.confidence, 0.6))
            noted.evidence = match.evidence + ["form: an acknowledgement → thanks"]
            result.match = noted
            return thank(analysis, acknowledges: true, &state)
        // With a question open, the re-offer follows: no "want a question?" over it.
        case .thanks:
            return thank(analysis, acknowledges: !LineForm.thanks(analysis), &state)
        case .help: return LineForm.asksAboutTime(analysis) ? [.noTimeLimit(questionOpen: state.open != nil)] : [.help]
        case .topics: return [.topics]
        case .progress: return [.progress(progress(state, now: now))]
        case .hint: return hint(&state, now: now)
        // "Give me a practice exam", "10 exam questions on trust", "mock test please": a set of
        // exam-style items, as `:exam N` starts (on the concepts named, if any).
        case .quiz:
            if state.open.map(\.isOffer) ?? true, state.exam == nil, let count = LineForm.asksForAnExamSet(analysis) {
                return openExam(count: count, concepts: match.concepts, state: &state)
            }
            // The question the named concepts give, unless the line describes another by its scene.
            let chosen = quizTarget(match, analysis, state)
            if let chosen, match.concepts.first != chosen.concept { result.match?.concepts = [chosen.concept] }
            return ask(
                concept: chosen?.concept ?? match.concepts.first, question: chosen?.question, &state, offer: false,
                now: now)
        case .outOfScope:
            if state.open == nil, state.exam == nil, let count = LineForm.asksForAnExamSet(analysis, alone: true) {
                var quiz = MatchResult(intent: .quiz, concepts: [], confidence: max(match.confidence, 0.6))
                quiz.evidence = match.evidence + ["form: a set of exam items asked for → quiz (exam)"]
                result.match = quiz
                return openExam(count: count, state: &state)
            }
            return outOfScope(analysis, state)
        case .define, .explain, .howTo, .compare, .example:
            return answer(match, analysis, &state, &result)
        case .more, .simpler, .harder, .easier, .goodbye, .feelings, .studyAdvice:
            return decideConversation(match, &state, &result, now: now)
        }
    }

    /// A line out of scope: "outside what I teach", unless it is in another language or a
    /// bare "I don't know" (which answers nothing here: say so).
    private func outOfScope(_ analysis: Analysis, _ state: TutorState) -> [Move] {
        if Self.isForeign(analysis) { return [.englishOnly] }
        let dontKnow = !grader.dontKnowCue(analysis, toEnd: true).isEmpty && grader.saysDontKnow(analysis)
        return dontKnow ? [.nothingOpen(lastConcept: state.lastConcept)] : [.redirect]
    }

    /// Thanks, or a note taken: with no question open the reply suggests one, and a "yes" next
    /// takes it up.
    private func thank(_ analysis: Analysis, acknowledges: Bool, _ state: inout TutorState) -> [Move] {
        let questionOpen = state.open.map { !$0.isOffer } ?? false
        if !questionOpen { state.quizSuggestedAt = state.turn }
        return [.thank(questionOpen: questionOpen, acknowledges: acknowledges)]
    }

    /// A content question: the answer, a "did you mean …?", or "which topic?"; after an
    /// answer, now and then a Socratic question about it.
    private func answer(
        _ match: MatchResult, _ analysis: Analysis, _ state: inout TutorState, _ result: inout TurnResult
    ) -> [Move] {
        var concepts = match.concepts
        if concepts.isEmpty {
            guard match.isFollowUp, let last = state.lastConcept else { return [.whichTopic] }
            concepts = [last]
            result.match?.concepts = concepts
        }
        if match.ambiguous.count >= 2 {
            let options = Array(match.ambiguous.prefix(3))
            state.clarification = Clarification(intent: match.intent, options: options)
            return [.clarify(options: options)]
        }
        let shown = example(match, concepts, &state)
        if let shown, let first = concepts.first {
            // So that "another example" brings a different one.
            state.shownExamples[first, default: []].append(shown)
        }
        // The same request twice in a row gets the short form, then the full one again: the
        // same reply never comes twice in a row (an example request gets another example).
        let request = AnswerRequest(intent: match.intent, concepts: concepts)
        let repeated = state.lastAnswer.map { $0.intent == request.intent && $0.concepts == concepts } ?? false
        let short = repeated && !(state.lastAnswer?.short ?? false) && match.intent != .example
        state.lastAnswer = AnswerRequest(intent: match.intent, concepts: concepts, short: short)
        let shortForm: Move =
            match.intent == .compare && concepts.count == 2
            ? .difference(concepts: concepts) : .simpler(concept: concepts.first, whileOpen: nil)
        var moves: [Move] = short ? [shortForm] : [.answer(intent: match.intent, concepts: concepts, example: shown)]
        if !short, let first = concepts.first, let word = otherName(match, analysis, first) {
            moves.insert(.sameIdea(concept: first, word: word), at: 0)
        }
        for c in concepts { state.meet(c) }
        state.lastConcept = concepts.first
        // A Socratic follow-up, not every time, and never twice in a row.
        if match.intent != .compare, !state.offeredLastTurn, state.lesson == nil, state.rng.index(2) == 0,
            let concept = concepts.first, let q = pickQuestion(in: concept, state)
        {
            moves.append(.offer(question: q.id))
            open(q, &state, offer: true)
            state.offeredLastTurn = true
        } else {
            state.offeredLastTurn = false
        }
        return moves
    }

    /// "Is rapport the same as the alliance?", or "how is it different from rapport?" just
    /// after the alliance: a comparison of a concept with another of its own names. There is
    /// one idea here, not two to set apart, and the reply says so before the definition
    /// instead of answering a comparison with a definition alone. The other name is the words
    /// of a term of the concept that are not words of its name, as typed; the concept's own
    /// side is named by its name or pointed back at ("it", "that").
    func otherName(_ match: MatchResult, _ analysis: Analysis, _ concept: String) -> String? {
        guard match.intent == .compare, match.concepts.count == 1, let c = kb.concept(concept), !c.isContrast
        else { return nil }
        let own = matcher.nameStems(of: concept)
        let named = match.basis.named.filter { $0.concept == concept }
        // A term of the concept that is not its name ("rapport" of the therapeutic alliance).
        guard let term = named.first(where: { !$0.stems.allSatisfy(own.contains) }),
            named.contains(where: { $0.stems.allSatisfy(own.contains) }) || Self.pointsBackByPronoun(analysis)
        else { return nil }
        // The term's words as typed: the run of them around one that is not a word of the name
        // ("the therapeutic relationship", "rapport").
        let tokens = analysis.tokens
        guard let i = tokens.firstIndex(where: { term.stems.contains($0.stem) && !own.contains($0.stem) }) else {
            return nil
        }
        var start = i
        var end = i
        while start > 0, term.stems.contains(tokens[start - 1].stem) { start -= 1 }
        while end + 1 < tokens.count, term.stems.contains(tokens[end + 1].stem) { end += 1 }
        guard end - start < 4 else { return nil }
        let words = tokens[start...end].map(\.typed).joined(separator: " ").lowercased()
        return isAnotherName(words, of: c) ? words : nil
    }

    /// Whether words naming the concept are another name for it, not one side of a contrast
    /// the concept holds ("sustain talk" of change talk, "boundary violation" of boundaries):
    /// its definition does not say them, or says them only where it gives the concept's other
    /// names ("also called", "exams often say").
    func isAnotherName(_ words: String, of c: Concept) -> Bool {
        let aliasing = ["also called", "also known", "often say", "sometimes called", "known as"]
        return c.definition.lowercased().split(whereSeparator: { ".;:".contains($0) }).allSatisfy { sentence in
            !sentence.contains(words) || aliasing.contains { sentence.contains($0) }
        }
    }

    /// Whether a comparison names one concept by two of its terms, and points back at nothing
    /// ("is rapport the same as the alliance", "a boundary crossing versus a violation").
    func comparesTwoNamesOfOne(_ match: MatchResult, _ analysis: Analysis) -> Bool {
        guard match.intent == .compare, match.concepts.count == 1, let concept = match.concepts.first else {
            return false
        }
        // "A boundary crossing versus a boundary violation": two terms of one concept, each side
        // of the line its own.
        let terms = Set(match.basis.named.filter { $0.concept == concept }.map(\.stems))
        return terms.count >= 2 && !Self.pointsBackByPronoun(analysis)
    }

    /// Whether the line has a pronoun that points back ("it", "that", "this", "its").
    static func pointsBackByPronoun(_ analysis: Analysis) -> Bool {
        analysis.tokens.contains { ["it", "that", "this", "its"].contains($0.word) }
    }

    /// The example an `.example` answer shows, drawn now so that rendering draws nothing.
    private func example(_ match: MatchResult, _ concepts: [String], _ state: inout TutorState) -> Int? {
        guard match.intent == .example, let c = concepts.lazy.compactMap({ self.kb.concept($0) }).first else {
            return nil
        }
        // One not shown yet; all shown, any but the last.
        let shown = state.shownExamples[c.id] ?? []
        var fresh = c.examples.indices.filter { !shown.contains($0) }
        if fresh.isEmpty { fresh = c.examples.indices.filter { $0 != shown.last } }
        if fresh.isEmpty { return state.rng.index(c.examples.count) }
        return fresh[state.rng.index(fresh.count)]
    }

    /// Frequent Spanish, French, German, Italian and Portuguese words that are not English.
    static let foreignWords: WordSet = [
        "que", "qué", "es", "la", "el", "los", "las", "del", "por", "para", "cómo", "como", "una", "un", "y",
        "est", "le", "les", "une", "des", "du", "c'est", "qu'est", "ce", "quoi", "pourquoi", "comment", "et",
        "der", "das", "und", "ist", "nicht", "wie", "warum", "ein", "eine",
        "che", "cosa", "il", "di", "perché", "sono", "é", "não", "uma", "porque",
    ]

    /// Whether an out-of-scope line is in another language: non-Latin letters, or two or
    /// more common function words of other languages written in Latin letters.
    static func isForeign(_ analysis: Analysis) -> Bool {
        let nonLatin = analysis.text.unicodeScalars.contains { $0.value > 0x24F && $0.properties.isAlphabetic }
        let foreign = analysis.tokens.filter { foreignWords.contains($0.typed) }.count
        return nonLatin || foreign >= 2
    }
}
