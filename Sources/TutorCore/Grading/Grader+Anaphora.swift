/// "Insurance pays for access, but honestly it's the number one thing for success": an "it"
/// that opens a clause to say what something is ("it's the …", "it's what …") stands for the
/// subject of the clause before, and is read as that word. A cleft ("it's the relationship
/// that matters") has no such subject: its "it" says nothing.
extension Grader {
    /// Words that may stand before such an "it" in its clause.
    static let anaphoraOpeners: WordSet = [
        "but", "so", "and", "honestly", "really", "well", "tbh", "then", "yet", "like", "still", "actually", "because",
    ]
    /// Words that begin the predicate of "it's the …".
    static let predicateStarts: WordSet = ["the", "what", "a", "an"]
    /// Words that may stand before a clause's subject ("the insurance", "their coverage").
    static let subjectOpeners: WordSet = [
        "the", "a", "an", "their", "his", "her", "your", "my", "our", "good", "bad", "so", "and", "but", "well",
        "honestly", "like", "i", "think", "guess", "mean",
    ]
    /// Words after which "that", "who" or "which" close a cleft.
    static let cleftClosers: WordSet = ["that", "who", "which"]

    /// Rereads an "it" in the sentence after one that only names a thing ("That's resistance.
    /// You have to break through it.") as that thing.
    func namedAntecedents(_ tokens: inout [Token]) {
        for i in tokens.indices.dropFirst() where tokens[i].typed == "it" {
            let sentence = tokens[i].sentence
            guard let end = tokens[..<i].lastIndex(where: { $0.sentence != sentence }),
                tokens[end].sentence == sentence - 1
            else { continue }
            var start = end
            while start > 0, tokens[start - 1].sentence == tokens[end].sentence { start -= 1 }
            // "That's X", "It is X", "this is X": a demonstrative, its copula, then the name.
            let words = tokens[start...end].map(\.typed)
            let thing: Token
            if words.count >= 3, words.count <= 5, Self.namers.contains(words[0]),
                ["s", "is", "was"].contains(words[1])
            {
                let named = tokens[(start + 2)...end].filter(\.isContent)
                guard named.count == 1, let only = named.last, !only.negated else { continue }
                thing = only
            } else if words.count <= 3,
                tokens[start...end].allSatisfy({ $0.isContent || Self.bareNameWords.contains($0.typed) }),
                let last = tokens[start...end].last(where: \.isContent), !last.negated, last.typed.count > 2,
                !Self.assents.contains(last.typed)
            {
                // "Resistance. Push through it.", "Classic resistance. Break it down.": a
                // sentence that is only a name (its head last).
                thing = last
            } else {
                continue
            }
            tokens[i].stem = thing.stem
            tokens[i].known = thing.known
            tokens[i].isStop = false
        }
    }

    /// Small words of a sentence that is only a name ("a classic resistance").
    static let bareNameWords: WordSet = ["a", "an", "the", "just", "pure", "typical", "classic"]

    /// Words that say the learner goes along ("Fine. Client owns it."): a sentence of them alone
    /// names nothing an "it" after it could stand for.
    static let assents: WordSet = [
        "fine", "alright", "allright", "right", "sure", "okay", "true", "yes", "yeah", "yep", "yup", "agreed",
        "gotcha", "understood", "whatever", "great", "cool", "good", "correct", "exactly", "noted", "roger",
    ]

    /// Pronouns that may stand for the counselor as a clause's subject.
    static let subjectPronouns: WordSet = ["he", "she", "they"]
    /// Pronouns for someone other than the counselor said of in a clause.
    static let otherPersons: WordSet = ["them", "their", "him", "his", "her", "hers", "theirs", "themselves"]
    /// Words that say two act as one ("decide together").
    static let jointWords: WordSet = ["together", "jointly", "both", "mutually", "collaboratively", "with"]

    /// Whether the pronoun at `i` is the subject of what it should or may do: "they should …",
    /// "he needs to …", "she gets to …", "they have to …".
    func deontic(_ tokens: [Token], after i: Int) -> Bool {
        func typed(_ j: Int) -> String? {
            tokens.indices.contains(j) && tokens[j].clause == tokens[i].clause ? tokens[j].typed : nil
        }
        guard let next = typed(i + 1) else { return false }
        if ["should", "must", "ought", "shall", "gotta", "shd"].contains(next) { return true }
        if ["needs", "need", "has", "have", "gets", "get"].contains(next) { return typed(i + 2) == "to" }
        return false
    }

    /// Words that open a sentence that names a thing.
    static let namers: WordSet = ["that", "thats", "it", "its", "this"]

    /// Rereads each "it" that stands for an earlier clause's subject as that subject, and a
    /// "he" or "she" that opens a sentence after one whose subject is the counselor as the
    /// counselor: in "the counselor's the professional. he knows what the client needs" the
    /// one who knows is the counselor, not the client a "he" stands for by default. So is a
    /// "he", "she" or "they" told what to do right after the counselor's clause.
    func antecedents(_ tokens: inout [Token]) {
        let counselor = analyzer.stem("counselor")
        let client = analyzer.stem("client")
        for i in tokens.indices.dropFirst() where Self.subjectPronouns.contains(tokens[i].typed) {
            // It opens its sentence after one whose subject is the counselor; or it opens a
            // clause (after small words: "so he should", "and they") that says what its subject
            // should do, after a clause of the counselor's that names no one else: "the counselor
            // went to school for this, they should call the shots" has the counselor call them
            // ("the counselor asks, so they feel invested" keeps the client's feeling).
            guard let s = subject(tokens, before: i), tokens[s].stem == counselor else { continue }
            let opensSentence =
                tokens[i].sentence != tokens[i - 1].sentence && tokens[s].sentence == tokens[i - 1].sentence
                && tokens[i].typed != "they"
            // Not when the clause before names someone else, even by a pronoun ("asks what
            // matters to them, and they should decide"), nor when the pronoun's clause does it
            // jointly ("then they get to decide together").
            let obliged =
                opensClause(tokens, i) && tokens[i].sentence - tokens[s].sentence <= 1 && deontic(tokens, after: i)
                && !tokens[(s + 1)..<i].contains(where: {
                    $0.stem == client || Self.personNouns.contains($0.typed) || Self.thirdParties.contains($0.typed)
                        || Self.otherPersons.contains($0.typed)
                })
                && !tokens[i...].prefix(while: { $0.clause == tokens[i].clause }).contains {
                    Self.jointWords.contains($0.typed)
                }
            guard opensSentence || obliged else { continue }
            tokens[i].stem = counselor
            tokens[i].known = tokens[s].known
            tokens[i].isStop = false
        }
        for i in tokens.indices where tokens[i].typed == "it" || tokens[i].typed == "its" {
            guard let j = predicate(tokens, after: i), opensClause(tokens, i),
                !tokens[j..<min(tokens.count, j + 5)].contains(where: { Self.cleftClosers.contains($0.typed) }),
                let subject = subject(tokens, before: i)
            else { continue }
            tokens[i].stem = tokens[subject].stem
            tokens[i].known = tokens[subject].known
            tokens[i].isStop = false
        }
    }

    /// Where "it's the …" goes on after its copula, if token `i` opens one.
    private func predicate(_ tokens: [Token], after i: Int) -> Int? {
        var j = i + 1
        if tokens[i].typed == "it" {
            guard j < tokens.count, ["s", "is", "was"].contains(tokens[j].typed) else { return nil }
            j += 1
        }
        guard j < tokens.count, tokens[j].clause == tokens[i].clause, Self.predicateStarts.contains(tokens[j].typed)
        else { return nil }
        return j
    }

    /// Whether token `i` opens its clause (after small words), and a clause comes before it.
    private func opensClause(_ tokens: [Token], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, tokens[k].clause == tokens[i].clause, Self.anaphoraOpeners.contains(tokens[k].typed) { k -= 1 }
        return k >= 0 && tokens[k].clause != tokens[i].clause
    }

    /// The "no" or "without" that opens the clause just before the one whose "no" is at `k`,
    /// with a content word after it ("no insurance, | no treatment").
    private func chainLink(_ tokens: [Token], before k: Int) -> Int? {
        guard k > 0, tokens[k - 1].clause != tokens[k].clause else { return nil }
        var start = k - 1
        let clause = tokens[start].clause
        while start > 0, tokens[start - 1].clause == clause { start -= 1 }
        guard ["without", "no"].contains(tokens[start].typed), start + 1 < k, tokens[start + 1].isContent else {
            return nil
        }
        return start
    }

    /// The subject of the clause before token `i`'s: its first content word, if it opens it.
    private func subject(_ tokens: [Token], before i: Int) -> Int? {
        var start = i - 1
        while start >= 0, tokens[start].clause == tokens[i].clause { start -= 1 }
        guard start >= 0 else { return nil }
        let clause = tokens[start].clause
        while start > 0, tokens[start - 1].clause == clause { start -= 1 }
        var k = start
        while k < i, tokens[k].clause == clause,
            Self.subjectOpeners.contains(tokens[k].typed) || Self.reasonOpeners.contains(tokens[k].typed)
        {
            k += 1
        }
        // "Without insurance nobody gets treated, so it's the most important thing": the thing
        // whose absence the clause tells of.
        if k + 1 < i, ["without", "no"].contains(tokens[k].typed), tokens[k + 1].clause == clause,
            tokens[k + 1].isContent
        {
            // (round 29) In a chain ("no insurance, no treatment, no recovery. it's THE most
            // important thing") the first thing, which the others hang on.
            var first = k
            while first > 0, let earlier = chainLink(tokens, before: first) { first = earlier }
            return first + 1
        }
        guard k < i, tokens[k].clause == clause, tokens[k].isContent, !tokens[k].negated else { return nil }
        return k
    }
}

/// "The relationship is what keeps them engaged, not who pays": a "not" that opens a clause
/// of its own before a question word denies the whole of what follows, which the analyzer's
/// negation stops short of (the question word starts a clause).
extension Grader {
    /// Question words that a bare "not" may deny the clause of.
    static let deniedQuestionWords: WordSet = ["who", "what", "which", "how", "whether", "whoever", "whatever"]

    /// Negates the words of a clause that a bare "not" denies.
    func deniedAlternatives(_ tokens: inout [Token]) {
        for n in tokens.indices.dropLast() where tokens[n].typed == "not" {
            let wh = n + 1
            guard Self.deniedQuestionWords.contains(tokens[wh].typed),
                n == 0 || tokens[n - 1].clause != tokens[n].clause || Self.contrasts.contains(tokens[n - 1].typed)
            else { continue }
            var k = wh + 1
            while k < tokens.count, tokens[k].clause == tokens[wh].clause, !tokens[k].isNegator,
                !analyzer.clauseBreaks.contains(tokens[k].typed)
            {
                if tokens[k].isContent { tokens[k].negated = true }
                k += 1
            }
        }
    }
}
