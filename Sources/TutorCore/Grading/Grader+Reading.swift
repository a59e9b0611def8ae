/// Words the grader reads by their part in the sentence, where the lexicon gives one reading
/// for all: a judging "ok" is "fine", "right away" is a time, and "own" said of goals ("they
/// own them", "the goals are their own", "it's theirs") is ownership, while "their own needs"
/// only stresses whose needs.
extension Grader {
    /// Words after which "own" is a verb: its subject or an auxiliary.
    static let ownerWords: WordSet = [
        "i", "you", "we", "they", "he", "she", "to", "will", "would", "really", "actually", "truly", "fully", "then",
    ]
    /// Nouns after which "own" is a verb unless a noun follows: "the client owns the goals",
    /// not "the clients own needs" (an apostrophe left out).
    static let ownerNouns: WordSet = ["client", "clients", "patient", "patients", "person", "people"]
    static let possessives: WordSet = ["their", "your", "his", "her", "my", "our"]
    static let predicateVerbs: WordSet = [
        "are", "is", "feel", "feels", "be", "were", "was", "become", "seem", "seems", "felt",
    ]
    static let ownPronouns: WordSet = ["theirs", "yours", "mine", "ours"]
    static let seeForms: WordSet = ["see", "sees", "saw", "seeing"]
    static let mirrorForms: WordSet = ["mirror", "mirrors", "mirroring", "mirrored"]
    static let ownAdverbs: WordSet = ["truly", "really", "actually", "fully", "all", "now", "totally"]
    /// Words that may follow a predicate "his" or "hers" in its clause ("they're his now").
    static let afterOwner: WordSet = ownAdverbs.union(["too", "anyway", "then", "so"])
    /// Words between a verb and "like theirs" ("feels more like theirs", "seems a lot like theirs").
    static let likenessWords: WordSet = ["more", "much", "lot", "a", "way", "really", "just", "so"]

    /// Words of sufficiency that, before a noun or "of", only say how much of it.
    static let quantityWords: WordSet = ["enough", "plenty", "sufficient", "adequate"]
    /// Copulas, after which a word of sufficiency before a noun is still the judgement.
    static let judgementCopulas: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "s", "seems", "feels",
    ]

    /// Token `i` of `tokens` as the grader reads it.
    func reread(_ tokens: [Token], _ i: Int) -> Token {
        var t = tokens[i]
        if saysFine(tokens, i) {
            t.isStop = false
            t.stem = fine
            t.negated = fineIsNegated(tokens, i)
        } else if t.word == "away", i > 0, ["right", "straight"].contains(tokens[i - 1].word) {
            t.isStop = true
        } else if t.typed == "everything", i >= 2, tokens[i - 1].isNegator,
            ["is", "s", "was", "are"].contains(tokens[i - 2].typed)
        {
            // "Money isn't everything": a worth denied, which dismisses its subject, not a claim about money.
            t.isStop = false
            t.negated = true
            t.stem = analyzer.stem("important")
        } else if Self.mirrorForms.contains(t.word),
            tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: { $0.word == "back" && $0.clause == t.clause })
        {
            // "Mirror both halves back to him" says them back: it reflects (not "it mirrors the empathy").
            t.isStop = false
            t.stem = analyzer.stem("reflect")
        } else if Self.seeForms.contains(t.word), t.negated,
            tokens[(i + 1)..<min(tokens.count, i + 5)].contains(where: {
                $0.clause == t.clause && classes[$0.stem] == classes[analyzer.stem("worse")]
            })
        {
            // "Counselors don't see decline", "does not always see him getting worse": not noticing it.
            t.isStop = false
            t.stem = analyzer.stem("notice")
        } else if t.word == "lives", i > 0, Self.possessives.contains(tokens[i - 1].word) {
            // "The goals fit their lives": the plural of "life", not the verb ("where the client lives").
            t.isStop = false
            t.stem = analyzer.stem("life")
        } else if Self.quantityWords.contains(t.word), i + 1 < tokens.count, tokens[i + 1].clause == t.clause,
            tokens[i + 1].word == "of" || tokens[i + 1].isContent,
            i == 0 || tokens[i - 1].clause != t.clause || !Self.judgementCopulas.contains(tokens[i - 1].typed)
        {
            // (round 25) "Enough family pressure", "plenty of pressure": an amount of a thing,
            // not the judgement "the pressure is enough". After a copula the judgement stands:
            // "the pressure is enough motivation", "is plenty of reason".
            t.isStop = true
        } else if ownsSomething(tokens, i) {
            t.isStop = false
            t.stem = ownership
        }
        return t
    }

    /// Whether token `i` says that someone owns something.
    func ownsSomething(_ tokens: [Token], _ i: Int) -> Bool {
        let w = tokens[i].word
        // (round 24) "his" and "hers" said as the predicate ("he feels they are his"): "his"
        // only where no noun follows it in its clause ("his goals" only says whose).
        let predicateHis =
            (w == "hers" || w == "his")
            && (i + 1 == tokens.count || tokens[i + 1].clause != tokens[i].clause
                || Self.afterOwner.contains(tokens[i + 1].word))
        if Self.ownPronouns.contains(w) || predicateHis {
            // "The goals are truly theirs": an adverb may stand between; so may a likeness
            // ("it feels more like theirs").
            var j = i > 1 && Self.ownAdverbs.contains(tokens[i - 1].word) ? i - 2 : i - 1
            if j >= 1, tokens[j].word == "like", tokens[j].clause == tokens[i].clause {
                j -= 1
                while j >= 1, i - j <= 4, Self.likenessWords.contains(tokens[j].word) { j -= 1 }
            }
            return j >= 0 && Self.predicateVerbs.contains(tokens[j].word)
        }
        guard ["own", "owns", "owned"].contains(w), i > 0 else { return false }
        let before = tokens[i - 1].word
        if Self.ownerWords.contains(before) { return true }
        let objectFollows = i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause && tokens[i + 1].isContent
        // ("The client owns goals he helped make": "owns" and "owned" are the verb whatever
        // follows; only a bare "own" may be a possessive with its apostrophe left out.)
        if Self.ownerNouns.contains(before) { return !objectFollows || ["owns", "owned"].contains(tokens[i].typed) }
        return Self.possessives.contains(before) && i > 1 && Self.predicateVerbs.contains(tokens[i - 2].word)
            && (i + 1 == tokens.count || tokens[i + 1].clause != tokens[i].clause || tokens[i + 1].isStop)
    }
}
