extension Matcher {
    /// "whats discord, isnt that just resistance with a new name", "what is X, is it the same
    /// thing as Y": a line that opens asking what one thing is and then offers the learner's own
    /// guess in a tag question ("is it…", "isn't that…") asks for the definition; the guess is
    /// what the learner has so far, not a second thing to set beside it. The cues already read
    /// such a line as a define when it names one concept (`chooseIntent`), but the phrasing
    /// prior, which weighs "the same thing as" and "just" as a comparison's words, would
    /// overrule it. Lines that open on a difference ("whats the difference between X and Y,
    /// is it…") are left to the comparison.
    static func offersAGuess(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first?.word else { return false }
        let start: Int
        if ["whats", "what's", "wats", "wuts"].contains(first) {
            start = 1
        } else if first == "what", tokens.count > 1, ["is", "s", "'s"].contains(tokens[1].word) {
            start = 2
        } else {
            return false
        }
        for i in start..<tokens.count {
            let word = tokens[i].word
            if Self.differenceWords.contains(word) { return false }
            if i >= start + 1, i + 1 < tokens.count, Self.tagVerbs.contains(word),
                ["it", "that"].contains(tokens[i + 1].word)
            {
                return true
            }
        }
        return false
    }

    /// "reflective listening, is that just parroting?": one thing glossed with "just" and no
    /// word that sets two things apart or side by side. With one concept named, the cues read
    /// it as a define (`chooseIntent`); the prior, which takes "just" for a comparison's word,
    /// may not turn it into one.
    static func glossesByJust(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.word == "just" }
            && !tokens.contains { differenceWords.contains($0.word) || likenessWords.contains($0.word) }
    }

    /// Words that set two things side by side.
    static let likenessWords: WordSet = [
        "same", "similar", "alike", "compare", "compared", "comparison", "than", "equal", "equivalent",
    ]

    /// Words that make the opener itself a comparison.
    static let differenceWords: WordSet = [
        "difference", "differences", "diff", "differ", "different", "vs", "versus", "between",
    ]
    /// The verbs of a tag question that offers a guess.
    static let tagVerbs: WordSet = ["is", "isnt", "isn't", "isn"]
}
