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
                // "When they're wrong", "if he is wrong": said of a person, or in a condition,
                // it judges no claim before it.
                if rejection, !judgesAPerson(tokens, at: i) { clauseIsRejection[clause] = true }
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
            // But not a relative clause of a thing denied ("not a course you finish", "rather than
            // a skill you master"): its verb is denied with it.
            if negating && (negatedSinceNegator || withoutObject) && Self.subjects.contains(tokens[i].word)
                && (withoutObject || !deniedThingBefore(tokens, i))
            {
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

    /// Whether a thing named with "a" or "an" (and a word before it at most) ends just before
    /// `i`: "a course | you finish", "a one-time box | you tick".
    func deniedThingBefore(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 2, tokens[i - 1].clause == tokens[i].clause, tokens[i - 1].isContent else { return false }
        for k in [i - 2, i - 3] where k >= 0 && tokens[k].clause == tokens[i].clause {
            if ["a", "an"].contains(tokens[k].word) { return true }
            guard tokens[k].isContent else { return false }
        }
        return false
    }

    /// Whether the rejection at `i` is said of a person or inside a condition ("when they are
    /// wrong, confront them", "if she's wrong"): a word of them earlier in its clause.
    /// And what one would show or tell someone ("show him it is wrong", "tell her that's wrong"):
    /// a verb of telling, and its person, just before its clause.
    func judgesAPerson(_ tokens: [Token], at i: Int) -> Bool {
        var j = i - 1
        while j >= 0, tokens[j].clause == tokens[i].clause {
            if Self.judgedPersons.contains(tokens[j].word) || Self.tellingVerbs.contains(tokens[j].word) { return true }
            j -= 1
        }
        return Self.toldToSomeone(tokens, clauseStart: j + 1)
    }
    /// Whether the clause starting at `start` is what a verb of telling just before it tells
    /// ("show him | it is wrong", "tell them | that's a myth"), in the same sentence.
    public static func toldToSomeone(_ tokens: [Token], clauseStart start: Int) -> Bool {
        guard start > 0, tokens[start - 1].sentence == tokens[start].sentence else { return false }
        var k = start - 1
        if toldPersons.contains(tokens[k].word), k > 0 { k -= 1 }
        return tellingVerbs.contains(tokens[k].word)
    }
    static let toldPersons: WordSet = ["him", "her", "them", "client", "you", "me"]
    static let tellingVerbs: WordSet = [
        "show", "shows", "showing", "tell", "tells", "telling", "prove", "proving", "convince", "convincing",
        "remind", "explain", "teach", "say", "saying",
    ]
    static let judgedPersons: WordSet = [
        "they", "he", "she", "theyre", "hes", "shes", "client", "clients", "people", "someone", "somebody",
        "when", "whenever", "if",
    ]

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
