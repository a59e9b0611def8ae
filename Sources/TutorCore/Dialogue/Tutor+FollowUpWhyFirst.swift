/// Round 29: "why I need to know which stage the client is in?", "why should I care what
/// the client calls it" after a topic: a line that opens by asking why, with a question word
/// of a clause it holds ("which stage", "what the client calls it") later in the same
/// clause. The later word cues a definition ("which stage" asks what a stage is) and may
/// outweigh the "why" the line is asked by; the line asks why, so it is explained. Only in
/// one clause: "why do they say discord now, what does it mean" asks a second question.
extension Tutor {
    /// Words that may come before the "why" that opens the question.
    static let leadBeforeWhy: WordSet = ["and", "so", "but", "ok", "okay", "then", "well", "wait", "hmm", "um"]
    /// Question words that open a clause held inside the question.
    static let embeddedQuestionWords: WordSet = ["which", "what", "who", "whom", "whose"]

    /// The reading explained when a "why" opens the line and only a question word inside its
    /// own clause cued a definition; nil otherwise.
    func whyBeforeAnEmbeddedQuestion(_ resolved: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult?
    {
        guard resolved.intent == .define, state.open == nil, !resolved.concepts.isEmpty,
            let w = analysis.tokens.firstIndex(where: { !Self.leadBeforeWhy.contains($0.word) }),
            analysis.tokens[w].word == "why"
        else { return nil }
        let clause = analysis.tokens[w].clause
        let sentence = analysis.tokens[w].sentence
        guard
            analysis.tokens[(w + 1)...].contains(where: {
                $0.clause == clause && $0.sentence == sentence && Self.embeddedQuestionWords.contains($0.word)
            })
        else { return nil }
        var read = resolved
        read.intent = .explain
        read.evidence.append("follow-up: a why that opens the line, a question word inside it → explain")
        return read
    }
}
