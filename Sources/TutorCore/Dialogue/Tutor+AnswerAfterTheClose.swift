/// (round 30) A learner who has not finished answering goes on after the tutor closed the
/// question with a complete answer ("any 2 of these"): "drug treatment records get extra federal
/// protection", "Reflect his frustration and emphasize that the decisions remain his", "don't
/// push a plan on him yet, get him on your side first", "Though I suspect the payers are the real
/// reason for the forms", often after a side request in between. The late-addition forms
/// (`addsOn`: "and …", a subject first, an instruction with someone in it) missed these: a
/// noun subject, an instruction to the counselor with no pronoun, a negated instruction read as
/// a question ("do not …"), a feeling word that is someone else's ("his frustration"), a hedged
/// quote of the learner's reply ending on a question mark. Read by shape instead: a statement
/// (no question word, not put as a question unless it is a hedged guess, not a request to the
/// tutor, not the learner speaking of their own study or feelings) in which the grader finds an
/// idea of the question just closed is more of the answer.
extension Tutor {
    /// Whether the line has the shape of more of an answer after the close: checked before
    /// the line is graded.
    static func mayAnswerAfterTheClose(_ analysis: Analysis, _ match: MatchResult) -> Bool {
        let w = LineForm.words(analysis).filter { $0.contains(where: \.isLetter) }
        guard w.count >= 3, let first = w.first else { return false }
        // Asked, not stated: a question word opening its clause (round 32: one inside a
        // statement, "saying what he did", asks nothing), or put as a question.
        if LineForm.questionWordOpensItsClause(analysis, askingWords) || LineForm.asks(analysis) { return false }
        // (round 32) "Doesn't mean I approve", "isnt about money": a negated auxiliary first and
        // no question mark states (or claims), its subject left out, as "don't push" instructs.
        let negatedInstruction =
            first == "dont" || first == "do" && w[1] == "not"
            || !analysis.text.hasSuffix("?")
                && (LineForm.fusedNegations.contains(first) || LineForm.auxiliaries.contains(first) && w[1] == "not")
        if LineForm.isQuestionShapedByWords(analysis) && !negatedInstruction { return false }
        if analysis.text.hasSuffix("?") && !guessesAloud(analysis) && !LineForm.guesses(analysis) { return false }
        // Put to the tutor: "tell me…", "can you…", "another example", "let me…".
        if requestOpeners.contains(first) || w.count >= 2 && ["me", "us"].contains(w[1]) { return false }
        if LineForm.asksPolitely(analysis) { return false }
        // The conversation's own requests, as the matcher is sure of them; a feeling or a
        // word of study only when the learner speaks of themselves ("his frustration" is the
        // client's).
        switch match.intent {
        case .feelings, .studyAdvice, .progress:
            return !LineForm.speaksOfThemselves(analysis) || match.confidence < 0.5
        case .quiz, .hint, .more, .simpler, .harder, .easier, .goodbye, .topics, .help, .thanks, .greeting:
            return match.confidence < 0.5
        case .compare:
            // "lapse versus relapse": two topics set side by side ask for the comparison.
            return !w.contains { ["versus", "vs", "v"].contains($0) }
        case .define, .explain, .howTo, .example, .outOfScope:
            return true
        }
    }

    /// Words that ask, wherever they are in the line.
    static let askingWords: WordSet = ["what", "why", "how", "which", "who", "whats", "hows", "whys"]

    /// First words of a request to the tutor.
    static let requestOpeners: WordSet = [
        "can", "could", "would", "will", "may", "might", "please", "pls", "plz", "tell", "give", "show", "explain",
        "define", "describe", "compare", "clarify", "remind", "teach", "example", "another", "more", "again",
        "repeat", "quiz", "test", "ask", "hint", "help", "gimme", "lemme", "next", "skip", "continue", "thanks",
        "thank", "list", "summarize", "summarise", "recap",
    ]
}
