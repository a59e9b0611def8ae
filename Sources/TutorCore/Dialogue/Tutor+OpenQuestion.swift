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
        if skipLines.contains(words) || giveUpLines.contains(words) || asksToSkip(analysis)
            || asksForTheAnswer(analysis)
        {
            return .skip
        }
        if match.intent == .hint && !statesAnIdeaDespiteAHintCue(analysis, match, grade) { return .hint }
        // (round 24) "Dont get it", "cant follow": lost in the question (the grader may read
        // not knowing the answer into it, or nothing), the question asked for in plainer
        // words; never an attempt.
        if match.intent == .simpler, LineForm.saysLost(analysis),
            grade.map({ $0.covered.isEmpty && $0.misconceptions.isEmpty }) ?? true
        {
            return isOffer ? .leave : .sideRequest
        }
        // (round 28) "Muchas gracias", "merci beaucoup", "dank je wel": thanks in the learner's
        // first language, the whole line, never an attempt (unless the grader finds an idea in
        // more than one of its words).
        if match.intent == .thanks, LineForm.onlyThanks(analysis),
            grade.map({ $0.covered.isEmpty && $0.misconceptions.isEmpty || foundByWordsAlone($0) }) ?? true
        {
            return isOffer ? .leave : .sideRequest
        }
        // "Is there a time limit on these": about the tutor, never an answer.
        if match.intent == .help && LineForm.asksAboutTime(analysis) { return isOffer ? .leave : .sideRequest }
        // "omg im gonna fail this exam", "should i memorize this stuff": the learner speaking
        // of their own study is never an answer, whatever word of the question it holds.
        if [.feelings, .studyAdvice].contains(match.intent), match.confidence >= 0.75,
            !LineForm.quotesTheirReply(analysis),
            LineForm.speaksOfOwnStudy(analysis) || LineForm.fearsForOwnExam(analysis)
                || LineForm.strainedByOwnStudy(analysis) || LineForm.showsStrainInTheBody(analysis)
                || LineForm.asksTheExamsWeight(analysis)
        {
            return isOffer ? .leave : .sideRequest
        }
        // No word of any language ("🤝🤝🤝", "?!?...", a lone "A"): not an attempt, and not
        // a don't-know that would walk the question to its close.
        // A lone letter the question reads as an idea ("B" for the option that is empathy) is
        // an answer.
        let readAsAnIdea = grade.map { !$0.covered.isEmpty || !$0.misconceptions.isEmpty } ?? false
        if isNoise(analysis) && !readAsAnIdea { return isOffer ? .leave : .sideRequest }
        // "Quiz me on building trust" asks for a question, whatever answer words it holds.
        if match.intent == .quiz && match.confidence >= 0.5 && startsWithQuizCue(analysis) {
            return isOffer ? .leave : .sideRequest
        }
        // "Show me what you mean", "family insistence. define.", "why not a plan? plans work":
        // asked of the tutor by their form, whatever words of the answer they hold.
        if match.intent == .example && LineForm.asksToDemonstrate(analysis)
            || match.intent.isContent && !match.concepts.isEmpty && LineForm.asksTersely(analysis)
            || match.intent.isContent && LineForm.doubtsWhatWasSaid(analysis)
        {
            return isOffer ? .leave : .sideRequest
        }
        guard let grade else { return .ungradable }
        // (round 26) "wait gimme another example of change talk first": a request by its noun.
        if asksByANamedRequest(analysis, match, grade) { return isOffer ? .leave : .sideRequest }
        let earnedNothing = grade.covered.isEmpty && grade.misconceptions.isEmpty
        // "lol unrelated but who won the game last night": a question about something the
        // tutor does not teach, asked anywhere in the line, is answered beside the question.
        if match.intent == .outOfScope && match.confidence >= 0.6 && (earnedNothing || earnedByAWordAlone(grade))
            && LineForm.asksSomewhere(analysis)
            && !LineForm.guessesByTone(analysis) && !LineForm.offersAnActionAsAGuess(analysis)
        {
            return isOffer ? .leave : .sideRequest
        }
        // (round 28) "Too easy, give me a harder one after this": a request for another question,
        // never an answer, whatever one word of it the grader reads as an idea ("give").
        // ("Kids play harder for plays they helped draw up, same w clients" is an answer.) On a
        // question only offered, the line is left to the rules before.
        if !isOffer, [.harder, .easier].contains(match.intent), match.confidence >= 0.75,
            earnsNothing(grade) || foundByWordsAlone(grade), LineForm.asksForAnotherQuestion(analysis)
        {
            return .sideRequest
        }
        // (round 28) "Before I continue, might you give a concrete example of validating a
        // client's feelings?", "Could you explain why a say matters? I may be missing something.":
        // a polite request to the tutor, answered beside the question, unless the grader finds
        // an idea in more than one of its words.
        if LineForm.asksPolitely(analysis), asksSomething(match) || match.intent == .example,
            earnsNothing(grade) || foundByWordsAlone(grade)
        {
            return isOffer ? .leave : .sideRequest
        }
        // "Idk what else", "idk im lost": not knowing, whatever "more" or "lost" cues after it.
        // "Ugh idk" too: a sigh before it is no feeling to answer, the learner does not know.
        if grade.verdict == .dontKnow && [.more, .simpler, .feelings].contains(match.intent)
            && (LineForm.opensOnNotKnowing(analysis) || LineForm.endsOnNotKnowing(analysis)
                || LineForm.blanksNow(analysis))
        {
            return .dontKnow(grade)
        }
        // A line that asks by its form ("what's a lapse exactly", "remind me what…", "my
        // client's mom made him come, what do I do") is answered beside the question: never
        // graded, so it is not taken for a first attempt either.
        if LineForm.asks(analysis) && asksSomething(match) { return isOffer ? .leave : .sideRequest }
        // (round 23) "qué es la empatía exactamente?", "cuales son las partes": a line that asks
        // by its form what something is, that the matcher could not place and the grader finds
        // nothing in, is a question beside the open one (answered as out of scope), not a wrong
        // answer that spends an attempt.
        if match.intent == .outOfScope && earnsNothing(grade) && LineForm.asks(analysis) {
            return isOffer ? .leave : .sideRequest
        }
        // "Aren't they the same thing?" or "is it like being friendly?" while a question is
        // open states a claim or a guess: graded.
        if (LineForm.claimsByAsking(analysis) || LineForm.guesses(analysis) || LineForm.guessesByTone(analysis)
            || LineForm.restatesToCheck(analysis) || LineForm.offersAnActionAsAGuess(analysis))
            && !isOffer
        {
            return grade.verdict == .dontKnow ? .dontKnow(grade) : .answer(grade)
        }
        if LineForm.asksToCompare(analysis) && match.intent.isContent && !match.concepts.isEmpty {
            return isOffer ? .leave : .sideRequest
        }
        // "Tell me more about that", "thanks btw this is helping": a request or courtesy to the
        // tutor, opening the line, that the grader reads an idea into by a word alone ("tell"
        // for "a good counselor can tell") or nothing at all.
        if asksTheTutor(analysis, match) && (earnsNothing(grade) || foundByWordsAlone(grade))
            && !LineForm.statesAboutOthers(analysis)
        {
            return isOffer ? .leave : .sideRequest
        }
        // "The one who gets along with the counselor, I'd wager", "no hay confianza with the
        // counselor": a statement the grader credits with an idea in words of its own, that
        // the matcher put out of scope for a word of another field ("wager") or of another
        // language, is an attempt at the question in front of the learner.
        if match.intent == .outOfScope && !isOffer && statesAnIdeaOutOfScope(analysis, grade) {
            return grade.verdict == .dontKnow ? .dontKnow(grade) : .answer(grade)
        }
        let aboutSomethingElse =
            asksAboutAConcept(analysis, match, grade, isOffer: isOffer) || asksForSomethingElse(match, grade)
            || earnsNothing(grade)
        if aboutSomethingElse && pointsElsewhere(analysis, match, isOffer: isOffer, isAttempt: isAttempt) {
            return isOffer ? .leave : .sideRequest
        }
        return grade.verdict == .dontKnow ? .dontKnow(grade) : .answer(grade)
    }

    /// "And 'I've blown it' is that abstinence violation thing, it can tip her into a full
    /// relapse": a statement the grader credits with an idea in words of its own (more than one),
    /// asking nothing, whose hint cue is a word in another sense ("tip her into"), as the matcher
    /// is unsure of. It is an answer, not a request for a hint.
    private static func statesAnIdeaDespiteAHintCue(_ analysis: Analysis, _ match: MatchResult, _ grade: Grade?)
        -> Bool
    {
        guard match.confidence < 0.75, let grade, !grade.covered.isEmpty, grade.misconceptions.isEmpty,
            grade.covered.allSatisfy({ (grade.evidence[$0] ?? "").contains(" ") }),
            !LineForm.asksSomewhere(analysis), !startsWithARequest(analysis),
            analysis.tokens.count >= 6
        else { return false }
        return true
    }

    /// A statement, asking nothing, in which the grader finds an idea of the question (an
    /// expectation or a misconception) in more than one word.
    private static func statesAnIdeaOutOfScope(_ analysis: Analysis, _ grade: Grade) -> Bool {
        guard !LineForm.asksSomewhere(analysis), !analysis.text.contains("?") else { return false }
        return (grade.covered + grade.misconceptions).contains { (grade.evidence[$0] ?? "").contains(" ") }
    }

    /// Whether the match reads the line as a request the tutor can answer: a content
    /// question about a concept, or the conversation's own ("what do you mean").
    private static func asksSomething(_ match: MatchResult) -> Bool {
        if match.intent.isContent { return !match.concepts.isEmpty }
        if match.intent == .goodbye { return false }
        return (match.intent.isConversational || [.quiz, .progress, .topics].contains(match.intent))
            && match.confidence >= 0.5
    }

    /// Whether the line opens with a request to be asked ("quiz me", "test me", "ask me").
    private static func startsWithQuizCue(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.prefix(2).map(\.word)
        guard let first = words.first else { return false }
        return ["quiz", "test", "ask"].contains(first) && (words.count < 2 || words[1] == "me")
    }

    /// "What is empathy?" asked mid-question is a question, not "I don't know"; so is "what
    /// is trust?", though it names an idea of the answer: a question mark after a question
    /// word is a question, unless it is a complete answer or names a misconception.
    private static func asksAboutAConcept(
        _ analysis: Analysis, _ match: MatchResult, _ grade: Grade, isOffer: Bool
    ) -> Bool {
        // "Explain why disclosure can help" asks by its form, however unsure the matcher is
        // of its intent; so does "what exactly does 42 CFR Part 2 cover?", whose cue words
        // split between define and explain.
        let isQuestion =
            looksLikeQuestion(analysis) && !match.concepts.isEmpty && match.intent.isContent
            && (match.confidence >= 0.5 || match.ambiguous.count >= 2 || startsWithARequest(analysis)
                || LineForm.asksWithAnAuxiliary(analysis))
        guard isQuestion else { return false }
        if grade.verdict == .dontKnow { return true }
        // "Could you explain why shame backfires?": put to the tutor by name, a request to
        // explain asks about the idea it names, a misconception included, and claims nothing.
        if grade.verdict != .correct && asksTheTutorToExplain(analysis) { return true }
        guard grade.verdict != .correct && grade.misconceptions.isEmpty else { return false }
        // On a question only offered, "what is empathy" (no question mark) moves on too.
        // "How would you even build trust with him" asks as plainly as a question mark does.
        return (analysis.text.hasSuffix("?") || isOffer) && startsWithQuestionWord(analysis)
            || startsWithARequest(analysis) || LineForm.asksByInversion(analysis)
            || LineForm.asksOfAFrontedTerm(analysis)
    }

    /// "Give me an example of trust", "compare trust and empathy", "tell me about…": a
    /// request, whatever idea of the answer it names.
    private static func startsWithARequest(_ analysis: Analysis) -> Bool {
        if asksTheTutorToGive(analysis) || asksToBeShown(analysis) { return true }
        if LineForm.instructsTheCounselor(analysis) { return false }
        // After a filler ("wait define countertransference", "ok explain that"): the request.
        let words = Array(LineForm.words(analysis).prefix(2))
        guard let first = words.first else { return false }
        // "List the stages real quick", "recap the four kinds": a request verb of the tutor's telling.
        if ["give", "compare", "define", "describe", "explain"].contains(first) || listingVerbs.contains(first) {
            return true
        }

        // "Example of setting goals together?": the noun of the request stands for it.
        if ["example", "examples"].contains(first) && (words.count < 2 || words[1] == "of") { return true }
        return words.count == 2 && ["tell", "show", "can", "could"].contains(first)
            && ["me", "you", "us", "u", "ya"].contains(words[1])
    }

    /// Verbs that ask the tutor to set a topic's parts out: never the start of an answer.
    static let listingVerbs: WordSet = ["list", "summarize", "summarise", "recap", "outline"]

    /// "Can you give example how to ask client about his culture": the tutor asked to give or
    /// show, whatever instruction to the counselor follows.
    private static func asksTheTutorToGive(_ analysis: Analysis) -> Bool {
        let w = LineForm.words(analysis)
        return w.count >= 4 && LineForm.verbAskedOfTheTutor(w).map { ["give", "show"].contains($0) } == true
    }

    /// "May I see an example of raising doubt gently?", "can I have a definition": the learner
    /// asks leave to be shown or given something, in the line's first words.
    private static func asksToBeShown(_ analysis: Analysis) -> Bool {
        let w = LineForm.words(analysis).filter { !["please", "pls", "just"].contains($0) }
        return w.count >= 4 && ["may", "can", "could"].contains(w[0]) && w[1] == "i"
            && ["see", "have", "get", "hear"].contains(w[2])
    }

    /// "Could you explain why…", "can u tell me what…": a modal, the tutor addressed as
    /// "you" and a verb of explaining, in the line's first words.
    private static func asksTheTutorToExplain(_ analysis: Analysis) -> Bool {
        let w = LineForm.words(analysis)
        guard w.count >= 4, let verb = LineForm.verbAskedOfTheTutor(w),
            ["explain", "describe", "tell", "define", "clarify"].contains(verb),
            !LineForm.instructsTheCounselor(analysis)
        else { return false }
        return w[2] != "tell" || ["me", "us"].contains(w[3])
    }

    /// "Quiz me", "how am I doing?", "hello" with nothing of the answer in it.
    private static func asksForSomethingElse(_ match: MatchResult, _ grade: Grade) -> Bool {
        grade.verdict == .dontKnow
            && ([.quiz, .progress, .topics, .greeting, .thanks].contains(match.intent) || match.intent.isConversational)
            && match.confidence >= 0.5 && grade.covered.isEmpty
    }

    /// One idea found by one word alone ("ex" in "the fastest way to get over an ex", beside
    /// the question on the client who reminds you of your ex): too little to make a question
    /// about something else an attempt at the open one.
    private static func earnedByAWordAlone(_ grade: Grade) -> Bool {
        guard grade.misconceptions.isEmpty, grade.covered.count == 1, let id = grade.covered.first else { return false }
        return !(grade.evidence[id] ?? "").contains(" ")
    }

    /// A conversational request put to the tutor first in the line ("tell me more…", "can you
    /// say that simpler"), or thanks opening it ("thanks btw…"), as the matcher is sure of.
    private static func asksTheTutor(_ analysis: Analysis, _ match: MatchResult) -> Bool {
        guard match.confidence >= 0.75 else { return false }
        // "Im confused what u mean by connection": lost in the tutor's words, read so by its form.
        if match.intent == .simpler && match.evidence.contains(Self.saysLostEvidence) { return true }
        if match.intent == .thanks {
            return ["thanks", "thank", "thx", "ty"].contains(analysis.tokens.first?.word ?? "")
        }
        return [.more, .simpler].contains(match.intent) && startsWithARequest(analysis)
    }

    /// Every idea the grade holds was found by one word alone.
    private static func foundByWordsAlone(_ grade: Grade) -> Bool {
        let ids = grade.covered + grade.misconceptions
        return !ids.isEmpty && ids.allSatisfy { !(grade.evidence[$0] ?? " ").contains(" ") }
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
        if !match.intent.isContent && LineForm.statesAboutOthers(analysis) { return false }
        switch match.intent {
        case .quiz, .progress, .topics: return match.confidence >= 0.5
        case .help, .greeting, .thanks: return match.confidence >= 0.5 && !isAttempt
        case .define, .explain, .howTo, .compare, .example:
            return !match.concepts.isEmpty
                && (looksLikeQuestion(analysis) || isOffer && (match.intent != .define || match.confidence >= 0.75))
        // Program code, another language, a line of unknown words: elsewhere even when the
        // grader would take it as a try.
        case .outOfScope: return match.confidence >= 0.9 || match.confidence >= 0.6 && !isAttempt
        case .hint: return false
        // "Tell me more", "simpler", "I'm stressed": about the conversation, never an answer.
        // (round 29) "It probably wouldn't feel very good": a feeling imagined in the scene answers.
        // "I'd tell her, don't you worry…": the learner's reply to the client quoted, an answer.
        case .feelings:
            return match.confidence >= 0.5 && !LineForm.imaginesAFeelingInTheScene(analysis)
                && !LineForm.quotesTheirReply(analysis)
        case .more, .simpler, .harder, .easier, .goodbye, .studyAdvice: return match.confidence >= 0.5
        }
    }

    /// "I already answered that one. skip", "can we skip this?": "skip" ends the line, or
    /// opens it after "let's" or "can we" ("the client skips sessions" is an answer).
    static func asksToSkip(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.map(\.word).filter { $0.contains(where: \.isLetter) }
        guard let i = words.firstIndex(of: "skip") else { return false }
        let tail = words[(i + 1)...].allSatisfy { ["it", "this", "one", "that", "please", "question"].contains($0) }
        return tail || i == 0 || words[..<i].elementsEqual(["let's"]) || words[..<i].elementsEqual(["can", "we"])
    }

    /// A line with no word of two letters or more.
    static func isNoise(_ analysis: Analysis) -> Bool {
        !analysis.tokens.contains { $0.word.filter(\.isLetter).count >= 2 }
    }

    private static func startsWithQuestionWord(_ analysis: Analysis) -> Bool {
        LineForm.questionWords.contains(LineForm.words(analysis).first ?? "")
            || LineForm.questionWords.contains(LineForm.afterAFillerLike(analysis) ?? "")
    }

    private static func looksLikeQuestion(_ analysis: Analysis) -> Bool {
        if analysis.text.hasSuffix("?") || LineForm.asks(analysis) { return true }
        // "Could you give me an example? I learn better with a story": asked in the first
        // sentence, then a word about why.
        if LineForm.firstSentenceAsks(analysis) && startsWithARequest(analysis) { return true }
        // (round 30) "Show me a case where…", "do you have a story of…".
        if LineForm.asksTheTutorByItsOpening(analysis) { return true }
        let first = LineForm.words(analysis).first ?? ""
        // "Like what would that look like tho": a filler "like", then the question word.
        if LineForm.questionWords.contains(LineForm.afterAFillerLike(analysis) ?? "") { return true }
        // "Explain that im not their PO", "tell him it's his choice": what the counselor would
        // say, an answer, not a request to the tutor.
        if ["explain", "tell", "give", "describe", "show"].contains(first) && LineForm.instructsTheCounselor(analysis) {
            return false
        }
        // "When is it ok then", "where would i even start": a question word and an auxiliary.
        let w = LineForm.words(analysis)
        if ["when", "where", "which"].contains(first) && w.count >= 3 && LineForm.auxiliaries.contains(w[1]) {
            return true
        }
        // "Which one is the counselor's and which is the client's": which of two is which.
        if first == "which", w.count >= 3, ["one", "ones"].contains(w[1]),
            LineForm.auxiliaries.contains(w[2]) || LineForm.copulas.contains(w[2])
        {
            return true
        }
        return [
            "what", "why", "how", "define", "explain", "tell", "give", "is", "are", "does", "can", "compare",
            "who", "describe", "example",
        ].contains(first) || listingVerbs.contains(first)
    }

    /// decide for a line while a question is open (`route` made sure it exists).
    func decideOpen(
        _ analysis: Analysis, _ match: MatchResult, _ state: inout TutorState, _ result: inout TurnResult,
        now: String
    ) -> [Move] {
        // "Can we do the card gift question" asks for another question, answer words or not.
        var match = readAsQuizRequest(match, analysis, questionOpen: true)
        // "A different one?", "another one" just after the question was put, with no example
        // asked for since: another question (the question stays open, as with "quiz me"), not
        // another example, and no answer to grade.
        let anotherOne =
            state.open.map { !$0.isOffer && $0.answers == 0 && $0.hints == 0 } ?? false
            && state.lastAnswer?.intent != .example && LineForm.asksForAnotherOne(analysis)
        if anotherOne, match.intent != .quiz {
            var quiz = MatchResult(intent: .quiz, concepts: [], confidence: max(match.confidence, 0.6))
            quiz.evidence = match.evidence + ["form: another one asked just after the question was put → quiz"]
            match = quiz
        }
        // "Can you give me some help?": help with the question in front of the learner, a hint.
        if match.intent == .help && LineForm.asksForHelpWithTheQuestion(analysis) {
            var hint = MatchResult(intent: .hint, concepts: [], confidence: max(match.confidence, 0.6))
            hint.evidence = match.evidence + ["form: help asked with the open question → hint"]
            match = hint
        }
        // "Why is it not a violation? my old boss said…": the doubt is asked in the first
        // sentence; what follows is the learner's reason, whose words may read out of scope.
        if !match.intent.isContent, LineForm.doubtsWhatWasSaid(analysis),
            let first = LineForm.firstSentence(analysis)
        {
            let asked = analyzer.analyze(first)
            let read = resolveFollowUp(matcher.match(asked), asked, state)
            if read.intent.isContent { match = read }
        }
        if let own = inItsOwnSense(match, state) { match = own }
        if match != result.match { result.match = match }
        guard let open = state.open, let q = question(open.id) else {
            state.open = nil
            return decideFree(match, analysis, &state, &result, now: now)
        }
        // "What was the question again?": said again, never explained (that would answer it).
        if LineForm.asksForTheQuestion(analysis) {
            // "Can u repeat the question": the matcher hears "question" as a request for a new
            // one, but the line asks to hear the open one again, as "what was the question" does.
            if ![.simpler, .help].contains(match.intent) {
                var again = MatchResult(intent: .simpler, concepts: [], confidence: match.confidence)
                again.evidence = match.evidence + ["the line asks for the open question again → simpler"]
                result.match = again
            }
            result.openLine = .sideRequest
            state.offeredLastTurn = true
            return [.stillOnQuestion(q.id)]
        }
        // "Not sure what else you're looking for": the question in plainer words, no answer.
        if LineForm.asksWhatTheTutorWants(analysis) || LineForm.asksWhatTheQuestionWants(analysis)
            || LineForm.asksToReaskItOtherwise(analysis) || LineForm.asksWhatToAnswer(analysis),
            !open.isOffer
        {
            var plainer = MatchResult(intent: .simpler, concepts: [], confidence: max(match.confidence, 0.6))
            plainer.evidence = match.evidence + ["form: not knowing what the question asks for → simpler"]
            result.match = plainer
            result.openLine = .sideRequest
            return answerBeside(q, plainer, analysis, &state, &result, now: now)
        }
        // (round 31) "lemin I can't promise her? why not?": the reason for what was said, asked.
        if LineForm.echoesThenAsksWhy(analysis), !open.isOffer {
            var why = MatchResult(intent: .explain, concepts: [practised(q, state)], confidence: 0.7)
            why.evidence =
                match.evidence + ["form: what was said, echoed, then a bare why → explain the open question's concept"]
            result.match = why
            result.openLine = .sideRequest
            return answerBeside(q, why, analysis, &state, &result, now: now)
        }
        // "Can we do the lesson on outside pressure instead": the lesson, which sets its own questions.
        if let moves = askedForALesson(analysis, &state, questionOpen: !open.isOffer) {
            return moves
        }
        // "Is that right?", "am i close", "why is that not complete?": how the answer so far
        // stands; the question stays open. (After a misconception was corrected, "why is that
        // not enough" asks about the correction: the content's reasons, read as asked.)
        let whyMarkedDown = LineForm.asksWhyMarkedDown(analysis) && open.corrected.isEmpty
        if LineForm.asksIfRight(analysis) || whyMarkedDown, !open.isOffer {
            result.openLine = .sideRequest
            state.offeredLastTurn = true
            return [.answerSoFar(question: q.id, covered: open.covered, answered: open.answers > 0), .stillOpen(q.id)]
        }
        // "Hmm, let me think", "one sec": time to think, asked for; nothing is graded.
        if LineForm.thinksAloud(analysis) {
            var waiting = MatchResult(intent: .help, concepts: [], confidence: max(match.confidence, 0.6))
            waiting.evidence = match.evidence + ["form: hesitation or a wish for time while a question is open → help"]
            result.match = waiting
            result.openLine = .sideRequest
            state.waited += 1
            return [state.waited == 1 ? .noTimeLimit(questionOpen: true) : .takeYourTime(state.waited % 2)]
        }
        // "I see", "cool", "fair enough": the reply before taken note of; no answer to grade.
        if LineForm.acknowledges(analysis) {
            var noted = MatchResult(intent: .thanks, concepts: [], confidence: max(match.confidence, 0.6))
            noted.evidence = match.evidence + ["form: an acknowledgement while a question is open → thanks"]
            result.match = noted
            result.openLine = .sideRequest
            return [.thank(questionOpen: true, acknowledges: true), .stillOpen(q.id)]
        }
        // The prompt rung (3) ended on a cloze the reply may complete.
        let cloze = open.rung == 3 ? open.target.flatMap { q.expectation($0)?.prompt } : nil
        // (round 32) Not the graded answers' ideas for a line sure to be one of the conversation's requests.
        let graded = gradeInContext(q, analysis, cloze: cloze, lending: Self.exemplarsMayLend(to: match)).map {
            Self.withoutReferencesBack($0, q, open)
        }
        // (round 30) "My nerves are shot before this exam": how the learner is, not an answer.
        if let feeling = Self.ownStateBesideTheQuestion(match, analysis, graded) {
            match = feeling
            result.match = feeling
        }
        // "Before I continue: how precisely does one…": the line proper follows the preamble.
        let asked =
            LineForm.textAfterPreamble(analysis).map { analyzer.analyze($0) }
            ?? questionAfterAnEmptyLeadIn(analysis, q, cloze: cloze) ?? questionBesideACheck(analysis)
            ?? questionBeforeARemark(analysis, q, cloze: cloze, graded: graded) ?? analysis
        var line = Self.classify(
            asked, match, grade: graded, isOffer: open.isOffer,
            isAttempt: grader.isAttempt(analysis) || talksOfTheScene(analysis, match, q))
        // (round 26) "Which is distinct from endorsing each of her actions.": the rest of the
        // learner's own sentence, an answer over two turns, however it reads on its own.
        if !open.isOffer, let graded, LineForm.continuesTheSentence(asked, afterAnAnswer: open.answers > 0) {
            line = graded.verdict == .dontKnow ? .dontKnow(graded) : .answer(graded)
        }
        // (round 31) "and if he trusts the counselor he'll open up and get stuck in": the answer
        // going on, about someone in the scene, in which the grader finds an idea.
        if !open.isOffer, open.answers > 0, line == .hint || line == .sideRequest, let graded,
            !graded.covered.isEmpty || !graded.misconceptions.isEmpty, LineForm.goesOnStating(analysis)
        {
            line = .answer(graded)
        }
        // ("A different one?" on a question of choices A and B names no choice.)
        if anotherOne { line = .sideRequest }
        // "Nah", "not now", "no thanks": a refusal that says nothing of the answer (a "no" that
        // answers a yes-or-no question covers an idea, and is graded). An offered question is
        // declined and dropped; to a question asked, the learner has no answer to give.
        if LineForm.declines(analysis), graded.map({ $0.covered.isEmpty && $0.misconceptions.isEmpty }) ?? true {
            if open.isOffer {
                result.openLine = .leave
                state.open = nil
                state.offeredLastTurn = true
                return [.offerDeclined]
            }
            line = .dontKnow(Grade(question: q.id, covered: [], misconceptions: [], verdict: .dontKnow))
        }
        // (round 29) "Oh dear, I've quite forgotten which stage is which": not knowing it now.
        if !open.isOffer, line != .hint, line != .skip, LineForm.saysForgotten(analysis),
            graded.map({ $0.covered.isEmpty && $0.misconceptions.isEmpty }) ?? false
        {
            line = .dontKnow(Grade(question: q.id, covered: [], misconceptions: [], verdict: .dontKnow))
        }
        result.openLine = line
        switch line {
        case .skip:
            // "Skip", "I give up": the learner does not know it, so the turn reports a
            // don't-know for the question (nothing covered). It is no evidence: with no graded
            // question it is neither logged as a grade nor traced.
            result.grade = Grade(question: q.id, covered: [], misconceptions: [], verdict: .dontKnow)
            return skip(&state)
        case .hint: return hint(&state, now: now)
        case .ungradable:
            state.offeredLastTurn = true  // nothing is offered over the open question
            return decideFree(match, analysis, &state, &result, now: now)
        case .leave:
            state.open = nil
            let moves = decideFree(match, analysis, &state, &result, now: now)
            return keepingTheOffer(open, q, match, moves, &state) ?? moves
        case .sideRequest:
            // A side request is a request like those the phrasing prior learnt (it does not
            // weigh a line that may be an answer): where its cue words split between two kinds
            // of content question ("what does … cover": define or explain), the prior weighs
            // which one, the concepts kept.
            let weighed = matcher.weighed(match, asked)
            if match.confidence < 0.5, weighed.intent != match.intent, match.intent.isContent,
                weighed.intent.isContent,
                weighed.intent != .compare
            {
                match.intent = weighed.intent
                match.evidence = weighed.evidence
                result.match = match
            }
            // (round 31) Unless it names another topic outright, it is about the open question.
            // (round 32) Or it points back at the question by a pronoun and names no topic outright.
            if let read = inTheQuestionsSense(match, q, state) ?? pointedBackToTheQuestion(match, analysis, q, state) {
                match = read
                result.match = read
            }
            return answerBeside(q, match, analysis, &state, &result, now: now)
        case .dontKnow(let grade):
            countAnswer(q, grade, &state, &result, now: now)
            state.open?.dontKnows += 1
            state.open?.dontKnowsInARow += 1
            if let tries = state.open?.maxTries, let answers = state.open?.answers, answers >= tries {
                return [.wholeAnswer] + close(q, &state, complete: false)
            }
            if let open = state.open, open.dontKnowsInARow >= 2 || open.dontKnows >= Self.dontKnowTurnsMax {
                return giveTheAnswer(q, &state)
            }
            return [.workItOut] + hint(&state, now: now)
        case .answer(let grade):
            countAnswer(q, grade, &state, &result, now: now)
            state.open?.dontKnowsInARow = 0
            return feedback(q, grade, analysis, &state)
        }
    }

    /// "Remind me what the CAT in DARN-CAT denotes" on the change-talk question: the matcher
    /// put the line out of scope for a word of another field beside a term it named, but the
    /// open question is on that term's concept and the term is one of two words or more, its
    /// own ("darn cat"), so here it is said in its own sense. (A one-word term is not: "should
    /// i switch my car insurance" on the insurance question is about cars.) The line asks what
    /// its own cue words asked (a content question) about that concept; nil when the line is
    /// no such case or cued no content question (then it may be an answer, graded as it is).
    func inItsOwnSense(_ match: MatchResult, _ state: TutorState) -> MatchResult? {
        guard match.intent == .outOfScope, match.basis.otherSense, let open = state.open,
            let q = question(open.id),
            match.basis.named.contains(where: { $0.concept == q.concept && $0.stems.count >= 2 }),
            let asked = match.basis.cued.first(where: \.isContent)
        else { return nil }
        var read = MatchResult(intent: asked, concepts: [q.concept], confidence: 0.6)
        read.evidence = match.evidence + ["a term of the open question's concept, in its own sense → \(q.concept)"]
        read.basis = match.basis
        read.basis.otherSense = false
        return read
    }

    /// "Before I go on, what does the term denote?": the question after a lead-in that says
    /// nothing of the answer (graded alone it earns nothing, and it tells nothing of the
    /// client or anyone else), analysed; nil for any other line.
    func questionAfterAnEmptyLeadIn(_ analysis: Analysis, _ q: Question, cloze: String?) -> Analysis? {
        guard
            let (leadIn, question) = LineForm.questionAfterLeadIn(analysis)
                ?? LineForm.unmarkedQuestionAfterLeadIn(analysis, asks: { LineForm.asks(analyzer.analyze($0)) })
        else { return nil }
        let head = analyzer.analyze(leadIn)
        if LineForm.statesAboutOthers(head) || head.tokens.contains(where: { LineForm.others.contains($0.word) }) {
            return nil
        }
        // "So insurance vs the alliance, which matters more?": a lead-in that names what the
        // question is about is part of it.
        let named = matcher.match(head)
        if !named.concepts.isEmpty && !named.basis.guessed { return nil }
        if let grade = gradeInContext(q, head, cloze: cloze), !grade.covered.isEmpty || !grade.misconceptions.isEmpty {
            return nil
        }
        return analyzer.analyze(question)
    }

    /// "I love handmade cards tho" on the question of a client's hand-made card: a line the
    /// matcher put out of scope for a word's sense in another field (greeting cards) while
    /// the open question's own scene says that word is about the question: a try at it.
    private func talksOfTheScene(_ analysis: Analysis, _ match: MatchResult, _ q: Question) -> Bool {
        match.intent == .outOfScope && match.basis.otherSense && questionFinder.sharesScene(analysis, question: q.id)
    }

    /// "Because B reflects what the client is feeling" after "B is empathy": an idea already
    /// covered, found again by one word alone ("B") while the line says something new about
    /// it, is the learner pointing back at what they said, not saying it again; the line is
    /// graded for what it adds.
    static func withoutReferencesBack(_ grade: Grade, _ q: Question, _ open: OpenQuestion) -> Grade {
        let said = Set(open.covered + open.asserted)
        let referred = grade.covered.filter { id in
            said.contains(id) && !(grade.evidence[id] ?? " ").contains(" ")
        }
        guard !referred.isEmpty, grade.covered.contains(where: { !said.contains($0) }) else { return grade }
        var kept = grade
        kept.covered = grade.covered.filter { !referred.contains($0) }
        for id in referred { kept.evidence[id] = nil }
        if kept.verdict == .correct && kept.covered.count < q.needed { kept.verdict = .partial }
        return kept
    }

    /// Answers a side request; the question stays open (no other is offered over it) and is
    /// re-offered briefly.
    func answerBeside(
        _ q: Question, _ match: MatchResult, _ analysis: Analysis, _ state: inout TutorState,
        _ result: inout TurnResult, now: String
    ) -> [Move] {
        state.offeredLastTurn = true
        let moves = decideFree(match, analysis, &state, &result, now: now)
        state.offeredLastTurn = true
        return moves + reoffer(q, after: moves, state)
    }

    /// At most this many learner turns of don't-know on one question.
    static let dontKnowTurnsMax = 4

    /// The open question said once after a side request: not when the reply already shows
    /// it ("quiz me" while it is open) or says it will wait (goodbye).
    private func reoffer(_ q: Question, after moves: [Move], _ state: TutorState) -> [Move] {
        guard state.open?.id == q.id else { return [] }
        let shown = moves.contains {
            switch $0 {
            case .stillOnQuestion, .farewell: return true
            default: return false
            }
        }
        return shown ? [] : [.stillOpen(q.id)]
    }

    /// Two "I don't know"s in a row (or four in all): the whole answer, briefly, the question
    /// closed, and an easier one on the same concept offered.
    private func giveTheAnswer(_ q: Question, _ state: inout TutorState) -> [Move] {
        var moves: [Move] = [.dontKnowAgain] + close(q, &state, complete: false)
        if state.lesson == nil, let easier = easierQuestion(than: q, state) {
            open(easier, &state, offer: true)
            moves.append(.offerEasier(question: easier.id))
        }
        return moves
    }

    /// Notes a graded answer: the grade for the log, the first attempt as evidence, one more answer.
    private func countAnswer(
        _ q: Question, _ grade: Grade, _ state: inout TutorState, _ result: inout TurnResult, now: String
    ) {
        let concept = practised(q, state)
        result.grade = grade
        result.gradedQuestion = q.id
        result.gradedConcept = concept
        // Noted before the evidence, in the order the log has them (the grade, then mastery).
        if !grade.misconceptions.isEmpty {
            state.misconceptions.show(grade.misconceptions, question: q.id, concept: concept, time: now)
        }
        // Only the first attempt is evidence; a right one given after a hint earns half credit.
        if let open = state.open, open.answers == 0 {
            state.firstAnswers[concept, default: Tally()].total += 1
            if grade.verdict == .correct { state.firstAnswers[concept, default: Tally()].right += 1 }
            recordEvidence(
                [concept], correct: grade.verdict == .correct, credit: open.hinted ? Self.hintedCredit : 1, now: now,
                &state, &result)
            state.reviewConcept(concept, verdict: grade.verdict, now: now, fsrs: scheduler.fsrs)
        }
        state.open?.answers += 1
    }

    /// Feedback on an answer: a correction per new misconception first (never praise over a
    /// misconception), then what is new, then the question closes, or the ladder climbs for
    /// what is missing. An answer that held a misconception is never called complete.
    private func feedback(_ q: Question, _ grade: Grade, _ analysis: Analysis, _ state: inout TutorState) -> [Move] {
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
        // An answer that only says again what was credited before (earlier in the question, or
        // before a resumed session) is right, and told so; one that earned nothing here but says
        // a true idea of a related question is told that rather than "not quite yet".
        let again = grade.covered.filter { open.covered.contains($0) && q.expectation($0) != nil }
        if grade.misconceptions.isEmpty && newlyCovered.isEmpty && !again.isEmpty {
            moves.append(.alreadySaid(question: q.id, expectations: again))
        } else if grade.misconceptions.isEmpty && newlyCovered.isEmpty {
            moves.append(
                trueElsewhere(q, analysis).map { .trueElsewhere(question: $0.question, expectation: $0.expectation) }
                    ?? .notYet(firstAnswer: open.answers == 1))
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
