import Foundation

/// Forms that decide what a line is while a question is open, read from the order of its
/// words: a question asked with no question mark ("how would you even build trust with
/// someone like that"), a question put anywhere in a line about something else ("lol
/// unrelated but who won the game"), a statement said with a question mark ("hes angry?"),
/// and a line that opens on "I don't know" ("idk what else").
extension LineForm {
    /// Words that stand as the subject of an inverted question ("how would *you*…").
    static let askedSubjects: WordSet = [
        "you", "u", "ya", "i", "we", "they", "he", "she", "someone", "somebody", "people", "one", "counselors",
    ]

    /// "How would you even build trust with someone like that", "why would they reach out
    /// tho", "how do i get him to talk": a question word, an auxiliary and its subject,
    /// inverted as only a question puts them, with no clause after (a rhetorical "why would
    /// they stay if they don't trust you" argues an answer).
    static func asksByInversion(_ analysis: Analysis) -> Bool {
        let w = words(analysis)
        // "Why cant u just promise it": a negated auxiliary typed whole inverts as well.
        guard w.count >= 3, questionWords.contains(w[0]),
            auxiliaries.contains(w[1]) || fusedNegations.contains(w[1]) || w[1] == "might",
            askedSubjects.contains(w[2])
        else { return false }
        return !hasClause(w.dropFirst(3))
    }

    /// "Who won the game last night", "do you know a good insurance plan", "whats the
    /// fastest way to…": a question put anywhere in the line, after whatever opens it ("lol
    /// unrelated but…"): a question word before an auxiliary or a verb of its own ("who
    /// won"), or an auxiliary before "you" or "I".
    /// Words for a person that a relative "who" tells more of ("the one who …", "someone
    /// who …", "a client who …").
    static let relativeHeads: WordSet = [
        "one", "ones", "person", "people", "someone", "somebody", "anyone", "anybody", "everyone", "those",
        "client", "clients", "counselor", "counselors", "guy", "man", "woman", "kid", "friend", "patient",
    ]

    static func asksSomewhere(_ analysis: Analysis) -> Bool {
        if analysis.text.hasSuffix("?") { return true }
        let w = words(analysis)
        return w.indices.dropLast().contains { i in
            let next = w[i + 1]
            if questionWords.contains(w[i]) {
                // "the one who gets along with the counselor": a relative "who" after the
                // person it tells of asks nothing.
                if w[i] == "who" && i > 0 && relativeHeads.contains(w[i - 1]) { return false }
                // (round 23) "by the way how much does a wedding band cost": "how much", "how
                // long", "how many" before the auxiliary ask as "how does" does.
                if w[i] == "how", ["much", "many", "long", "often", "far"].contains(next), i + 2 < w.count {
                    return auxiliaries.contains(w[i + 2])
                }
                return auxiliaries.contains(next) || w[i] == "who"
            }
            return auxiliaries.contains(w[i]) && ["you", "u", "i"].contains(next)
        }
    }

    /// "Hes angry?", "something about helping?", "they feel safe?": a statement said with a
    /// question mark offers a guess at the open question. A term alone ("transference?") or
    /// a question word or auxiliary first asks instead.
    static func guessesByTone(_ analysis: Analysis) -> Bool {
        guard analysis.text.hasSuffix("?") else { return false }
        let w = words(analysis)
        let subjects: Set<String> = [
            "he", "hes", "she", "shes", "they", "theyre", "theyd", "it", "its", "thats", "something", "smth",
            "because", "bc", "cuz", "cause", "to", "by",
            // "Be supportive?", "just listen?": what to do, offered as a guess.
            "be", "just",
        ]
        guard w.count >= 2, let first = w.first, subjects.contains(first) else { return false }
        return !w.contains(where: questionWords.contains)
    }

    /// "What exactly does 42 CFR Part 2 cover?", "why would that matter?": a question word,
    /// then an auxiliary (at most one word between, "exactly"), and a question mark to end:
    /// asked, whichever content question the matcher hesitates between.
    static func asksWithAnAuxiliary(_ analysis: Analysis) -> Bool {
        guard analysis.text.hasSuffix("?") else { return false }
        let w = words(analysis)
        guard w.count >= 3, questionWords.contains(w[0]) else { return false }
        return auxiliaries.contains(w[1]) || auxiliaries.contains(w[2]) && !questionWords.contains(w[1])
    }

    /// "Idk what else", "idk im lost", "no idea tbh": the line opens on the learner not
    /// knowing, and the rest asks nothing of the tutor ("idk what you mean" asks what the
    /// tutor's words mean; "idk, tell me more" asks for more).
    static func opensOnNotKnowing(_ analysis: Analysis) -> Bool {
        // A sigh or a filler first ("ugh idk", "hmm no idea") still opens on not knowing.
        let fillers: Set<String> = ["ugh", "uh", "um", "umm", "hmm", "hm", "ah", "oof", "welp", "sorry", "honestly"]
        let w = Array(words(analysis).drop(while: fillers.contains))
        let openings = notKnowing + [["im", "not", "sure"], ["i'm", "not", "sure"], ["i", "have", "no", "idea"]]
        guard let opening = openings.first(where: { w.starts(with: $0) }) else { return false }
        let asking: Set<String> = [
            "mean", "means", "meant", "asking", "question", "tell", "give", "show", "explain", "say", "can", "could",
            "example",
        ]
        return !w.dropFirst(opening.count).contains(where: asking.contains)
    }

    /// "Hmm i totally blanked, dunno", "honestly, no idea": the line closes on the learner not
    /// knowing, in a clause of its own.
    static func endsOnNotKnowing(_ analysis: Analysis) -> Bool {
        guard let last = analysis.tokens.last else { return false }
        let clause = analysis.tokens.filter { $0.clause == last.clause && $0.sentence == last.sentence }.map(\.word)
        guard clause.count < analysis.tokens.count else { return false }
        let fillers: Set<String> = ["tbh", "honestly", "sorry", "lol", "really", "though", "tho"]
        let core = Array(clause.drop(while: fillers.contains).reversed().drop(while: fillers.contains).reversed())
        return notKnowing.contains(core)
    }

    /// Ways of saying one does not know, which a line may open or close on.
    static let notKnowing: [[String]] = [
        ["idk"], ["dunno"], ["no", "idea"], ["no", "clue"], ["not", "sure"], ["i", "dont", "know"],
        ["i", "don't", "know"], ["i", "do", "not", "know"],
    ]

    /// "I'm feeling rather slow today", "forgive me, I'm rather slow with all this", "this is
    /// so much to remember", "i feel a bit less panicky": the learner telling how they are
    /// (feeling, or a state of their own mind), with no one of the counseling in the line and
    /// no question asked.
    static func tellsOwnState(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word)
        guard !w.contains(where: others.contains), !isQuestionShaped(analysis) else { return false }
        for i in w.indices {
            // "I'm feeling …", "i feel …" (not "i feel like he…", "i feel that…").
            let verb: String? =
                ["im", "i'm"].contains(w[i]) ? "am" : w[i] == "i" && i + 1 < w.count ? w[i + 1] : nil
            if let verb, ["feel", "am"].contains(verb) {
                var j = w[i] == "i" ? i + 2 : i + 1
                let start = j
                let feels = verb == "feel" || j < w.count && w[j] == "feeling"
                if verb == "am" && j < w.count && w[j] == "feeling" { j += 1 }
                while j < w.count, stateSofteners.contains(w[j]) { j += 1 }
                guard j < w.count else { continue }
                if ownStates.contains(w[j]) { return true }
                if feels && !stateClauseOpeners.contains(w[j]) && j > start { return true }
            }
            // "This is so much to remember", "too much to take in".
            if ["much", "lot"].contains(w[i]), i >= 1, ["so", "too", "a", "such"].contains(w[i - 1]),
                i + 2 < w.count, w[i + 1] == "to",
                ["remember", "learn", "take", "memorize", "memorise", "study", "know", "keep"].contains(w[i + 2])
            {
                return true
            }
        }
        return false
    }

    /// Words that soften a state told ("rather slow", "a bit less panicky").
    static let stateSofteners: WordSet = [
        "so", "really", "rather", "a", "bit", "little", "kinda", "kind", "of", "pretty", "quite", "very", "too",
        "totally", "just", "less", "more", "still", "getting", "super", "such",
    ]
    /// States of the learner's own mind, told after "I'm" or "I feel".
    static let ownStates: WordSet = [
        "slow", "dumb", "stupid", "tired", "exhausted", "drained", "panicky", "hopeless", "useless", "rusty",
        "nervous", "anxious", "stressed", "worried", "scared", "overwhelmed", "frustrated", "discouraged",
        "confident", "calmer", "calm", "better", "good", "great", "fine", "okay", "ok", "relieved", "proud",
    ]
    /// Words after "I feel" that open a clause about something else ("i feel like he…").
    static let stateClauseOpeners: WordSet = [
        "like", "that", "as", "the", "it", "this", "they", "he", "she", "you", "we", "if", "when", "not",
        "sure", "going", "gonna", "an", "to", "in", "on", "about",
    ]

    /// "I feel a bit less panicky", "i'm feeling better": the state told is a better one (a
    /// good word, or "less" before a bad one), with no negation.
    static func soundsUpbeat(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word)
        let negators: Set<String> = ["not", "never", "no", "dont", "cant", "isnt", "nothing"]
        guard !w.contains(where: negators.contains), !analysis.tokens.contains(where: \.isNegator) else {
            return false
        }
        let good: Set<String> = ["good", "great", "better", "confident", "calm", "calmer", "relieved", "proud", "fine"]
        return w.contains(where: good.contains) || w.contains("less")
    }
}

extension LineForm {
    /// Words that cannot open a fronted term: a subject, or a verb that makes it a clause
    /// ("he's angry, why?" offers a guess).
    static let notATerm: WordSet = [
        "i", "you", "u", "he", "she", "they", "we", "it", "its", "hes", "shes", "theyre", "thats", "is", "are", "was",
        "be", "do", "does", "did", "would", "could", "should", "can", "will", "not", "no", "because", "bc", "cuz",
    ]

    /// "Mutual respect, what means this exactly?", "wait, trust - what it mean in therapy?": a
    /// term named first (a word to four, no subject or verb) and set off by a comma or a dash,
    /// then a question about it. The term is what is asked about, not offered as an answer.
    static func asksOfAFrontedTerm(_ analysis: Analysis) -> Bool {
        let text = analysis.text.lowercased()
        guard text.hasSuffix("?") else { return false }
        // The learner's own "wait," or "ok so" before the term is no part of it.
        var parts = text.components(separatedBy: CharacterSet(charactersIn: ",:;\u{2013}\u{2014}"))
            .flatMap { $0.components(separatedBy: " - ") }
            .map { $0.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init) }
            .filter { !$0.isEmpty }
        while let first = parts.first, first.allSatisfy(openers.contains) { parts.removeFirst() }
        guard parts.count >= 2, let term = parts.first,
            let asked = parts.dropFirst().first?.first?.split(separator: "'").first.map(String.init),
            (1...4).contains(term.count), questionWords.contains(asked) || fusedQuestionWords[asked] != nil,
            !term.contains(where: { notATerm.contains($0) || questionWords.contains($0) })
        else { return false }
        return true
    }

    /// The word after a filler "like" that opens the line ("like what would that look like").
    static func afterAFillerLike(_ analysis: Analysis) -> String? {
        let w = words(analysis).drop { openers.contains($0) }
        guard w.first == "like", w.count >= 2 else { return nil }
        return w[w.index(after: w.startIndex)]
    }
}
