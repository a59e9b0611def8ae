/// A request for a question: read as one by its form when no cue of quizzing is in it, and
/// the question it asks for chosen from every concept it names and the scene it describes.
extension Tutor {
    /// The match, as a quiz request when the line asks for a question by naming it ("the
    /// ex-partner one", "do the card gift question", "lets do a practice q about insurance")
    /// and the matcher read it as a content question or out of scope. A line out of scope
    /// is one only when its words describe a question.
    func readAsQuizRequest(_ match: MatchResult, _ analysis: Analysis, questionOpen: Bool) -> MatchResult {
        let readable: Set<Intent> = [.define, .explain, .howTo, .compare, .example, .outOfScope]
        // (round 29) "Go ahead, ask me about …": the lead-in cued going on ("go ahead"), the
        // request after it asks for a question.
        let inAPart = LineForm.asksInAPart(analysis, questionOpen: questionOpen)
        guard readable.contains(match.intent) || match.intent == .more && inAPart else { return match }
        // "Test me on the two beers at a wedding": a clear request to be quizzed that the
        // matcher put out of scope for a word of another sense ("wedding"), when the words
        // describe a question.
        let hits = matcher.scanCues(analysis.tokens).hits
        let quizCue =
            match.intent == .outOfScope && hits.contains { $0.intent == .quiz && $0.score >= Self.clearQuizCue }
        guard
            quizCue || Self.quizAfterCourtesy(hits, analysis)
                || LineForm.asksForAQuestion(analysis, questionOpen: questionOpen)
                || LineForm.asksForAQuestionWithoutArticle(analysis)
                || LineForm.asksForOneOn(analysis) || LineForm.endsOnAQuizRequest(analysis)
                || !questionOpen && (LineForm.asksToBeTested(analysis) || LineForm.namesABareQuestion(analysis))
                || !questionOpen && describesAQuestionToDo(analysis)
                || !questionOpen && LineForm.offersToAttempt(analysis)
                || inAPart
                // (round 30) "call one on me about …", "cultural humility. go."
                || !questionOpen && LineForm.handsOneToMe(analysis)
                || !questionOpen && match.intent == .define && !match.basis.guessed
                    && !match.basis.cued.contains(where: \.isContent) && LineForm.namesATopicThenSaysGo(analysis)
        else { return match }
        var concepts = [.outOfScope, .more].contains(match.intent) ? [] : Array(match.concepts.prefix(1))
        // "Quiz me on discord (not the app lol)", "ask me about the bad day, …, my son had
        // plenty of those": an aside after the request put the line out of scope; the
        // request before it names what to be asked about.
        if match.intent == .outOfScope, quizCue || LineForm.asksToBeTested(analysis),
            let before = inScopeBeforeAnAside(analysis)
        {
            concepts = Array(before.concepts.prefix(1))
        }
        if concepts.isEmpty && questionFinder.question(described: analysis, named: [], fallback: nil) == nil {
            return match
        }
        var read = MatchResult(intent: .quiz, concepts: concepts, confidence: Self.namedQuestionConfidence)
        read.evidence = match.evidence + ["the line asks for a question by naming it → quiz"]
        read.basis.told = match.basis.told
        return read
    }

    /// "Can we do the grieving client with the two responses": a scene chosen by a verb,
    /// that names no concept by name ("can we do the stages of change" asks for the topic)
    /// and that the question finder tells one question by, on its own.
    private func describesAQuestionToDo(_ analysis: Analysis) -> Bool {
        LineForm.choosesAScene(analysis) && questionFinder.conceptsNamed(analysis).isEmpty
            && questionFinder.question(described: analysis, named: [], fallback: nil) != nil
    }

    /// "Yo quiz me on empathy vs sympathy", "hey, test me on trust": a greeting or thanks
    /// opening the line, then at once a clear quiz cue. The courtesy took the line's opening
    /// bonus from the request, and a greeting that names a concept reads as asking about it;
    /// the request is the point.
    static func quizAfterCourtesy(_ hits: [CueScan.Hit], _ analysis: Analysis) -> Bool {
        guard
            let courtesy = hits.filter({ [.greeting, .thanks].contains($0.intent) && $0.span.lowerBound == 0 })
                .max(by: { $0.span.upperBound < $1.span.upperBound }),
            let quiz = hits.filter({
                $0.intent == .quiz && $0.score >= clearQuizCue && $0.span.lowerBound >= courtesy.span.upperBound
            }).min(by: { $0.span.lowerBound < $1.span.lowerBound })
        else { return false }
        let between = analysis.tokens[courtesy.span.upperBound..<quiz.span.lowerBound].map(\.word)
        let polite: Set<String> = [
            "now", "pls", "please", "can", "could", "you", "u", "ok", "so", "then", "and", "just",
        ]
        return between.allSatisfy(polite.contains)
    }

    /// The match of the line's opening clauses, without the clauses after them, when that
    /// is in scope and names a concept: the line less the aside that ends it.
    func inScopeBeforeAnAside(_ analysis: Analysis) -> MatchResult? {
        let clauses = Array(Set(analysis.tokens.map(\.clause))).sorted()
        guard clauses.count >= 2 else { return nil }
        for last in clauses.dropLast().reversed() {
            let text = analysis.tokens.filter { $0.clause <= last }.map(\.word).joined(separator: " ")
            let read = matcher.match(analyzer.analyze(text))
            if read.intent != .outOfScope && !read.concepts.isEmpty && !read.basis.guessed { return read }
        }
        return nil
    }

    /// A quiz cue at least this strong asks to be quizzed whatever else the line holds.
    static let clearQuizCue = 4.0

    /// How sure a quiz request read from its form is.
    static let namedQuestionConfidence = 0.75

    /// The question a quiz request opens. The concept: the matcher's first, unless it has no
    /// core question and another the line names by name has one ("quiz me on confidentiality":
    /// the limits of confidentiality, not the safety concept beside it); then the question:
    /// the concept's core question (its own, or the one that tests it by name) when not yet
    /// asked, unless the line describes another by its scene.
    func quizQuestion(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> Question? {
        quizTarget(match, analysis, state)?.question
    }

    /// The question a quiz request opens and the concept it practises: the question's own,
    /// or the concept named when the question is the core one that tests it ("quiz me on
    /// empathy": the question on which reply is empathic, practising empathy).
    func quizTarget(
        _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    ) -> (question: Question, concept: String)? {
        var match = match
        // (round 29) "The question about a client who snaps at the counselor": no concept
        // named, the scene told in a relative clause names one without its pronoun.
        if match.concepts.isEmpty, let scene = matchWithoutRelatives(analysis) {
            match.concepts = scene.concepts
            match.basis = scene.basis
        }
        guard let (q, target) = chooseQuiz(match, analysis, state) else { return nil }
        let testsTarget = target.map { testsByName(q, $0) } ?? false
        return (q, testsTarget ? target ?? q.concept : q.concept)
    }

    /// Whether `q` is the core question that tests `concept` by name, though kept with
    /// another concept (the question on which reply is empathic, for empathy).
    func testsByName(_ q: Question, _ concept: String) -> Bool {
        questionFinder.coreFor[concept].map { questionFinder.ids[$0] } == q.id
    }

    private func chooseQuiz(
        _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    ) -> (Question, String?)? {
        // A concept the matcher only guessed from the concepts' whole text (no term of it in
        // the line) names nothing: the scene, or the concepts named by name, decide.
        let guessed = match.basis.guessed
        // (round 32) The concept whose question the scene's words tell, among those the scene told.
        let matched = guessed ? [] : conceptsByTheScene(match, analysis)
        let byName = questionFinder.conceptsNamed(analysis)
        // Named by the matcher and by name first, then by the matcher, then by name: one with
        // a core question of its own. A concept named by name alone and not chosen is left
        // out of the scene's reading (its name's words may be the scene's: "connection").
        let order = matched.filter(byName.contains) + matched + byName
        let target = order.first { questionFinder.hasOwnCore($0) } ?? order.first
        let named = target.map { t in [t] + matched.filter { $0 != t } } ?? matched
        let fallback = target.flatMap { quizFallback(in: $0, state) }
        if guessed && target == nil, let first = match.concepts.first {
            let id = questionFinder.question(described: analysis, named: [], fallback: nil)
            return (id.flatMap { question($0) } ?? quizFallback(in: first, state)).map { ($0, first) }
        }
        // The words of the target's case as the matcher read it told.
        let told = target.map { t in match.basis.told.filter { $0.concept == t }.flatMap(\.stems) } ?? []
        // The word of a one-word term that named the target ("the ORS" for feedback-informed
        // treatment) names the topic, not a scene of one of its questions.
        let term = target.map { t in
            match.basis.named.filter { $0.concept == t && $0.stems.count == 1 }.flatMap(\.stems)
        }
        if let id = questionFinder.question(
            described: analysis, named: named, fallback: fallback?.id, told: told, termed: term ?? []),
            let q = question(id)
        {
            return (q, target)
        }
        return fallback.map { ($0, target) }
    }

    /// The question a concept alone gives: the core question that tests a concept with none of
    /// its own, while not yet asked this session; else the concept's next question.
    private func quizFallback(in concept: String, _ state: TutorState) -> Question? {
        if !questionFinder.hasOwnCore(concept), let id = questionFinder.coreQuestion(of: concept),
            (state.asked[id] ?? 0) == 0, let q = question(id)
        {
            return q
        }
        return pickQuestion(in: concept, state)
    }
}
