/// Round 27's readings of a line that equates two things it names and asks whether it holds
/// ("alliance just means following the ethics code right", "the alliance is basically the
/// same as what I have with my doctor, no?", "empathy is just sympathy, yeah?"), and of a case
/// told with no question at all ("client yells at me like I'm his father, he never met me").
extension Matcher {
    /// Words that set one thing equal to another ("is", "means", "the same", "igual").
    static let equatingWords: WordSet = [
        "is", "are", "means", "mean", "meaning", "same", "equal", "equals", "igual", "identical", "basically",
        "just", "simply", "essentially", "=",
    ]

    /// Words that relate two things without equating them: "trust is part of the alliance",
    /// "the alliance is needed for compliance", "is it more central than…".
    static let relatingWords: WordSet = [
        "part", "piece", "component", "element", "key", "central", "core", "heart", "needed", "need", "needs",
        "require", "requires", "help", "helps", "build", "builds", "lead", "leads", "cause", "causes", "predict",
        "predicts", "affect", "affects", "inside", "within", "than", "more", "less", "better", "worse", "because",
        "why", "how", "from", "of", "into", "before", "after", "without", "not", "isn't", "isnt",
    ]

    /// Tags that close a line asking whether what it says holds. "no" and "yes" count only as
    /// their own clause ("…, no?"); the others anywhere at the end ("… the ethics code right").
    static let closingTags: WordSet = ["right", "correct", "innit", "eh", "yeah", "true", "verdad", "ne", "nee"]
    static let clausedTags: WordSet = ["no", "yes", "ya", "si", "sí", "non", "nein", "ja", "ok", "okay"]

    /// Whether the line names two concepts, sets the second equal to the first with a word of
    /// equating between them and no word that relates them otherwise, and closes on a tag that
    /// asks whether it holds: the learner offers the two as one and asks, which is a
    /// comparison (the common misconception that the alliance *is* the code of ethics, or the
    /// doctor's bond).
    func equatesTwoNamed(_ ranked: [Int], terms: TermScan, tokens: [Token]) -> Bool {
        guard ranked.count >= 2, tokens.count >= 4, let last = tokens.last else { return false }
        let tagged =
            Self.closingTags.contains(last.word)
            || Self.clausedTags.contains(last.word) && tokens[tokens.count - 2].clause != last.clause
        guard tagged else { return false }
        let spans = ranked.prefix(2).compactMap { c in terms.tokens[c].flatMap { t in t.min().map { ($0, t.max()!) } } }
        guard spans.count == 2 else { return false }
        let (first, second) = spans[0].0 < spans[1].0 ? (spans[0], spans[1]) : (spans[1], spans[0])
        guard first.1 < second.0, second.0 - first.1 <= 10 else { return false }
        let between = tokens[(first.1 + 1)..<second.0]
        guard between.contains(where: { Self.equatingWords.contains($0.word) }),
            !between.contains(where: { Self.relatingWords.contains($0.word) || $0.negated })
        else { return false }
        // The two sides lie in one sentence: a tag after a second sentence asks of that one.
        return tokens[first.0].sentence == tokens[second.1].sentence
    }

    /// A case told with no word that asks anything ("he says he wants to cut down for his kids
    /// but the bottle is the only thing that lets him sleep"): the learner wants to know what
    /// is going on there, not a definition of the concept the case is one of.
    func toldWithoutAQuestion(_ intents: IntentScores, terms: TermScan) -> Bool {
        intents.scores.isEmpty && !terms.storied.isEmpty
    }

    /// Words that open the topic of a hint ("a hint on the family one", "a nudge about when
    /// they get mad").
    static let hintTopicOpeners: WordSet = ["on", "about", "for", "regarding", "re", "with"]

    /// Whether a hint request says what it is about after a word that opens a topic ("a hint
    /// about the judge one"): a guess from the concepts' whole text then reads that topic. A
    /// hint asked with no topic ("give me small hint please", "could you nudge me in the right
    /// direction") is about the open question, and such a guess names nothing of it.
    static func namesAHintTopic(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { i in
            hintTopicOpeners.contains(tokens[i].word)
                && tokens[(i + 1)...].prefix(3).contains { $0.isContent && $0.known }
        }
    }
}
