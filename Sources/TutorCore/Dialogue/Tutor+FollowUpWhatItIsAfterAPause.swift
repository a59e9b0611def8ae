/// Round 33: a pause or an apology, then "what is it" of the topic ("wait what even is it
/// exactly", "sorry, what is it in the first place", "hang on, whats the second one again",
/// "wait what does it stand for") after the tutor spoke of a concept. "Wait what" and "sorry
/// what" cue being lost on their own ("wait what?", "sorry what do you mean"); followed by a
/// question whose subject is the topic's pronoun, or one of the concepts just set side by
/// side, the opener only pauses, and the question asks what that concept is. The topic is the
/// follow-up's to fill (`resolveFollowUp`). The subject must be "it", "this" or "the … one":
/// "what is that" may ask to hear the last turn again, and "what are you asking" is lost.
extension Tutor {
    /// Words that may close the question without asking anything more of the concept ("what is
    /// it exactly", "whats the first one again", "what is it in the first place", "in one
    /// sentence"); a word asking for plainer words ("in simple words") is none of them.
    static let whatItIsClosers: WordSet = [
        "even", "exactly", "again", "first", "actually", "really", "in", "the", "place", "one", "sentence", "now",
        "then", "anyway", "precisely", "originally", "itself", "though", "tho", "agian",
    ]

    /// Adverbs that may stand anywhere in the question ("what even is it", "what exactly is it").
    static let questionAdverbs: WordSet = ["even", "exactly", "actually", "really", "precisely"]

    /// Ordinal words that point at one of the concepts just set side by side.
    static let ordinalPointers: WordSet = ["first", "second", "other", "last", "former", "latter", "1st", "2nd"]

    /// A define follow-up when a lost-cued line is a pause, then "what is it" of the topic; nil
    /// otherwise.
    func whatTheTopicIsAfterAPause(_ match: MatchResult, _ analysis: Analysis) -> MatchResult? {
        guard match.intent == .simpler, match.concepts.isEmpty, analysis.tokens.count >= 3 else { return nil }
        // The line opens on a pause or an apology ("wait", "sorry", "hang on"), set aside.
        let typed = analysis.tokens.map(\.word)
        guard LineForm.openers.contains(typed[0]) || LineForm.pauses.contains(where: { typed.starts(with: $0) })
        else { return nil }
        let w = LineForm.words(analysis)
        guard w.count >= 3, w[0] == "what" else { return nil }
        // "What even is it", "what exactly is it": an adverb of the question is no part of it.
        var rest = w.dropFirst().filter { !Self.questionAdverbs.contains($0) }[...]
        if let verb = rest.first, LineForm.copulas.contains(verb) || verb == "'s" {
            rest = rest.dropFirst()
            guard let subject = rest.first else { return nil }
            if ["it", "this"].contains(subject) {
                rest = rest.dropFirst()
            } else if subject == "the", rest.count >= 3, Self.ordinalPointers.contains(rest.dropFirst().first ?? ""),
                rest.dropFirst(2).first == "one"
            {
                rest = rest.dropFirst(3)
            } else {
                return nil
            }
        } else if rest.first == "does", rest.dropFirst().first == "it",
            let verb = rest.dropFirst(2).first, verb.hasPrefix("stand")
        {
            // "What does it stand for": what the acronym's letters name.
            rest = rest.dropFirst(4)
        } else {
            return nil
        }
        guard rest.allSatisfy(Self.whatItIsClosers.contains) else { return nil }
        var read = MatchResult(intent: .define, concepts: [], confidence: 0.7, isFollowUp: true)
        read.evidence = match.evidence + ["form: a pause, then what the topic is → define"]
        read.basis = match.basis
        return read
    }
}
