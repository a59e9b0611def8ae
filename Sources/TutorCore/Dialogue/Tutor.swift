import Foundation

/// The dialogue policy: one learner line in, one reply out, as a pure function of the
/// state and the input. The turn pipeline, top to bottom:
///
///     line ─▶ normalize ─▶ match ─▶ (grade, when a question is open) ─▶ decide ─▶ track mastery ─▶ reply
///
/// Logging is the caller's: it writes the returned events before showing the reply.
public final class Tutor: Sendable {
    public let kb: KnowledgeBase
    public let analyzer: Analyzer
    public let matcher: Matcher
    public let grader: Grader
    public let responder: Responder
    public let tracer: KnowledgeTracer
    /// What to practise next, with mastered concepts coming back for review.
    public let scheduler: ReviewScheduler
    /// The instructors' lessons that `:lesson NAME` can start.
    public let lessons: [Lesson]
    /// The lessons' inline questions, compiled for grading, by id.
    let lessonQuestions: [String: Grader.CompiledQuestion]

    /// Builds the whole pipeline over a loaded knowledge base and the lessons.
    public convenience init(kb: KnowledgeBase, lessons: [Lesson] = []) {
        self.init(image: Image(kb: kb, lessons: lessons), lessons: lessons)
    }

    /// A tutor over a built (or cached) image. The image must have been built with the same
    /// lessons' inline questions (`Image.lessonFingerprint` tells); if not, the lessons'
    /// questions are compiled again here.
    public init(image: Image, lessons: [Lesson] = []) {
        kb = image.kb
        self.lessons = lessons
        analyzer = image.analyzer
        matcher = image.matcher
        grader = image.grader
        responder = Responder(kb: kb)
        tracer = KnowledgeTracer(kb: kb)
        scheduler = ReviewScheduler(kb: kb)
        let inline = lessons.flatMap(\.inlineQuestions)
        lessonQuestions =
            Set(inline.map(\.id)) == Set(image.lessonQuestions.keys)
            ? image.lessonQuestions : Image.compile(inline, analyzer: image.analyzer)
    }

    /// Everything a tutor builds from its knowledge base and lessons before the first turn:
    /// the knowledge base itself, the analyzer's word tables, the matcher's indexes and the
    /// compiled questions. Building it is most of the start-up time, so the command line
    /// keeps it in a cache (`encode(to:)` / `init(from:)`), keyed by the knowledge files.
    public struct Image: Sendable {
        public let kb: KnowledgeBase
        let analyzer: Analyzer
        let matcher: Matcher
        let grader: Grader
        let lessonQuestions: [String: Grader.CompiledQuestion]

        public init(kb: KnowledgeBase, lessons: [Lesson] = []) {
            self.kb = kb
            let inline = lessons.flatMap(\.inlineQuestions)
            analyzer = Analyzer(lexicon: kb.lexicon, vocabulary: Tutor.vocabulary(of: kb, extra: inline))
            matcher = Matcher(kb: kb, analyzer: analyzer)
            grader = Grader(kb: kb, analyzer: analyzer)
            lessonQuestions = Self.compile(inline, analyzer: analyzer)
        }

        /// The lessons' inline questions, compiled for grading, by id.
        static func compile(_ questions: [Question], analyzer: Analyzer) -> [String: Grader.CompiledQuestion] {
            var compiled: [String: Grader.CompiledQuestion] = [:]
            for q in questions { compiled[q.id] = Grader.compile(q, analyzer: analyzer) }
            return compiled
        }

        /// The bytes that stand for the lessons' inline questions in a cache key: an image
        /// built with other lessons has another analyzer vocabulary.
        public static func lessonFingerprint(_ lessons: [Lesson]) -> [UInt8] {
            var w = BinaryWriter()
            w.put(lessons.flatMap(\.inlineQuestions))
            return w.bytes
        }
    }

    /// All the words the knowledge base uses: what spelling correction corrects toward.
    static func vocabulary(of kb: KnowledgeBase, extra: [Question] = []) -> [String] {
        var texts: [String] = []
        for q in extra {
            texts.append(q.text)
            for idea in q.expectations + q.misconceptions { texts += [idea.text] + idea.phrasings }
        }
        for c in kb.concepts {
            texts.append(c.name)
            texts.append(c.id.replacingOccurrences(of: "-", with: " "))
            texts += c.terms
            texts.append(c.definition)
            texts.append(c.why)
            texts += c.how
            texts += c.examples.map(\.text)
            texts += c.related.map(\.relation)
            for q in c.questions {
                texts.append(q.text)
                for idea in q.expectations + q.misconceptions {
                    texts.append(idea.text)
                    texts += idea.phrasings
                }
            }
        }
        texts += kb.intentCues.map(\.cue)
        return texts
    }

    /// What to say when a session starts on a learner's resumed state, if anything.
    public func welcome(_ state: TutorState) -> String? {
        guard let open = state.open, let q = question(open.id) else { return nil }
        if let progress = state.lesson, progress.waiting == q.id, let lesson = lesson(named: progress.lesson) {
            return "Welcome back to the lesson \"\(lesson.title)\". We were on this question: \(q.text)"
        }
        return "Welcome back. We were working on this question: \(q.text)"
    }

    // MARK: The turn

    /// Takes one turn. `now` is the ISO-8601 time stamped on practice.
    public func respond(to line: String, state: inout TutorState, now: String) -> TurnResult {
        var result = turn(line, &state, now: now)
        if let more = continueLesson(result, &state), !more.isEmpty {
            result.reply += result.reply.isEmpty ? more : "\n\n" + more
        }
        result.openQuestion = state.open?.id
        return result
    }

    private func turn(_ line: String, _ state: inout TutorState, now: String) -> TurnResult {
        state.turn += 1
        let text = TextCleaner.clean(line)
        var result = TurnResult(input: line, reply: "")

        if text.isEmpty {
            result.reply =
                state.open != nil
                ? "Take your time. Answer the question in your own words, or say \"hint\" or \"skip\"."
                : "Ask me about the therapeutic alliance, or type :help to see what I can do."
            result.openQuestion = state.open?.id
            return result
        }
        if text.hasPrefix(":") {
            runCommand(text, &state, &result, now: now)
            result.openQuestion = state.open?.id
            return result
        }

        let analysis = analyzer.analyze(text)
        if state.exam != nil {
            examTurn(analysis, &state, &result, now: now)
            result.openQuestion = state.open?.id
            return result
        }
        var match = resolveFollowUp(matcher.match(analysis), state)
        result.match = match

        // A pending "did you mean …?" takes "1", "2" or a name.
        if let pending = state.clarification {
            state.clarification = nil
            if let chosen = resolveClarification(analysis, pending) {
                match = MatchResult(intent: pending.intent, concepts: [chosen], confidence: 1)
                result.match = match
            }
        }

        if state.open == nil, state.exam == nil, Self.skipLines.contains(Self.plainWords(analysis)) {
            result.reply = skip(&state)
            return result
        }
        if state.open != nil {
            if handleOpenQuestion(analysis, match, &state, &result, now: now) {
                result.openQuestion = state.open?.id
                return result
            }
        }
        handle(match, analysis, &state, &result, now: now)
        result.openQuestion = state.open?.id
        return result
    }

    private func resolveClarification(_ analysis: Analysis, _ pending: Clarification) -> String? {
        let words = analysis.tokens.map(\.word)
        let ordinals: [[String]] = [["1", "first"], ["2", "two", "second"], ["3", "three", "third"]]
        if words.count <= 3 {
            for (i, option) in pending.options.enumerated() where i < ordinals.count {
                if words.contains(where: { ordinals[i].contains($0) }) { return option }
            }
            // "one" alone, or "that one", is the first; in "the second one" it is not an ordinal.
            if words.contains("one") && !words.contains(where: { ordinals.joined().contains($0) }),
                words == ["one"] || words == ["the", "one"] || words.first == "one"
            {
                return pending.options.first
            }
        }
        let matched = matcher.match(analysis).concepts
        return matched.first { pending.options.contains($0) }
    }

    // MARK: Commands

    private func runCommand(_ text: String, _ state: inout TutorState, _ result: inout TurnResult, now: String) {
        let parts = text.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts.first?.lowercased() ?? ""
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "help", "h", "?":
            result.reply = responder.help()
        case "topics", "t":
            result.reply = responder.topics()
        case "quiz", "q":
            var concept: String?
            if !argument.isEmpty {
                concept = matcher.match(argument).concepts.first ?? kb.concept(argument)?.id
                if concept == nil {
                    result.reply =
                        "I don't know a concept called \"\(TextCleaner.quote(argument))\". Type :topics to see them."
                    return
                }
            }
            result.reply = ask(concept: concept, &state, offer: false, now: now)
        case "hint":
            result.reply = hint(&state, now: now)
        case "skip":
            result.reply = skip(&state)
        case "progress", "p":
            result.reply = progressReport(state, now: now)
        case "sources":
            result.reply = (["Sources:"] + kb.sources.map { "  \($0.id): \($0.title)" }).joined(separator: "\n")
        case "quit", "exit", "q!":
            result.quit = true
            result.reply = "Goodbye. Keep building those bridges."
        case "exam":
            let count = Int(argument.split(separator: " ").first ?? "") ?? 10
            result.reply = startExam(count: count, state: &state)
        case "lesson", "l":
            switch argument.lowercased() {
            case "": result.reply = state.lesson.map { lessonStatus($0) } ?? lessonList()
            case "stop", "quit", "end", "leave": result.reply = stopLesson(&state)
            default: result.reply = startLesson(argument, &state)
            }
        case "record":
            result.command = (name, argument)
            result.reply = ""
        default:
            result.reply =
                "Unknown command :\(TextCleaner.quote(name, max: 20)). Commands: :help, :topics, :quiz [concept], :hint, :skip, :progress, :sources, :lesson [NAME], :exam [N], :record FILE, :quit."
        }
    }

    // MARK: Lines that are not answers

    private func handle(
        _ match: MatchResult, _ analysis: Analysis, _ state: inout TutorState, _ result: inout TurnResult,
        now: String
    ) {
        var concepts = match.concepts
        switch match.intent {
        case .greeting:
            result.reply = responder.greeting()
        case .thanks:
            result.reply = responder.thanks()
        case .help:
            result.reply = responder.help()
        case .topics:
            result.reply = responder.topics()
        case .progress:
            result.reply = progressReport(state, now: now)
        case .hint:
            result.reply = hint(&state, now: now)
        case .quiz:
            result.reply = ask(concept: concepts.first, &state, offer: false, now: now)
        case .outOfScope:
            result.reply = outOfScope(analysis)
        case .more, .simpler, .harder, .easier, .goodbye, .feelings, .studyAdvice:
            conversationReply(match, &state, &result, now: now)
        case .define, .explain, .howTo, .compare, .example:
            if concepts.isEmpty {
                guard match.isFollowUp, let last = state.lastConcept else {
                    result.reply =
                        "Which topic do you mean? For example: \"what is trust?\" or \"how do I build the alliance?\". Type :topics for the list."
                    return
                }
                concepts = [last]
                result.match?.concepts = concepts
            }
            if match.ambiguous.count >= 2 {
                let options = Array(match.ambiguous.prefix(3))
                state.clarification = Clarification(intent: match.intent, options: options)
                let listed = options.enumerated().map {
                    "\($0.offset + 1)) \(kb.concept($0.element)?.name ?? $0.element)"
                }
                result.reply = "Did you mean " + listed.joined(separator: " or ") + "?"
                return
            }
            var reply = responder.answer(match.intent, concepts: concepts, rng: &state.rng)
            noteShownExamples(reply, concepts, &state)
            for c in concepts { state.meet(c) }
            state.lastConcept = concepts.first
            // A Socratic follow-up, not every time, and never twice in a row.
            if match.intent != .compare, !state.offeredLastTurn, state.lesson == nil, state.rng.index(2) == 0,
                let concept = concepts.first, let q = pickQuestion(in: concept, state)
            {
                reply += "\nLet's check your understanding: \(q.text)"
                open(q, &state, offer: true)
                state.offeredLastTurn = true
            } else {
                state.offeredLastTurn = false
            }
            result.reply = reply
        }
    }

    /// Frequent Spanish, French, German, Italian and Portuguese words that are not English.
    static let foreignWords: Set<String> = [
        "que", "qué", "es", "la", "el", "los", "las", "del", "por", "para", "cómo", "como", "una", "un", "y",
        "est", "le", "les", "une", "des", "du", "c'est", "qu'est", "ce", "quoi", "pourquoi", "comment", "et",
        "der", "das", "und", "ist", "nicht", "wie", "warum", "ein", "eine",
        "che", "cosa", "il", "di", "perché", "sono", "é", "não", "uma", "porque",
    ]

    private func outOfScope(_ analysis: Analysis) -> String {
        let nonLatin = analysis.text.unicodeScalars.contains { $0.value > 0x24F && $0.properties.isAlphabetic }
        // Two or more common function words of other languages written in Latin letters.
        let foreign = analysis.tokens.filter { Self.foreignWords.contains($0.typed) }.count
        if nonLatin || foreign >= 2 {
            return
                "I can only teach in English, and only about the therapeutic alliance. Try \"what is the therapeutic alliance?\""
        }
        return responder.redirect()
    }

    // MARK: Socratic questions

    /// The question to ask next in `concept`, avoiding the one just asked.
    func pickQuestion(in concept: String, _ state: TutorState) -> Question? {
        guard let c = kb.concept(concept), !c.questions.isEmpty else { return nil }
        let candidates = c.questions.filter { $0.id != state.lastAsked }
        guard !candidates.isEmpty else { return nil }
        let fewest = candidates.map { state.asked[$0.id] ?? 0 }.min() ?? 0
        return candidates.first { (state.asked[$0.id] ?? 0) == fewest }
    }

    /// The concept the learner most needs: a mastered one not practised for a while (review),
    /// else the least mastered among those met (preferring ones whose related concepts are
    /// mastered), else the least practised. `now` (ISO-8601) is the turn's time.
    public func nextConcept(_ state: TutorState, now: String? = nil) -> String {
        (now.map { scheduler.next(state, now: $0) } ?? scheduler.next(state, now: nil as Date?)) ?? kb.concepts[0].id
    }

    func ask(concept: String?, _ state: inout TutorState, offer: Bool, now: String? = nil) -> String {
        if let open = state.open, !open.isOffer, let q = question(open.id) {
            return "We're still on this question: \(q.text)\n(Say \"skip\" to see the answer and move on.)"
        }
        let target = concept ?? nextConcept(state, now: now)
        guard let q = pickQuestion(in: target, state) ?? kb.concept(target)?.questions.first else {
            return "I have no question on that yet."
        }
        open(q, &state, offer: offer)
        state.meet(target)
        state.lastConcept = target
        return "Question (\(kb.concept(target)?.name ?? target)): \(q.text)"
    }

    func open(_ q: Question, _ state: inout TutorState, offer: Bool) {
        state.open = OpenQuestion(id: q.id, isOffer: offer)
        state.lastAsked = q.id
        state.asked[q.id, default: 0] += 1
    }

    /// Handles a line while a question is open. Returns false when the line is something
    /// else (a new question), which the caller then answers.
    private func handleOpenQuestion(
        _ analysis: Analysis, _ match: MatchResult, _ state: inout TutorState, _ result: inout TurnResult,
        now: String
    ) -> Bool {
        guard var open = state.open, let q = question(open.id) else {
            state.open = nil
            return false
        }
        let lower = Self.plainWords(analysis)
        if Self.skipLines.contains(lower) || Self.giveUpLines.contains(lower) {
            result.reply = skip(&state)
            return true
        }
        if match.intent == .hint {
            result.reply = hint(&state, now: now)
            return true
        }
        guard let grade = grade(q.id, analysis) else { return false }
        let isAnswer = grade.verdict == .correct || grade.verdict == .partial || grade.verdict == .misconception
        // "What is empathy?" asked mid-question is a question, not "I don't know"; a plain
        // "I don't know" or "what do you mean?" is not about another concept.
        // So is "what is trust?", though it names an idea of the answer: a question mark
        // after a question word is a question, unless it is a complete answer.
        let isQuestion =
            looksLikeQuestion(analysis) && !match.concepts.isEmpty
            && [.define, .explain, .howTo, .compare, .example].contains(match.intent)
            && (match.confidence >= 0.5 || match.ambiguous.count >= 2)
        let asksAboutSomething =
            isQuestion
            && (grade.verdict == .dontKnow
                || (grade.verdict != .correct && grade.misconceptions.isEmpty && analysis.text.hasSuffix("?")
                    && startsWithQuestionWord(analysis)))
        // "How am I doing?" is not "I don't know" either.
        let asksForSomethingElse =
            grade.verdict == .dontKnow
            && ([.quiz, .progress, .topics, .greeting, .thanks].contains(match.intent) || match.intent.isConversational)
            && match.confidence >= 0.5 && grade.covered.isEmpty
        if !isAnswer || asksAboutSomething, grade.verdict != .dontKnow || asksAboutSomething || asksForSomethingElse {
            let clearlyElse: Bool
            switch match.intent {
            case .quiz, .progress, .topics, .help, .greeting, .thanks: clearlyElse = match.confidence >= 0.5
            case .more, .simpler, .harder, .easier, .goodbye, .feelings, .studyAdvice:
                clearlyElse = match.confidence >= 0.5
            case .define, .explain, .howTo, .compare, .example:
                // A statement is an attempt at the question the tutor asked; on an offered
                // question, naming another topic is enough to move on.
                clearlyElse =
                    !match.concepts.isEmpty
                    && (looksLikeQuestion(analysis)
                        || open.isOffer && (match.intent != .define || match.confidence >= 0.75))
            case .outOfScope: clearlyElse = match.confidence >= 0.6
            case .hint: clearlyElse = false
            }
            if clearlyElse {
                if open.isOffer {
                    state.open = nil
                } else {
                    // Answer it; the question stays open (and no other question is offered).
                    state.offeredLastTurn = true
                    handle(match, analysis, &state, &result, now: now)
                    state.offeredLastTurn = true
                    result.reply += "\n(Still open: \(q.text))"
                    return true
                }
                return false
            }
        }
        if grade.verdict == .dontKnow {
            result.grade = grade
            result.gradedQuestion = q.id
            recordFirstAttempt(q, grade, &state, &result, now: now)
            open = state.open!
            open.answers += 1
            state.open = open
            if let tries = open.maxTries, open.answers >= tries {
                result.reply = "Let's look at the whole answer. " + close(q, &state, complete: false)
                return true
            }
            result.reply = "That's all right, let's work it out together. " + hint(&state, now: now, fromDontKnow: true)
            return true
        }
        result.grade = grade
        result.gradedQuestion = q.id
        recordFirstAttempt(q, grade, &state, &result, now: now)
        open = state.open!
        open.answers += 1

        var parts: [String] = []
        let newlyCovered = grade.covered.filter { !open.covered.contains($0) && !open.asserted.contains($0) }
        for id in newlyCovered {
            open.covered.append(id)
        }
        open.covered = q.expectations.map(\.id).filter { open.covered.contains($0) }
        if !newlyCovered.isEmpty {
            let praised = newlyCovered.compactMap { id -> String? in
                guard let e = q.expectation(id) else { return nil }
                let idea = lowerFirst(e.text).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                if let words = grade.evidence[id], words.contains(" ") {
                    return "\(idea) (you said \"\(TextCleaner.quote(words, max: 50))\")"
                }
                return idea
            }
            let opening = open.covered.count >= q.needed ? "Well done. " : open.answers == 1 ? "Good start. " : "Yes. "
            parts.append(opening + "You've got it: " + praised.joined(separator: "; and ") + ".")
        }
        for id in grade.misconceptions where !open.corrected.contains(id) {
            guard let m = q.misconception(id) else { continue }
            open.corrected.append(id)
            var text = "A common trap: \(lowerFirst(m.text).trimmingCharacters(in: CharacterSet(charactersIn: "."))). "
            text += m.correction ?? "That isn't what the evidence shows."
            if let s = m.source { text += " " + responder.cite([s]) }
            parts.append(text)
        }
        if grade.misconceptions.isEmpty && newlyCovered.isEmpty {
            parts.append(open.answers == 1 ? "Let's think about it together." : "Not quite yet.")
        }
        state.open = open
        if open.covered.count + open.asserted.count >= q.needed && open.covered.count > 0
            || open.covered.count >= q.needed
        {
            parts.append(close(q, &state, complete: open.asserted.isEmpty))
        } else if let tries = open.maxTries, open.answers >= tries {
            parts.append("Let's look at the whole answer.")
            parts.append(close(q, &state, complete: false))
        } else {
            parts.append(nextRung(q, &state))
        }
        result.reply = parts.joined(separator: " ")
        return true
    }

    private func startsWithQuestionWord(_ analysis: Analysis) -> Bool {
        ["what", "why", "how", "who", "which", "when", "where"].contains(analysis.tokens.first?.word ?? "")
    }

    /// Lines that ask to skip the question.
    static let skipLines: Set<String> = ["skip", "skip it", "pass", "next", "skip this", "skip this one"]
    /// Lines that give up on an open question (with none open they are not about skipping).
    static let giveUpLines: Set<String> = ["show me the answer", "give up", "i give up"]

    /// The line's words, lower case, one space apart.
    static func plainWords(_ analysis: Analysis) -> String {
        analysis.tokens.map(\.word).joined(separator: " ")
    }

    private func looksLikeQuestion(_ analysis: Analysis) -> Bool {
        if analysis.text.hasSuffix("?") { return true }
        let first = analysis.tokens.first?.word ?? ""
        return [
            "what", "why", "how", "define", "explain", "tell", "give", "is", "are", "does", "can", "compare",
            "who", "describe", "example",
        ].contains(first)
    }

    /// Only the first attempt at a question is evidence; one given after a hint counts as
    /// not yet known. Every concept the question is tagged with is updated.
    private func recordFirstAttempt(
        _ q: Question, _ grade: Grade, _ state: inout TutorState, _ result: inout TurnResult, now: String
    ) {
        guard let open = state.open, open.answers == 0 else { return }
        let correct = !open.hinted && grade.verdict == .correct
        for concept in [q.concept] {
            let before = state.mastery[concept] ?? tracer.prior(concept)
            let after = tracer.update(concept, from: before, correct: correct)
            state.mastery[concept] = after
            state.attempts[concept, default: 0] += 1
            state.lastPractised[concept] = now
            state.meet(concept)
            result.masteryChanges.append(MasteryChange(concept: concept, before: before, after: after))
        }
    }

    /// The next step for the first missing expectation: pump, hint, prompt, then assert.
    private func nextRung(_ q: Question, _ state: inout TutorState) -> String {
        guard var open = state.open else { return "" }
        let missing = q.expectations.filter { !open.covered.contains($0.id) && !open.asserted.contains($0.id) }
        guard let target = missing.first else { return close(q, &state, complete: open.asserted.isEmpty) }
        if open.target != target.id {
            open.target = target.id
            open.rung = 0
        }
        open.rung += 1
        var reply: String
        switch open.rung {
        case 1:
            reply = pumps[state.rng.index(pumps.count)]
        case 2 where open.hints < (open.maxHints ?? 3):
            open.hints += 1
            reply =
                "Hint: "
                + (target.hint
                    ?? "think about \(lowerFirst(target.text).split(separator: " ").prefix(3).joined(separator: " "))…")
        case 3 where open.hints < (open.maxHints ?? 3):
            open.hints += 1
            reply = target.prompt.map { "Finish the thought: \($0)" } ?? "One key word: \(keyWord(target))…"
        default:
            open.asserted.append(target.id)
            open.rung = 0
            open.target = nil
            reply = "Here's that part: \(target.text)"
            state.open = open
            if open.covered.count + open.asserted.count >= q.needed {
                return reply + " " + close(q, &state, complete: false)
            }
            return reply + " " + nextRung(q, &state)
        }
        state.open = open
        return reply
    }

    private let pumps = [
        "What else might matter here?", "Can you say more?", "What else would you add?",
        "Keep going: what else is part of it?",
    ]

    private func keyWord(_ idea: Idea) -> String {
        let first = idea.phrasings.first ?? idea.text
        return String(first.prefix(1)) + String(repeating: "_", count: max(2, min(8, first.count - 1)))
    }

    /// One rung up the ladder at the learner's request.
    func hint(_ state: inout TutorState, now: String, fromDontKnow: Bool = false) -> String {
        guard var open = state.open, let q = question(open.id) else {
            return "There's no open question right now. Say \"quiz me\" to get one."
        }
        if open.answers == 0 { open.hinted = true }
        state.open = open
        let missing = q.expectations.filter { !open.covered.contains($0.id) && !open.asserted.contains($0.id) }
        guard let target = missing.first else { return close(q, &state, complete: true) }
        if open.target != target.id {
            open.target = target.id
            open.rung = 1  // straight to the hint rung: the learner asked for help
            state.open = open
        } else if open.rung < 1 {
            open.rung = 1
            state.open = open
        }
        _ = fromDontKnow
        return nextRung(q, &state)
    }

    func skip(_ state: inout TutorState) -> String {
        guard let open = state.open, let q = question(open.id) else {
            return "There's no open question to skip. Say \"quiz me\" for one."
        }
        return "Let's move on. " + close(q, &state, complete: false)
    }

    /// Closes the question with a summary of the complete answer.
    func close(_ q: Question, _ state: inout TutorState, complete: Bool) -> String {
        state.open = nil
        state.offeredLastTurn = true
        let needed = q.needed < q.expectations.count ? " (any \(q.needed) of these)" : ""
        var lines = [complete ? "That's a complete answer." : "", "The full answer\(needed):"]
        for e in q.expectations { lines.append("  - \(e.text)") }
        let sources = kb.concept(q.concept)?.sources ?? []
        lines.append(responder.cite(sources))
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    // MARK: Progress

    /// Mastery per concept met (a bar and P(known)), what is mastered, and what to practise next
    /// and why. `tutor progress` prints the same figures as a table.
    public func progressReport(_ state: TutorState, now: String? = nil) -> String {
        let report = ProgressReport(
            learner: "", state: state, kb: kb, now: now.flatMap(ISOTime.parse), scheduler: scheduler)
        guard !report.rows.isEmpty else {
            return "No progress yet: ask about a topic or say \"quiz me\" to start."
        }
        var lines = ["Your progress:"]
        for row in report.rows {
            var line = "  \(MasteryBar.ascii.render(row.mastery))  \(row.name), "
            line += "\(row.attempts) attempt\(row.attempts == 1 ? "" : "s")"
            if row.status == .mastered { line += " (mastered)" }
            if row.reviewDue { line += " (review due)" }
            lines.append(line)
        }
        let mastered = report.mastered.map(\.name)
        lines.append("Mastered: \(mastered.isEmpty ? "none yet" : mastered.joined(separator: ", ")).")
        if let next = report.next.first {
            let name = kb.concept(next.concept)?.name ?? next.concept
            lines.append("Next: \(name), \(next.explanation). Say \"quiz me\" to practise it.")
        }
        return lines.joined(separator: "\n")
    }

    func lowerFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }
}
