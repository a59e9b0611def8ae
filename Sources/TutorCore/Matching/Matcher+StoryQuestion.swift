/// A case told first and the question asked last ("my client skipped two sessions after i
/// pushed her. did i mess something up", "… the wife trusts me more than the husband.
/// problem?", "… he refuses to go, what can she do"): the question at the end says what
/// the learner wants; the story's own words ("keeps", "more than", "wants") ask nothing.
extension Matcher {
    /// Words that judge a case when they make up a short question of their own ("problem?",
    /// "good idea or no?", "red flag?"): whether it is good or bad, and why.
    static let judgingWords: WordSet = [
        "problem", "problems", "problematic", "issue", "issues", "idea", "ok", "okay", "fine", "normal", "bad",
        "wrong", "mistake", "concern", "concerning", "worry", "worrying", "flag", "progress", "healthy", "unhealthy",
        "appropriate", "inappropriate", "ethical", "unethical", "good", "risky", "harmful", "helpful", "worth",
        "doomed", "sign",
    ]

    /// Words of being or feeling: "should i be worried" asks whether, not what to do.
    static let stateWords: WordSet = ["be", "feel", "worry", "worried", "concerned"]

    /// Words that open a question.
    static let questionWords: WordSet = [
        "what", "whats", "what's", "how", "where", "why", "which", "who", "when", "wat", "wut",
    ]
    /// Who can act in a case ("what can she do"), and what acting is.
    static let actors: WordSet = ["i", "we", "she", "he", "they", "you", "u"]
    static let acting: WordSet = [
        "do", "say", "start", "handle", "respond", "fix", "approach", "tell", "advise", "suggest", "recommend",
    ]

    /// Where the question that ends a told case starts ("my client grew up in foster care…
    /// first session he barely looks at me. | how do i earn his trust"), or nil when the line
    /// is not a case followed by a question of its own.
    func askedClauseStart(_ tokens: [Token]) -> Int? {
        guard let last = tokens.last, let s = tokens.firstIndex(where: { $0.clause == last.clause }), s >= 4,
            tokens.count - s <= tuning.storyQuestionWords,
            Self.questionWords.contains(tokens[s].word) || Self.auxiliaries.contains(tokens[s].word)
        else { return nil }
        let story = tokens[..<s]
        let told =
            story.contains { Self.thirdParties.contains($0.word) || Self.storyPeople.contains($0.word) }
            && story.count { $0.isContent } >= 3
        return told ? s : nil
    }

    /// The intent of the question that ends a told case, or nil when the line is not a case
    /// followed by a question of its own.
    func storyQuestion(_ tokens: [Token], cues: CueScan) -> Intent? {
        guard let last = tokens.last, let s = tokens.firstIndex(where: { $0.clause == last.clause }), s >= 4
        else { return nil }
        let story = tokens[..<s]
        let told =
            story.contains { Self.thirdParties.contains($0.word) || Self.storyPeople.contains($0.word) }
            && story.count { $0.isContent } >= 3
        let question = Array(tokens[s...])
        guard told, question.count <= tuning.storyQuestionWords else { return nil }
        let words = question.map(\.word)
        // "…, without making the shame worse", "like step by step": the line goes on, and
        // asks nothing of its own.
        let asking = Self.questionWords.contains(words[0]) || Self.auxiliaries.contains(words[0])
        // A cue wholly inside the question says what it asks ("how do i fix it"); one of
        // comparison leaves it to the whole line ("X vs Y, which is worse for retention").
        let asked = cues.hits.filter { $0.span.lowerBound >= s && $0.intent.isContent }
        if asked.contains(where: { $0.intent == .compare }) { return nil }
        let best = asking ? asked.max { ($0.score, -$0.order) < ($1.score, -$1.order) } : nil
        // A weak cue word ("do" in "where do i even start") says less than the question's shape.
        if let best, best.intent != .define, best.score >= tuning.storyQuestionCueMin { return best.intent }
        // "…gets mad when i don't approve. is there a name for this": a long, strong cue that
        // asks for the name of what was told is a definition asked, not a yes-or-no question.
        if let best, best.intent == .define, best.score >= tuning.reservingCueWeight, best.span.count >= 3 {
            return .define
        }
        // "…, how?", "what can she do", "where do i even start with him": the way to act.
        if words == ["how"] { return .howTo }
        if ["what", "how", "where"].contains(words[0]), words.contains(where: Self.actors.contains),
            words.contains(where: Self.acting.contains)
        {
            return .howTo
        }
        // "do i just send them", "should i tell him": whether to do something is what to do
        // (not "did i mess up", nor "should i be worried", which ask why or whether).
        if ["do", "should", "can", "shall"].contains(words[0]), words.count >= 3, ["i", "we"].contains(words[1]),
            !words.contains(where: Self.stateWords.contains)
        {
            return .howTo
        }
        if let best, best.intent != .define { return best.intent }
        // "… he relapsed. done. right?": a tag that asks whether the case holds.
        if closesOnATag(tokens) { return .explain }
        // "did i mess something up", "is that an issue", "does stuff like that matter".
        if Self.auxiliaries.contains(words[0]), words.count >= 2 { return .explain }
        guard asking || question.count <= 4 else { return nil }
        // "problem?", "good idea or no?"
        let content = question.filter { $0.isContent && !["or", "no", "nah", "not"].contains($0.word) }
        if content.count <= 3, content.contains(where: { Self.judgingWords.contains($0.word) }) { return .explain }
        return best?.intent
    }
}
