/// (round 23) "ok dumb q but wat even is a working alliance", "quick question: what is
/// immediacy", "another silly question, why does rapport matter": the learner announces the
/// question they are about to ask. "Question" there names their own question, not one they want
/// to be asked, so it is no quiz request; the question that follows says what the line asks.
extension Matcher {
    /// Words that announce one's own question ("quick q", "dumb question").
    static let questionPrefaceWords: WordSet = [
        "quick", "dumb", "stupid", "silly", "random", "basic", "simple", "small", "noob", "newbie", "naive",
        "honest", "weird", "odd", "quik", "dum",
    ]
    /// What may come before the announcement at the line's start ("ok", "so", "sorry, another").
    private static let prefaceOpeners: WordSet = [
        "ok", "okay", "so", "hey", "hi", "um", "umm", "sorry", "just", "a", "an", "another", "one", "real",
        "really", "kinda", "super", "possibly", "probably", "maybe", "very",
    ]
    /// What may stand between the announcement and the question ("dumb q but what…", "quick
    /// question for you: is…").
    private static let prefaceBridges: WordSet = [
        "but", "though", "tho", "here", "so", "then", "for", "you", "u", "ya", "ok", "okay", "again", "lol",
    ]

    /// The positions of "question" ("q", "qs") that announce the learner's own question at the
    /// line's start, a question word or auxiliary following within a few words.
    static func announcedOwnQuestion(_ tokens: [Token]) -> Set<Int> {
        var found: Set<Int> = []
        for i in tokens.indices.prefix(6) where ["question", "q", "qs", "qn"].contains(tokens[i].word) {
            guard i > 0, questionPrefaceWords.contains(tokens[i - 1].word),
                tokens[..<(i - 1)].allSatisfy({ prefaceOpeners.contains($0.word) })
            else { continue }
            var j = i + 1
            while j < tokens.count, j <= i + 3, prefaceBridges.contains(tokens[j].word) { j += 1 }
            guard j < tokens.count else { continue }
            let w = tokens[j].word
            if questionWords.contains(w) || auxiliaries.contains(w) || ["whats", "what's", "wats"].contains(w) {
                found.insert(i)
            }
        }
        return found
    }
}

/// (round 23) "Immediacy keeps appearing on my flashcards; what does it mean", "I saw
/// 'discord' in my flashcards": the learner's own study material, said as where they met a
/// term, is the place of the question, not a request to be quizzed or for study advice.
extension Matcher {
    /// Study material a learner keeps (`flashcards` is a cue of quizzing and of study advice).
    static let ownStudyMaterial: WordSet = ["flashcard", "flashcards", "flash", "cards", "notecards"]

    /// Whether the word at `i` is the learner's study material after "on my", "in my", "from
    /// my" ("on my flashcards"): where something was met.
    static func studyMaterialAsPlace(_ tokens: [Token], at i: Int) -> Bool {
        guard ownStudyMaterial.contains(tokens[i].word), i >= 2, ["my", "our", "the"].contains(tokens[i - 1].word)
        else { return false }
        return ["on", "in", "from", "across", "through"].contains(tokens[i - 2].word)
    }
}
