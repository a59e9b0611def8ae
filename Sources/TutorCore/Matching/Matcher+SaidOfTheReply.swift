extension Matcher {
    /// "thank you kindly, that was genuinely helpful": a concept named only inside the clauses
    /// of the thanks, where a word of thanks is said and no question asked, is a word of the
    /// praise ("genuinely"), not a topic. ("thanks, what is trust?" asks in a clause of its own.)
    func namedOnlyInThanks(_ ranked: [Int], terms: TermScan, tokens: [Token]) -> Bool {
        // A clause that holds a word of thanks, or judges the reply ("that was genuinely clear").
        let thanking = Set(
            tokens.indices.filter { i in
                (cueIndex[tokens[i].stem] ?? []).contains { cues[$0].intent == .thanks && cues[$0].stems.count == 1 }
                    || Self.judgesTheReply(tokens, i)
            }.map { tokens[$0].clause })
        // A word only of thanks ("thank you", "cheers"), not one a request for help shares ("help").
        let thanked = tokens.contains { t in
            let hits = cueIndex[t.stem] ?? []
            return hits.contains { cues[$0].intent == .thanks && cues[$0].stems.count == 1 }
                && !hits.contains { cues[$0].intent == .help }
        }
        guard thanked else { return false }
        // A clause that opens on an auxiliary ("does that help them stay") asks whether.
        let asking = Set(
            tokens.indices.filter { i in
                Self.thanksQuestionWords.contains(tokens[i].word)
                    || Self.auxiliaries.contains(tokens[i].word) && (i == 0 || tokens[i - 1].clause != tokens[i].clause)
            }.map { tokens[$0].clause })
        return ranked.allSatisfy { c in
            let own = Set(terms.tokens[c] ?? []).union(terms.toldAt[c] ?? [])
            return !own.isEmpty
                && own.allSatisfy { thanking.contains(tokens[$0].clause) && !asking.contains(tokens[$0].clause) }
        }
    }

    /// "that was…", "this is…", "thats…" opening a clause: a judgement of what was just said.
    static func judgesTheReply(_ tokens: [Token], _ i: Int) -> Bool {
        guard i == 0 || tokens[i - 1].clause != tokens[i].clause else { return false }
        if ["thats", "that's"].contains(tokens[i].typed) { return true }
        return ["that", "this", "it"].contains(tokens[i].word) && i + 1 < tokens.count
            && ["was", "is", "s", "were"].contains(tokens[i + 1].word) && tokens[i + 1].clause == tokens[i].clause
    }

    /// Words that ask, whatever else a clause says.
    static let thanksQuestionWords: WordSet = [
        "what", "whats", "how", "hows", "why", "when", "who", "which", "where", "explain", "define", "describe",
        "example", "mean", "means", "tell", "difference",
    ]

    /// "that resolves my confusion", "this cleared up my confusion": a word of confusion after a
    /// verb that ended it, in its clause, says the confusion is gone; it asks for nothing simpler.
    /// (A request to end it, "can you clear up my confusion", uses the verb's bare form.)
    static func confusionEnded(_ cue: Cue, _ tokens: [Token], end: Int) -> Bool {
        guard cue.intent == .simpler,
            let k = (0..<end).last(where: { tokens[$0].word.hasPrefix("confus") })
        else { return false }
        return tokens[..<k].contains { $0.clause == tokens[k].clause && endingVerbs.contains($0.word) }
    }

    /// Finite forms of verbs that end a confusion.
    static let endingVerbs: WordSet = [
        "resolves", "resolved", "clears", "cleared", "fixed", "fixes", "solved", "solves", "ended", "ends", "sorted",
        "clarified", "clarifies", "settled", "settles", "removed", "cured",
    ]

    /// "the English is too hard for me", "these words are too difficult": too hard said of the
    /// wording asks for plainer words, not for an easier question.
    static func hardWording(_ cue: Cue, _ tokens: [Token], at i: Int) -> Bool {
        guard cue.intent == .easier else { return false }
        return tokens[..<i].contains { $0.clause == tokens[i].clause && wordingNouns.contains($0.word) }
    }

    /// Nouns of the wording of a reply, not of a question's difficulty.
    static let wordingNouns: WordSet = [
        "english", "words", "wording", "language", "vocabulary", "vocab", "explanation", "explanations", "jargon",
        "sentences", "sentence", "reading", "text",
    ]

    /// "what time does the last ferry leave", "what time is mass on sunday", "do you know what
    /// time the dmv closes": the hour of something asked is an everyday question, out of scope
    /// unless a concept is named by a term of its own at least as strong as a two-word one.
    func asksTheHour(_ ranking: Ranking, _ tokens: [Token]) -> Bool {
        let hour = tokens.indices.contains { i in
            tokens[i].word == "what" && i + 2 < tokens.count && tokens[i + 1].word == "time"
                && tokens[i + 1].clause == tokens[i].clause && Self.hourFollowers.contains(tokens[i + 2].word)
        }
        guard hour else { return false }
        return ranking.viaFallback || ranking.concepts.allSatisfy { (ranking.scores[$0] ?? 0) < tuning.hourNamedMin }
    }

    /// Words after "what time" that ask for an hour ("what time does…", "what time the…"), not
    /// for a moment of the work ("what time of the session", "what time should I…").
    static let hourFollowers: WordSet = ["does", "do", "did", "is", "are", "the", "will", "was"]
}

extension Matcher {
    /// Whether a request of the conversation's own ("dumb it down for me") is asked by cues strong
    /// enough that a guess from the concepts' whole text, made of the rest of the line ("i manage a
    /// bowling alley"), names nothing: the words tell about the learner, not a subject.
    func strongRequest(_ intent: Intent, cues: CueScan) -> Bool {
        guard Self.requests.contains(intent) || intent == .progress else { return false }
        return cues.hits.filter { $0.intent == intent }.map(\.score).reduce(0, +) >= tuning.strongRequestMin
    }
}
