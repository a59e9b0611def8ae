/// Round 20's readings of a line's intent: the learner's own gloss of a term ("does X simply
/// mean Y?", "X?? like Y?"), a story closed by a tag that asks whether ("…, he relapsed. done.
/// right?"), "whats" typed as one word, hedges about the learner's own question ("if it isn't
/// too basic a question"), "do something different", a comparative in a story ("grinding
/// harder") and the learner's own mastery asked about by topic.
extension Matcher {
    /// "whats going on with him", "wats a paraphrase": "what's" typed as one word is "what
    /// is", as the tokenizer reads it with its apostrophe. A cue of three words or more and no
    /// gap that opens on "what is" ("what is going on with") reads the fused form too
    /// (`matchCue`); the
    /// line's words stay as typed, so nothing else that reads them changes, and "what is"
    /// alone weighs no more than the "what" typed did.
    static let fusedWhat: WordSet = ["whats", "wats", "wuts", "whatz"]

    /// Words after a term that open the learner's own guess at what it is ("retention?? like
    /// keeping people…", "reflective listening. just repeating back…").
    static let glossOpeners: WordSet = ["like", "just", "basically", "meaning", "aka", "so", "simply"]

    /// Adverbs that may sit between a term and "mean" ("does congruence simply mean…").
    static let glossAdverbs: WordSet = [
        "simply", "just", "really", "basically", "actually", "only", "literally", "kinda", "essentially",
    ]

    /// Words that tell a consequence for someone, not a gloss: "does UPR mean I have to…",
    /// "does a weak alliance mean he's gonna drop out".
    static let consequenceWords: WordSet = [
        "i", "me", "my", "i'm", "im", "we", "you", "u", "he", "she", "they", "he's", "she's", "hes", "shes",
        "have", "has", "gotta", "must", "should", "will", "gonna", "need", "cant", "can't", "can",
    ]

    /// Whether the line names one concept and offers the learner's own guess at what it is,
    /// with no question of its own: "does congruence simply mean being genuine?", "retention??
    /// like keeping people in the program?", "is unconditional positive regard something like
    /// grace…", "reflective listening. just repeating back what they say?". It asks what the
    /// concept is: a definition. A guess that names another concept is a comparison, and one
    /// that tells what follows for someone ("does UPR mean I have to approve…") asks why.
    func glossesATerm(_ ranked: [Int], terms: TermScan, tokens: [Token]) -> Bool {
        guard let c = ranked.first, let own = terms.tokens[c], let first = own.min() else { return false }
        // Where the term that opens the concept's naming ends (a later word of the gloss may be
        // one of its terms too: "congruence … genuine", "sympathy … pity").
        var last = first
        while own.contains(last + 1) { last += 1 }
        // Another concept named by a term of its own is a second thing to set beside it.
        if terms.tokens.contains(where: { $0.key != c && !$0.value.isEmpty }) { return false }
        let words = tokens.map(\.word)
        if words.contains(where: { Self.differenceWords.contains($0) || Self.likenessWords.contains($0) }) {
            return false
        }
        // "does congruence simply mean being genuine?": an auxiliary, the term, "mean", a gloss.
        if let m = words.firstIndex(where: { ["mean", "means"].contains($0) }), m > last, first >= 1,
            ["does", "do", "doe"].contains(words[first - 1]) || first >= 2 && words[first - 2] == "does",
            (last + 1..<m).allSatisfy({ Self.glossAdverbs.contains(words[$0]) }),
            m + 1 < tokens.count,
            !words[(m + 1)...].contains(where: { Self.consequenceWords.contains($0) })
        {
            return true
        }
        // "is unconditional positive regard something like grace": "is", the term, a likeness.
        if words[0] == "is", first <= 2, last + 2 < tokens.count,
            ["something", "kind", "sort", "kinda", "sorta"].contains(words[last + 1]),
            ["like", "of"].contains(words[last + 2])
        {
            return true
        }
        // "retention?? like keepin people in the program?": the term alone, then a guess that
        // asks nothing of its own.
        let opening = tokens.indices.filter { tokens[$0].clause == tokens[0].clause }
        let small: Set<String> = ["the", "a", "an", "so", "ok", "okay", "um", "uh", "hmm", "and", "but", "then"]
        guard first == opening.first(where: { tokens[$0].isContent }),
            opening.allSatisfy({ own.contains($0) || small.contains(words[$0]) }),
            let s = opening.last.map({ $0 + 1 }), s < tokens.count, Self.glossOpeners.contains(words[s])
        else { return false }
        // A question word opening a clause of its own, or a request anywhere, asks something
        // else ("…, so why does it matter", "…, give me an example").
        let requesting: Set<String> = [
            "give", "gimme", "show", "example", "examples", "explain", "quiz", "why", "how", "when", "where", "which",
        ]
        return !tokens.indices.contains { i in
            i >= s
                && (requesting.contains(words[i])
                    || Self.questionWords.contains(words[i]) && (i == s || tokens[i - 1].clause != tokens[i].clause))
        }
    }

    /// Tags that ask whether what was just said holds ("…, he relapsed. done. right?").
    static let confirmationTags: WordSet = ["right", "correct", "true", "innit", "yeah", "yes", "eh", "ya"]

    /// Whether the line's last clause, after a case told, is a tag that asks whether it holds
    /// ("right?", "correct?", "true or not?"): it asks why it is so or not.
    func closesOnATag(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last, let s = tokens.firstIndex(where: { $0.clause == last.clause }), s >= 4,
            tokens.count - s <= 3
        else { return false }
        let tag = tokens[s...].map(\.word)
        let filler: Set<String> = ["or", "not", "no", "is", "it", "that", "so", "am", "i"]
        guard tag.contains(where: Self.confirmationTags.contains),
            tag.allSatisfy({ Self.confirmationTags.contains($0) || filler.contains($0) })
        else { return false }
        let story = tokens[..<s]
        return story.contains { Self.thirdParties.contains($0.word) || Self.storyPeople.contains($0.word) }
            && story.count { $0.isContent } >= 3
    }

    /// "if it isn't too basic a question", "or is that too simple a question?", "sorry if this
    /// is a dumb question": the learner judging their own question. Its words ask for no
    /// harder item, no quiz and no comparison: the clauses that hold it (their indices).
    static func hedgesOnOwnQuestion(_ tokens: [Token]) -> Set<Int> {
        let judging = ownQuestionJudging
        var clauses: Set<Int> = []
        for i in tokens.indices where ["question", "q", "qs"].contains(tokens[i].word) {
            let before = tokens[..<i].suffix(4).filter { $0.clause == tokens[i].clause }
            guard before.contains(where: { judging.contains($0.word) }) else { continue }
            // The learner's own: "if it/this/that is…", "is that…", "sorry if…".
            let clause = tokens.filter { $0.clause == tokens[i].clause }.map(\.word)
            if clause.contains(where: { ["if", "that", "this", "it", "sorry", "maybe", "probably"].contains($0) }) {
                clauses.insert(tokens[i].clause)
            }
        }
        return clauses
    }
    private static let ownQuestionJudging: WordSet = [
        "too", "dumb", "stupid", "silly", "basic", "simple", "obvious", "easy", "naive", "elementary",
    ]

    /// "what do I do different", "should I say something different": "different" after a verb
    /// of doing, or after "something", tells how to act otherwise; it sets nothing side by side
    /// ("how's it different" still compares).
    static func doneDifferently(_ tokens: [Token], at i: Int) -> Bool {
        guard ["different", "differently"].contains(tokens[i].word), i > 0 else { return false }
        let before: Set<String> = [
            "do", "doing", "did", "say", "act", "try", "handle", "approach", "something", "anything", "nothing",
        ]
        return before.contains(tokens[i - 1].word)
    }

    /// "shame us into grinding harder", "work harder": "harder" or "easier" after a verb is how
    /// someone acts, not a request for a harder or easier question.
    static func comparesAnAct(_ tokens: [Token], at i: Int) -> Bool {
        guard ["harder", "easier"].contains(tokens[i].word), i > 0 else { return false }
        let verbs: Set<String> = [
            "work", "works", "worked", "try", "tries", "tried", "push", "pushes", "pushed", "train", "trains",
            "trained", "grind", "grinds", "fight", "fights", "study", "studies",
        ]
        let prior = tokens[i - 1].word
        return verbs.contains(prior) || prior.hasSuffix("ing") && prior.count >= 5
    }

    /// "what topics have I already mastered", "which topics did I already master": the
    /// learner's own mastery, asked through the topics, asks for progress.
    static func asksOwnMasteryByTopic(_ tokens: [Token]) -> Bool {
        let words = tokens.map(\.word)
        let done =
            words.contains("already")
            || zip(words, words.dropFirst()).contains { a, b in
                (["have", "did"].contains(a) && b == "i") || (a == "i" && ["have", "already"].contains(b))
            }
        return done && words.contains { ["i", "me", "my"].contains($0) }
    }
}
