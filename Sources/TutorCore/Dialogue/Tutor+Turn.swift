/// The turn, as named stages:
///
///     line ─▶ analyze ─▶ match ─▶ route ─▶ decide ─▶ (lesson) ─▶ render ─▶ reply
///
/// - analyze: clean the line and analyse its words (`Analyzer`);
/// - match: its intent and concepts (`Matcher`), with a pending "did you mean …?" resolved;
/// - route: what kind of line it is for the dialogue (`Route`): empty, a command, an exam
///   answer, a line while a question is open (a lesson's question is one), or a free line;
/// - decide: the policy. It updates the state and returns `Move`s; every mastery update
///   goes through `recordEvidence`;
/// - lesson: once a lesson's question has closed, the lesson runs on (more moves);
/// - render: `TurnRenderer` turns the moves into the reply, the only place English is written.
///
/// Logging is the caller's (`TutorSession`): it writes the turn's events before showing the reply.
extension Tutor {
    /// Where a line goes after analysis and matching.
    enum Route {
        /// Nothing but white space.
        case empty
        /// A `:command` (or a plain "skip" with no question open); `command` is nil for an unknown name.
        case command(Command?, name: String, argument: String)
        /// An answer while an exam set runs.
        case exam(Analysis)
        /// A line while a question is open (also a lesson's question).
        case openQuestion(Analysis, MatchResult)
        /// The answer to a "did you mean …?" asked while a question is open: a side request.
        case sideRequest(Analysis, MatchResult)
        /// Anything else: a question, a request, small talk.
        case free(Analysis, MatchResult)
        /// A line while a lesson is paused between parts ("Want more?").
        case lessonPaused(Analysis, MatchResult)
    }

    /// Takes one turn. `now` is the ISO-8601 time stamped on practice.
    public func respond(to line: String, state: inout TutorState, now: String) -> TurnResult {
        var result = TurnResult(input: line, reply: "")
        let (seen, asked) = (state.seen.count, state.asked)
        state.turn += 1
        let route = self.route(line, &state, &result)
        let lastAnswer = state.lastAnswer
        result.moves = decide(route, &state, &result, now: now)
        // Only a request repeated in a row is a repeat: a turn that answered none forgets it.
        if state.lastAnswer == lastAnswer { state.lastAnswer = nil }
        result.moves = shortenReoffer(result.moves, state)
        result.lessonMoves = continueLesson(result, &state)
        result.reply = TurnRenderer(tutor: self).reply(result.moves, then: result.lessonMoves)
        result.openQuestion = state.open?.id
        result.closedQuestion = justClosedQuestion(state)?.id
        result.met = Array(state.seen[seen...])
        for (id, count) in state.asked.sorted(by: { $0.key < $1.key }) where count > asked[id] ?? 0 {
            result.asked += Array(repeating: id, count: count - (asked[id] ?? 0))
        }
        return result
    }

    /// analyze, match and route. A pending clarification is consumed here: the line either
    /// picks one of its options or is taken as it is.
    func route(_ line: String, _ state: inout TutorState, _ result: inout TurnResult) -> Route {
        let text = TextCleaner.clean(line)
        if text.isEmpty { return .empty }
        if text.hasPrefix(":") {
            let (name, argument) = Command.split(text)
            return .command(Command.named(name), name: name, argument: argument)
        }
        let analysis = analyzer.analyze(text)
        if state.exam != nil { return .exam(analysis) }
        // The phrasing prior learnt lines said on their own: it has its say only on a line with
        // nothing before it to lean on. While a question is open a line may be an answer, which no
        // phrasing resembles; once a concept has been discussed, a follow-up takes its sense from
        // what came before, whether or not it says so with a pronoun (where it weighed such lines
        // it cost a blind test set's follow-up for as many gained elsewhere).
        let cued = matcher.match(analysis)
        let alone = state.open == nil && (state.recentConcepts.isEmpty || namesItsOwnTopic(cued, analysis))
        let reread = reread(alone ? matcher.weighed(cued, analysis) : cued, analysis)
        // (round 31) "MI versus just telling a drunk the truth": the side described (`Tutor+SecondSideDescribed.swift`).
        let read = alone ? secondSideDescribed(reread, analysis) ?? reread : reread
        // "How long do i have to answer this" asks about the tutor: it leans on no topic.
        var match =
            LineForm.asksAboutTime(analysis)
            ? read : asideWithNothingToLeanOn(cued, analysis, state) ?? resolveFollowUp(read, analysis, state)
        // (round 28) "How does humility differ from cultural competence", "the difference between
        // a crossing and a violation": both sides of one concept, whatever was discussed before.
        if let within = comparedWithinOneConcept(read, analysis) { match = within }
        // (round 30) "Is the culture stuff a big part of the exam?": what to study.
        if let advice = Self.studyAdviceOnTheExamsWeight(match, analysis) { match = advice }
        // (round 31) "my stomach is in knots about test day" between questions: a feeling.
        if state.open == nil, let feeling = Self.ownStateOnTheExam(match, analysis) { match = feeling }
        // (round 30) A short line that names nothing, read against the conversation.
        if let leaning = readAgainstTheConversation(read, match, analysis, state) { match = leaning }
        state.lastWords = analysis.tokens.map(\.word)
        // (Read here only after a hesitation: the open question's turn reads it first.)
        if state.waited > 0, state.open == nil || !LineForm.thinksAloud(analysis) { state.waited = 0 }
        var clarified = false
        if let pending = state.clarification {
            state.clarification = nil
            if let chosen = resolveClarification(analysis, pending) {
                match = MatchResult(intent: pending.intent, concepts: [chosen], confidence: 1)
                clarified = true
            }
        }
        result.match = match
        // Only a free line out of scope is something a next line can lean on (an answer to
        // an open question that the matcher finds out of scope is still an answer).
        state.lastOutOfScope = false
        if lessonIsPaused(state) && !clarified { return .lessonPaused(analysis, match) }
        // "Tell me the full answer" on a lesson's question: the answer, as "show me the answer" gives it.
        if asksForWholeAnswer(analysis, state) { return .command(Command.named("skip"), name: "skip", argument: "") }
        // "Go on" with the lesson's question open: the question waits for an answer.
        if goesOnAtAQuestion(analysis, state) { return .empty }
        guard state.open != nil else {
            if Self.skipLines.contains(Self.plainWords(analysis)) {
                return .command(Command.named("skip"), name: "skip", argument: "")
            }
            state.lastOutOfScope = match.intent == .outOfScope
            return .free(analysis, match)
        }
        return clarified ? .sideRequest(analysis, match) : .openQuestion(analysis, match)
    }

    /// decide: the policy for a routed line.
    func decide(_ route: Route, _ state: inout TutorState, _ result: inout TurnResult, now: String) -> [Move] {
        switch route {
        case .empty:
            // Enter alone goes on with a paused lesson, as it turns a page.
            if lessonIsPaused(state) { return goOn(&state, whole: false) }
            return [.nudge(questionOpen: state.open != nil)]
        case .command(let command, let name, let argument):
            guard let command else { return [.unknownCommand(name)] }
            return decide(command, argument: argument, &state, &result, now: now)
        case .exam(let analysis):
            return examTurn(analysis, &state, &result, now: now)
        case .openQuestion(let analysis, let match):
            return decideOpen(analysis, match, &state, &result, now: now)
        case .sideRequest(let analysis, let match):
            guard let q = state.open.flatMap({ question($0.id) }) else {
                return decideFree(match, analysis, &state, &result, now: now)
            }
            result.openLine = .sideRequest
            return answerBeside(q, match, analysis, &state, &result, now: now)
        case .free(let analysis, let match):
            if let moves = lateAddition(analysis, match, &state, &result, now: now) { return moves }
            // "Was that right?" just after a question closed: the full answer shown is the key.
            if LineForm.asksIfRight(analysis), let q = justClosedQuestion(state) {
                return [.answerClosed(question: q.id)]
            }
            // "What did I get wrong on that one?", "which part did I miss": the ideas of the
            // question just closed that the learner's answers did not have (a progress request).
            if LineForm.asksWhatWasMissed(analysis) || LineForm.asksWhyMarkedDown(analysis),
                let q = justClosedQuestion(state)
            {
                var asked = MatchResult(intent: .progress, concepts: [], confidence: max(match.confidence, 0.8))
                asked.evidence = match.evidence + ["form: what was missed on the question just closed → progress"]
                result.match = asked
                return [.missedOnLast(question: q.id, covered: state.lastClosedCovered)]
            }
            // "The one about clients rating sessions" before any question was asked describes
            // a concept (see `describedNotAsked`): it is not read again as a question's name.
            // "And the counter one?" after transference points at its counterpart.
            let describes = describesRatherThanAsks(analysis, state) || pointsAtTheCounterpart(analysis, state)
            var read = describes ? match : readAsQuizRequest(match, analysis, questionOpen: false)
            // (round 30) "Kysy minulta about trust": a request in another language about a topic.
            if read == match, !describes, let practise = foreignRequestToPractise(match, analysis) { read = practise }
            if read != match { result.match = read }
            return decideFree(read, analysis, &state, &result, now: now)
        case .lessonPaused(let analysis, let match):
            return decidePaused(analysis, match, &state, &result, now: now)
        }
    }

    /// Which option of a pending "did you mean …?" the line picks: "1", "the second one", or a name.
    func resolveClarification(_ analysis: Analysis, _ pending: Clarification) -> String? {
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
        // "Family nagging gets them there but doesnt make them want to stay" names an option
        // in passing while it answers the open question: a statement about the client is no pick.
        if words.count > 4 && LineForm.statesAboutOthers(analysis) { return nil }
        let matched = matcher.match(analysis).concepts
        return matched.first { pending.options.contains($0) }
    }

    /// Lines that ask to skip the question.
    static let skipLines: WordSet = ["skip", "skip it", "pass", "next", "skip this", "skip this one"]
    /// Lines that give up on an open question (with none open they are not about skipping).
    static let giveUpLines: WordSet = ["show me the answer", "give up", "i give up"]

    /// "Just tell me the answer", "what's the answer?", "ok i give up, reveal the answer pls",
    /// "can you give me the answer": a request for the answer itself, made of a request verb, the
    /// word "answer" (or "solution") and small words only. It gives up on the question, as "show
    /// me the answer" does; the grader must not read "tell" or "show" as the learner's idea.
    static func asksForTheAnswer(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.map(\.word).filter { $0.contains(where: \.isLetter) }
        guard words.contains(where: { ["answer", "answers", "solution"].contains($0) }),
            words.contains(where: { ["tell", "show", "give", "reveal", "what", "whats", "gimme"].contains($0) })
        else { return false }
        return words.allSatisfy { answerRequestWords.contains($0) }
    }

    private static let answerRequestWords: WordSet = [
        "answer", "answers", "solution", "tell", "show", "give", "reveal", "gimme", "what", "whats", "is", "was",
        "the", "me", "us", "just", "please", "pls", "plz", "can", "could", "would", "will", "you", "u", "ok",
        "okay", "ugh", "fine", "so", "then", "now", "already", "right", "correct", "real", "full", "i", "up",
        "gave", "dunno", "idk", "know", "do", "not", "have", "no", "idea", "clue", "it", "this",
        "one", "to", "for", "of", "and", "lol", "hmm", "um", "umm", "well", "oh",
    ]

    /// The line's words, lower case, one space apart.
    static func plainWords(_ analysis: Analysis) -> String {
        analysis.tokens.map(\.word).joined(separator: " ")
    }
}

extension Tutor {
    /// "But tough love works on some people, no", "so how big is the alliance effect in actual
    /// numbers" after another topic: a line that names its own concept by a term and points
    /// back at nothing stands on its own, so the learnt phrasings weigh what it asks as they
    /// do for a first line.
    func namesItsOwnTopic(_ match: MatchResult, _ analysis: Analysis) -> Bool {
        guard Self.namesByTerm(match), match.intent != .outOfScope, !match.isFollowUp else { return false }
        return !Self.pointsBackByAWord(LineForm.words(analysis))
    }
}
