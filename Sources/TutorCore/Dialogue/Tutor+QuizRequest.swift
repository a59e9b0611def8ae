/// A request for a question: read as one by its form when no cue of quizzing is in it, and
/// the question it asks for chosen from every concept it names and the scene it describes.
extension Tutor {
    /// The match, as a quiz request when the line asks for a question by naming it ("the
    /// ex-partner one", "do the card gift question", "lets do a practice q about insurance")
    /// and the matcher read it as a content question or out of scope. A line out of scope
    /// is one only when its words describe a question.
    func readAsQuizRequest(_ match: MatchResult, _ analysis: Analysis, questionOpen: Bool) -> MatchResult {
        let readable: Set<Intent> = [.define, .explain, .howTo, .compare, .example, .outOfScope]
        guard readable.contains(match.intent) else { return match }
        // "Test me on the two beers at a wedding": a clear request to be quizzed that the
        // matcher put out of scope for a word of another sense ("wedding"), when the words
        // describe a question.
        let quizCue =
            match.intent == .outOfScope
            && matcher.scanCues(analysis.tokens).hits.contains { $0.intent == .quiz && $0.score >= Self.clearQuizCue }
        guard
            quizCue || LineForm.asksForAQuestion(analysis, questionOpen: questionOpen)
                || LineForm.asksForOneOn(analysis)
                || !questionOpen && (LineForm.asksToBeTested(analysis) || LineForm.namesABareQuestion(analysis))
                || !questionOpen && describesAQuestionToDo(analysis)
        else { return match }
        let concepts = match.intent == .outOfScope ? [] : Array(match.concepts.prefix(1))
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
        guard let (q, target) = chooseQuiz(match, analysis, state) else { return nil }
        let testsTarget = target.map { questionFinder.coreFor[$0].map { questionFinder.ids[$0] } == q.id } ?? false
        return (q, testsTarget ? target ?? q.concept : q.concept)
    }

    private func chooseQuiz(
        _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    ) -> (Question, String?)? {
        // A concept the matcher only guessed from the concepts' whole text (no term of it in
        // the line) names nothing: the scene, or the concepts named by name, decide.
        let guessed = match.basis.guessed
        let matched = guessed ? [] : match.concepts
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
        if let id = questionFinder.question(described: analysis, named: named, fallback: fallback?.id, told: told),
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
