/// Running a lesson inside the dialogue: the lesson's steps run until it asks something or
/// ends; the question is then an ordinary open question (hints, skips, side questions all
/// work), and when it closes the lesson follows the branch for the first answer's verdict.
extension Tutor {
    /// The question `id`, from the knowledge base or from a lesson.
    public func question(_ id: String) -> Question? {
        kb.question(id) ?? lessonQuestions[id]?.question
    }

    /// Grades `answer` to `question`, from the knowledge base or a lesson.
    public func grade(_ question: Question, answer: String) -> Grade? {
        grade(question.id, analyzer.analyze(answer))
    }

    /// Grades `answer` to the question `id`, a knowledge-base question or a lesson's inline
    /// one (`lesson:NAME:SECTION:N`); nil for an id neither has. `context`: the tutor's last
    /// cloze prompt, which a short reply completes. The answer leans on its question as in the
    /// dialogue ("Yes." to a client's "… stays in this room, right?" confirms the claim,
    /// "Never." to "When should …" says never; see `Tutor+Ellipsis`).
    public func grade(questionID id: String, answer: String, context: String? = nil) -> Grade? {
        let analysis = analyzer.analyze(answer)
        if let q = question(id) { return gradeInContext(q, analysis, cloze: context, whole: false) }
        return grade(id, analysis, context: context)
    }

    func grade(_ id: String, _ analysis: Analysis, context: String? = nil) -> Grade? {
        if let compiled = lessonQuestions[id] { return grader.grade(compiled, analysis, context: context) }
        return grader.grade(questionID: id, analysis: analysis, context: context)
    }

    /// The lesson called `name`, if the tutor has one.
    public func lesson(named name: String) -> Lesson? { lessons.first { $0.name == name } }

    /// Starts the lesson `name` from its beginning; the reply is its opening.
    func startLesson(_ name: String, _ state: inout TutorState) -> [Move] {
        guard let lesson = lesson(named: name) ?? lessons.first(where: { $0.title.lowercased() == name.lowercased() })
        else {
            return [.unknownLesson(name)]
        }
        // Lessons are checked when they start (not all of them at every start of the tutor);
        // one with a broken id, jump or loop is not run.
        let problems = LessonChecker.check(lesson, tutor: self, samples: false)
        if let first = problems.first {
            return [.lessonBroken(lesson: lesson.name, errors: problems.count, first: first.description)]
        }
        if let open = state.open, question(open.id) != nil { state.open = nil }
        state.clarification = nil
        state.lesson = LessonProgress(lesson: lesson.name)
        return [.lessonTitle(lesson.name)] + runLesson(&state, used: words([.lessonTitle(lesson.name)]))
    }

    /// Leaves the lesson in progress.
    func stopLesson(_ state: inout TutorState) -> [Move] {
        guard let progress = state.lesson else { return [.noLesson] }
        if let waiting = progress.waiting, state.open?.id == waiting { state.open = nil }
        state.lesson = nil
        return [.lessonStopped(progress)]
    }

    /// After a turn: notes the first verdict on the lesson's question and, once the question
    /// has closed, moves the lesson on. Returns what the lesson says next, if anything.
    func continueLesson(_ result: TurnResult, _ state: inout TutorState) -> [Move] {
        guard var progress = state.lesson, let waiting = progress.waiting else { return [] }
        if result.gradedQuestion == waiting, progress.firstVerdict == nil, let grade = result.grade {
            progress.firstVerdict = grade.verdict
        }
        state.lesson = progress
        guard state.open?.id != waiting else { return [] }
        // The question has closed: take the branch for the first answer's verdict.
        guard let lesson = lesson(named: progress.lesson), progress.section < lesson.sections.count,
            progress.step >= 1, progress.step <= lesson.sections[progress.section].steps.count,
            case .ask(let ask) = lesson.sections[progress.section].steps[progress.step - 1].kind
        else {
            state.lesson = nil
            return []
        }
        progress.waiting = nil
        let verdict = progress.firstVerdict ?? .dontKnow
        progress.firstVerdict = nil
        if let target = ask.target(for: verdict), let section = lesson.section(named: target.section) {
            progress.section = section
            progress.step = 0
        }
        state.lesson = progress
        // The lesson goes on within what is left of the reply's bound.
        return runLesson(&state, used: words(result.moves))
    }

    /// Runs steps from where the lesson is until it asks a question, ends, or (`limit`: the
    /// reply's bound in words, nil for none) pauses because the next step would take the
    /// reply past the bound; `used`: the words the reply already holds.
    func runLesson(_ state: inout TutorState, used: Int = 0, limit: Int? = Tutor.lessonReplyWords) -> [Move] {
        guard var progress = state.lesson, let lesson = lesson(named: progress.lesson) else {
            state.lesson = nil
            return []
        }
        var out: [Move] = []
        // The words of the reply so far (counted only under a bound), kept as steps are said.
        var said = used
        // A well-formed lesson asks or ends within a pass over its steps; a bound keeps a
        // looping one (which `tutor lesson check` rejects) from hanging the tutor.
        var budget = 10 * (lesson.sections.reduce(0) { $0 + $1.steps.count } + lesson.sections.count) + 10
        while budget > 0 {
            budget -= 1
            guard progress.section < lesson.sections.count else {
                guard fits([.lessonEnd(lesson.name)], after: said, limit: limit, first: out.isEmpty) else {
                    return pause(progress, &state, out)
                }
                return finish(lesson, &state, out)
            }
            let steps = lesson.sections[progress.section].steps
            guard progress.step < steps.count else {
                progress.section += 1
                progress.step = 0
                continue
            }
            let step = steps[progress.step]
            // What the step says, so that the reply's bound is checked before it is said.
            if limit != nil, let shown = shownMoves(steps, at: progress.step, lesson), !shown.isEmpty,
                !fits(shown, after: said, limit: limit, first: out.isEmpty)
            {
                return pause(progress, &state, out)
            }
            progress.step += 1
            switch step.kind {
            case .say(let text):
                out.append(.lessonSay(text))
                said += limit == nil ? 0 : words([.lessonSay(text)])
            case .teach(let id):
                guard kb.concept(id) != nil else { continue }
                out.append(.teach(id))
                said += limit == nil ? 0 : words([.teach(id)])
                state.meet(id)
                state.lastConcept = id
            case .jump, .require:
                if let s = destination(step.kind, lesson, state) {
                    progress.section = s
                    progress.step = 0
                }
            case .end:
                return finish(lesson, &state, out)
            case .ask(let ask):
                guard let q = question(ask.question) else { continue }
                return out + wait(on: q, ask, progress, &state)
            }
        }
        out.append(.lessonLoops(lesson.name))
        state.lesson = nil
        return out
    }

    /// The section a jump, or a gate the learner's mastery does not pass, sends the lesson
    /// to; nil to run on.
    private func destination(_ kind: Lesson.Kind, _ lesson: Lesson, _ state: TutorState) -> Int? {
        switch kind {
        case .jump(let target): return lesson.section(named: target.section)
        case .require(let id, let p, let otherwise):
            let known = state.mastery[id] ?? tracer.prior(id)
            return known + 1e-9 < p ? lesson.section(named: otherwise.section) : nil
        default: return nil
        }
    }

    /// Pauses the lesson before its next step: "Want more?".
    private func pause(_ progress: LessonProgress, _ state: inout TutorState, _ out: [Move]) -> [Move] {
        var progress = progress
        progress.paused = true
        state.lesson = progress
        return out + [.lessonPause]
    }

    /// What the step at `index` shows the learner (nil: nothing, a jump or a gate), with the
    /// step it leads into: a `say:` before a `teach:` or an `ask:`, a `teach:` before an
    /// `ask:`. A lead-in is never left alone at the end of a reply, away from what it introduces.
    private func shownMoves(_ steps: [Lesson.Step], at index: Int, _ lesson: Lesson) -> [Move]? {
        guard let shown = shownMoves(steps[index].kind, lesson) else { return nil }
        guard index + 1 < steps.count, let next = shownMoves(steps[index + 1].kind, lesson) else { return shown }
        switch (steps[index].kind, steps[index + 1].kind) {
        case (.say, .teach), (.say, .ask), (.teach, .ask): return shown + next
        default: return shown
        }
    }

    /// The moves a step shows the learner (nil: it shows nothing, a jump or a gate).
    private func shownMoves(_ kind: Lesson.Kind, _ lesson: Lesson) -> [Move]? {
        switch kind {
        case .say(let text): return [.lessonSay(text)]
        case .teach(let id): return kb.concept(id) == nil ? nil : [.teach(id)]
        case .ask(let ask): return question(ask.question) == nil ? nil : [.lessonQuestion(ask.question)]
        case .end: return [.lessonEnd(lesson.name)]
        case .jump, .require: return nil
        }
    }

    /// Asks the lesson's question `q` and waits on it.
    private func wait(on q: Question, _ ask: Lesson.Ask, _ progress: LessonProgress, _ state: inout TutorState)
        -> [Move]
    {
        var progress = progress
        progress.waiting = q.id
        progress.firstVerdict = nil
        state.lesson = progress
        open(q, ask, &state)
        return [.lessonQuestion(q.id)]
    }

    /// Opens a lesson's question with the lesson's limits on hints and tries.
    private func open(_ q: Question, _ ask: Lesson.Ask, _ state: inout TutorState) {
        open(q, &state, offer: false)
        state.open?.maxHints = ask.hints
        state.open?.maxTries = ask.tries
        if !q.concept.isEmpty {
            state.meet(q.concept)
            state.lastConcept = q.concept
        }
    }

    private func finish(_ lesson: Lesson, _ state: inout TutorState, _ out: [Move]) -> [Move] {
        state.lesson = nil
        state.offeredLastTurn = true
        return out + [.lessonEnd(lesson.name)]
    }

    /// The words that close a lesson, which `LessonSummary` finds in the log to count it finished.
    static func endOfLesson(_ title: String) -> String { "End of the lesson \"\(title)\"." }
}

extension Tutor {
    /// A lesson asked for in the learner's words: "can we do the lesson on outside pressure"
    /// starts it (its name or title words said), "what lessons are there", "start a lesson"
    /// lists them. Nil when the line asks no lesson of this tutor ("a lesson plan for
    /// fractions", or a lesson on something no lesson is about).
    func lessonRequest(_ analysis: Analysis) -> LessonAsked? {
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        guard w.count <= 14, let at = w.firstIndex(where: Self.lessonWords.contains) else { return nil }
        if at + 1 < w.count, ["plan", "plans", "learned", "learnt"].contains(w[at + 1]) { return nil }
        let rest = w.filter { !Self.lessonWords.contains($0) && !Self.lessonRequestWords.contains($0) }
        if rest.isEmpty { return .list }
        // The lesson whose name or title shares the most of the line's other words (by their
        // first five letters, words of four letters or more).
        let said = Set(rest.filter { $0.count >= 4 }.map { String($0.prefix(5)) })
        let scored = lessons.map { lesson -> (Lesson, Int) in
            let titleWords = lesson.title.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            let nameWords = lesson.name.split(separator: "-").map(String.init)
            let own = Set((nameWords + titleWords).filter { $0.count >= 4 }.map { String($0.prefix(5)) })
            return (lesson, own.intersection(said).count)
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 > 0,
            scored.filter({ $0.1 == best.1 }).count == 1
        else { return nil }
        return .start(best.0.name)
    }

    enum LessonAsked: Equatable {
        case list
        case start(String)
    }

    /// The moves for a lesson asked for in words (none while a lesson or an exam set runs:
    /// `:lesson` serves there). With a question open, only a named lesson is started.
    func askedForALesson(_ analysis: Analysis, _ state: inout TutorState, questionOpen: Bool) -> [Move]? {
        guard state.lesson == nil, state.exam == nil, let asked = lessonRequest(analysis) else { return nil }
        switch asked {
        case .list: return questionOpen ? nil : [.lessonList]
        case .start(let name): return startLesson(name, &state)
        }
    }

    static let lessonWords: WordSet = ["lesson", "lessons", "tutorial", "tutorials"]
    static let lessonRequestWords: WordSet = [
        "start", "begin", "do", "take", "run", "try", "open", "show", "list", "what", "whats", "what's", "which",
        "any", "can", "could", "we", "let's", "lets", "let", "us", "give", "i", "want", "wanna", "id", "i'd", "like",
        "please", "pls", "plz", "me", "a", "an", "the", "on", "about", "one", "there", "are", "is", "have", "you",
        "got", "available", "do", "to", "of", "your", "for", "new", "another", "other", "some", "go", "through",
    ]
}
