/// Negation scope: which words a negator or a rejection reaches.
extension Analyzer {
    func matches(_ phrase: [String], _ tokens: [Token], at i: Int) -> Bool {
        guard i + phrase.count <= tokens.count else { return false }
        for (k, w) in phrase.enumerated() where tokens[i + k].word != w || tokens[i + k].clause != tokens[i].clause {
            return false
        }
        return true
    }

    /// Personal pronouns that start a clause as its subject.
    static let subjects: WordSet = ["i", "you", "he", "she", "we", "they"]
    /// Verbs that open a negative question ("isn't it", "don't they").
    static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "do", "does", "did", "would", "could", "will", "can", "should",
    ]
    /// Words after which a clause-opening "no" is an answer, not a negation.
    static let interjectionFollowers: WordSet = subjects.union(["it", "that", "this", "there"])

    /// Marks negators, and negates content words from a negator to the end of its clause.
    /// A clause made only of a rejection ("that's a myth") negates the clause before it.
    func markNegation(_ tokens: inout [Token]) {
        var negating = false
        var clause = -1
        var i = 0
        var clauseHasContent: [Int: Bool] = [:]
        var clauseIsRejection: [Int: Bool] = [:]
        var negatedSinceNegator = false
        // Whether the open negation is "without" followed by words (see below).
        var withoutObject = false
        while i < tokens.count {
            if tokens[i].clause != clause {
                clause = tokens[i].clause
                negating = false
            }
            let role = roles[tokens[i].word] ?? []
            if role.contains(.clauseBreak) {
                negating = false
                i += 1
                continue
            }
            if opensWithoutNegating(tokens, at: i) {
                tokens[i].isStop = true
                i += 1
                continue
            }
            let (phraseLength, rejection) = negator(tokens, at: i, role: role)
            if phraseLength > 0 {
                for k in i..<(i + phraseLength) {
                    tokens[k].isNegator = true
                    tokens[k].isStop = true
                }
                if rejection { clauseIsRejection[clause] = true }
                // "I don't think he lacks commitment": a second negation in the same scope
                // cancels the first.
                negating = !negating || rejection
                negatedSinceNegator = false
                withoutObject = false
                if phraseLength == 1, tokens[i].word == "without", i + 1 < tokens.count,
                    !Self.subjects.contains(tokens[i + 1].word)
                {
                    withoutObject = true
                }
                i += phraseLength
                continue
            }
            // "Without that connection he will drop out": a new subject after the negated
            // words starts a new clause, even with no comma.
            // So does one after "without" and a pronoun ("without that he'll drop out").
            if negating && (negatedSinceNegator || withoutObject) && Self.subjects.contains(tokens[i].word) {
                negating = false
            }
            if negating && tokens[i].isContent {
                tokens[i].negated = true
                negatedSinceNegator = true
            }
            if tokens[i].isContent { clauseHasContent[clause] = true }
            i += 1
        }
        // "Confronting them breaks their denial, that's a myth."
        for (c, isRejection) in clauseIsRejection where isRejection && clauseHasContent[c] != true && c > 0 {
            for k in tokens.indices where tokens[k].clause == c - 1 && tokens[k].isContent {
                tokens[k].negated.toggle()
            }
        }
    }

    /// Whether the negative word at `i` opens its clause or sentence without negating what
    /// follows: "No, it doesn't matter" (a "no" before a subject answers the question) and
    /// "Isn't it the code of ethics?" (a negative question asks for agreement).
    func opensWithoutNegating(_ tokens: [Token], at i: Int) -> Bool {
        guard i + 1 < tokens.count, Self.interjectionFollowers.contains(tokens[i + 1].word) else { return false }
        if tokens[i].word == "no", i == 0 || tokens[i - 1].clause != tokens[i].clause {
            return true
        }
        if tokens[i].word == "not" && i >= 1 && Self.auxiliaries.contains(tokens[i - 1].word)
            && (i == 1 || tokens[i - 2].sentence != tokens[i].sentence)
        {
            return true
        }
        // "Isnt that just paperwork", "doesnt it make them defensive": typed whole, with no
        // apostrophe, a negated auxiliary that opens the sentence asks to agree, as "isn't it" does.
        return Self.fusedNegativeAuxiliaries.contains(tokens[i].word)
            && (i == 0 || tokens[i - 1].sentence != tokens[i].sentence)
            && ["it", "that", "this", "there"].contains(tokens[i + 1].word)
    }

    /// Negated auxiliaries typed as one word.
    static let fusedNegativeAuxiliaries: WordSet = [
        "isnt", "arent", "wasnt", "werent", "doesnt", "dont", "didnt", "wouldnt", "couldnt", "wont", "cant",
    ]

    /// The negator or rejection that starts at `i`: its length in words (0: none) and whether
    /// it rejects ("that's a myth") rather than negates. Phrases first, negators before
    /// rejections.
    func negator(_ tokens: [Token], at i: Int, role: Roles) -> (length: Int, rejection: Bool) {
        if role.contains(.phraseHead) {
            if let p = negatorPhrases.first(where: { matches($0, tokens, at: i) }) { return (p.count, false) }
            if let p = rejectionPhrases.first(where: { matches($0, tokens, at: i) }) { return (p.count, true) }
        }
        if role.contains(.negator) { return (1, false) }
        if role.contains(.rejection) { return (1, true) }
        return (0, false)
    }
}
