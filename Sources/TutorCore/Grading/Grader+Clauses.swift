/// Readings of a whole line that the analyzer's word-by-word negation misses: a question
/// asked to assert ("isn't insurance the most important thing?"), a condition that a
/// negation does not reach ("won't feel like using if the alliance is strong"), a ranking
/// ("the most important", "matters most"), the relationship said as what lies "between the
/// counselor and the client", and "something's wrong" as a problem, not a rejection.
extension Grader {
    /// Negated auxiliaries that open a question asked to assert ("isn't it …", "don't they …").
    static let questionNegators: WordSet = [
        "isnt", "arent", "wasnt", "werent", "doesnt", "dont", "didnt", "wont", "wouldnt", "shouldnt", "cant",
        "couldnt",
    ]
    /// Auxiliaries that open such a question whatever follows; the others only before a subject
    /// ("don't they …", not the imperative "don't take it out on them").
    static let copulaNegators: WordSet = ["isnt", "arent", "wasnt", "werent"]
    /// Auxiliaries that the analyzer's contractions leave before "not" ("isn't" is "is not").
    static let expandedAuxiliaries: [String: String] = [
        "is": "isnt", "are": "arent", "was": "wasnt", "were": "werent", "does": "doesnt", "do": "dont", "did": "didnt",
        "would": "wouldnt", "should": "shouldnt", "could": "couldnt", "can": "cant", "will": "wont",
    ]
    /// Words that may come before such a question ("but isn't …", "so don't they …").
    static let questionOpeners: WordSet = ["but", "so", "well", "and", "still", "then", "um", "hmm", "ok", "okay"]
    /// Words that start a subject after a negated auxiliary.
    static let subjectStarts: WordSet = [
        "i", "you", "he", "she", "we", "they", "it", "that", "this", "there", "the", "a", "an", "their", "his", "her",
        "clients", "counselors", "people",
    ]
    /// Words that open a condition, which a negation before them does not reach.
    static let conditionOpeners: WordSet = ["if", "when", "once", "whenever"]
    /// Who can stand on either side of a relationship ("between you and the client").
    static let relationSides: WordSet = [
        "client", "clients", "counselor", "counselors", "therapist", "therapists", "you", "us", "them", "patient",
        "patients", "counsellor", "u", "me", "him", "her",
    ]
    /// Verbs of keeping something where it is ("stays between us", "kept between you two").
    static let keepingWords: WordSet = [
        "stay", "stays", "stayed", "staying", "kept", "keep", "keeps", "keeping", "remain", "remains", "remained",
    ]
    /// Forms of "make" in "make sure", which is "ensure".
    static let makeWords: WordSet = ["make", "makes", "made", "making"]
    /// Words before "wrong" or "off" that make it a problem ("something's wrong in the
    /// relationship", "something feels off").
    static let problemSubjects: WordSet = ["something", "anything", "what", "thing", "things", "nothing"]

    /// Rereads the line's tokens in place; no token is added or removed.
    func rereadClauses(_ tokens: inout [Token]) {
        assertingQuestion(&tokens)
        conditionsOutOfReach(&tokens)
        secondPredicates(&tokens)
        coordinatedDenials(&tokens)
        cleft(&tokens)
        antecedents(&tokens)
        namedAntecedents(&tokens)
        thatSubjects(&tokens)
        mentionedTerms(&tokens)
        deniedAlternatives(&tokens)
        differentFrom(&tokens)
        comparedAgainst(&tokens)
        notTheSameAs(&tokens)
        trailingNo(&tokens)
        deniedRelative(&tokens)
        perceivedComplements(&tokens)
        for i in tokens.indices {
            if tokens[i].typed == "most" || tokens[i].typed == "number" {
                ranking(&tokens, i)
            } else if tokens[i].typed == "between" {
                relationship(&tokens, i)
            } else if tokens[i].typed == "wrong" || tokens[i].typed == "off" {
                problem(&tokens, i)
            } else if tokens[i].typed == "sure", i > 0, Self.makeWords.contains(tokens[i - 1].typed) {
                // "The court order will make sure he finishes": it ensures.
                tokens[i].isStop = false
                tokens[i].stem = analyzer.stem("ensure")
            }
        }
    }

    /// "Isn't insurance the most important thing for success though": asked to assert, so
    /// its clause is read without the negation.
    private func assertingQuestion(_ tokens: inout [Token]) {
        guard let first = tokens.firstIndex(where: { !Self.questionOpeners.contains($0.typed) }) else { return }
        // "Isn't" arrives expanded ("is not"); "isnt" as typed.
        var aux = tokens[first].typed
        var next = first + 1
        if next < tokens.count, tokens[next].typed == "not", let joined = Self.expandedAuxiliaries[aux] {
            aux = joined
            next += 1
        }
        // "Is not mean I agree with all she do": a dropped subject before "mean", said to deny.
        guard Self.questionNegators.contains(aux), next < tokens.count,
            Self.copulaNegators.contains(aux) || Self.subjectStarts.contains(tokens[next].typed),
            !["mean", "means"].contains(tokens[next].typed)
        else { return }
        let clause = tokens[first].clause
        var i = next
        while i < tokens.count, tokens[i].clause == clause, !tokens[i].isNegator {
            tokens[i].negated = false
            i += 1
        }
    }

    /// "People who don't participate don't get better": a negated auxiliary right after the
    /// verb of an earlier negation opens a predicate of its own, negated in turn, where the
    /// analyzer reads a second negation as cancelling the first (as in "I don't think he lacks").
    private func secondPredicates(_ tokens: inout [Token]) {
        var open = false
        for n in tokens.indices {
            if n > 0, tokens[n].clause != tokens[n - 1].clause { open = false }
            guard Self.questionNegators.contains(tokens[n].typed) || tokens[n].typed == "not" else { continue }
            // "Don't" arrives expanded: the auxiliary stands before "not".
            let aux =
                tokens[n].typed == "not" && n > 0 && Self.expandedAuxiliaries[tokens[n - 1].typed] != nil ? n - 1 : n
            let verbBefore = aux > 0 && tokens[aux - 1].isContent && tokens[aux - 1].negated
            if open, verbBefore, aux < n || tokens[n].typed != "not" {
                var k = n + 1
                while k < tokens.count, tokens[k].clause == tokens[n].clause, !tokens[k].isNegator,
                    !analyzer.clauseBreaks.contains(tokens[k].typed)
                {
                    if tokens[k].isContent { tokens[k].negated = true }
                    k += 1
                }
                open = false
            } else {
                open = true
            }
        }
    }

    /// "The relationship makes it work and insurance doesn't touch that": "and" before a subject
    /// and a negated verb opens a clause of its own; its subject is no side of the first
    /// clause's relation.
    private func coordinatedDenials(_ tokens: inout [Token]) {
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard tokens[k].typed == "and", k > 0, tokens[k - 1].clause == tokens[k].clause else { continue }
            // "Trust and connection don't affect it": one subject of two nouns, when the
            // clause has said nothing before "and" but a noun.
            let before = tokens[..<k].filter { $0.clause == tokens[k].clause && $0.isContent }.count
            guard before >= 2 else { continue }
            var j = k + 1
            var nouns = 0
            while j < tokens.count, tokens[j].clause == tokens[k].clause, nouns <= 2,
                !Self.verbNegators.contains(tokens[j].typed), !tokens[j].isNegator
            {
                if tokens[j].isContent { nouns += 1 }
                j += 1
            }
            guard nouns >= 1, nouns <= 2, j < tokens.count, tokens[j].clause == tokens[k].clause,
                Self.verbNegators.contains(tokens[j].typed)
                    || ["does", "do", "is", "can", "will"].contains(tokens[j].typed) && j + 1 < tokens.count
                        && tokens[j + 1].typed == "not"
            else { continue }
            for m in (k + 1)..<tokens.count { tokens[m].clause += 1 }
        }
    }

    /// "It's not the coverage that keeps them engaged": a cleft denies who or what, not the
    /// deed, which the line still holds of something else ("…, it's the relationship"). The
    /// negation stops at "that".
    private func cleft(_ tokens: inout [Token]) {
        for n in tokens.indices where tokens[n].typed == "not" || tokens[n].typed == "isnt" {
            let copula = tokens[n].typed == "isnt" ? n : n - 1
            guard copula >= 1, tokens[n].typed == "isnt" || ["is", "s", "was"].contains(tokens[copula].typed),
                ["it", "its", "that"].contains(tokens[copula - 1].typed)
                    || tokens[n].typed == "isnt"
                        && ["it", "its", "that"].contains(tokens[copula - 1].typed)
            else { continue }
            var k = n + 1
            while k < tokens.count, k - n <= 6, tokens[k].clause == tokens[n].clause, tokens[k].typed != "that" {
                k += 1
            }
            guard k < tokens.count, k - n <= 6, k > n + 1, tokens[k].clause == tokens[n].clause,
                tokens[(n + 1)..<k].contains(where: \.isContent)
            else { continue }
            release(&tokens, from: k + 1, in: tokens[n].clause) { Self.contrasts.contains($0) }
        }
    }

    /// A negation before "if" or "when" stops there: "they won't feel like using if the
    /// alliance is strong" says nothing against the alliance's strength.
    private func conditionsOutOfReach(_ tokens: inout [Token]) {
        for c in tokens.indices where Self.conditionOpeners.contains(tokens[c].typed) {
            // Only where a negation earlier in the clause reaches it.
            var n = c - 1
            while n >= 0, tokens[n].clause == tokens[c].clause, !tokens[n].isNegator { n -= 1 }
            guard n >= 0, tokens[n].clause == tokens[c].clause else { continue }
            // "It doesn't matter if the client participates" judges the condition itself.
            if let verb = tokens[(n + 1)..<c].first(where: \.isContent),
                judgements.contains(classes[verb.stem] ?? verb.stem)
            {
                continue
            }
            release(&tokens, from: c + 1, in: tokens[c].clause) { analyzer.clauseBreaks.contains($0) }
        }
    }

    /// Frees the words from `start` to the end of `clause` (or a negation, or a word that
    /// `stops`) from a negation that does not reach them, then joins a clause that follows
    /// with "it's …" or "but it …" to `clause`: "…, it's the relationship" names the deed's
    /// true doer, said in one clause with it.
    private func release(_ tokens: inout [Token], from start: Int, in clause: Int, stops: (String) -> Bool) {
        var i = start
        while i < tokens.count, tokens[i].clause == clause, !tokens[i].isNegator, !stops(tokens[i].typed) {
            tokens[i].negated = false
            i += 1
        }
        guard i + 1 < tokens.count, tokens[i].clause != clause,
            ["it", "its"].contains(tokens[i].typed) || tokens[i].typed == "but" && tokens[i + 1].typed == "it"
        else { return }
        let next = tokens[i].clause
        while i < tokens.count, tokens[i].clause == next {
            tokens[i].clause = clause
            i += 1
        }
    }

    /// "The most important", "matters most", "number one": a ranking, the key, said beside
    /// the word it ranks.
    private func ranking(_ tokens: inout [Token], _ i: Int) {
        let important = classes[analyzer.stem("important")]
        func ranks(_ j: Int) -> Bool {
            tokens.indices.contains(j) && tokens[j].isContent && classes[tokens[j].stem] == important
        }
        let one = tokens[i].typed == "number" && i + 1 < tokens.count && tokens[i + 1].typed == "one"
        guard one || ranks(i + 1) || ranks(i - 1) else { return }
        tokens[i].isStop = false
        tokens[i].stem = classes[analyzer.stem("key")] ?? analyzer.stem("key")
        tokens[i].negated = tokens[one ? i : (ranks(i + 1) ? i + 1 : i - 1)].negated
    }

    /// "What happens between the counselor and the client" is their relationship.
    private func relationship(_ tokens: inout [Token], _ i: Int) {
        // "What they say stays between us" keeps a secret; it names no relationship (as the
        // knowledge base's "it stays between you", which is not read this way, says).
        // ("Keep what they tell you between you two": the keeping anywhere before it in its clause.)
        let before = tokens[..<i]
        guard !before.contains(where: { Self.keepingWords.contains($0.typed) && $0.clause == tokens[i].clause }) else {
            return
        }
        let reach = tokens[(i + 1)..<min(tokens.count, i + 4)]
        guard reach.contains(where: { Self.relationSides.contains($0.typed) && $0.clause == tokens[i].clause }) else {
            return
        }
        tokens[i].isStop = false
        tokens[i].stem = analyzer.stem("relationship")
    }

    /// "Something's wrong in the relationship" names a problem; it rejects nothing.
    private func problem(_ tokens: inout [Token], _ i: Int) {
        let goes: Set<String> = ["go", "goes", "went", "going", "gone"]
        var j = i - 1
        while j >= 0, ["is", "was", "s", "feels", "seems", "felt", "seemed"].contains(tokens[j].typed) { j -= 1 }
        // "Something's off between you" too, but not "goes off".
        let went = tokens[i].typed == "wrong" && i > 0 && goes.contains(tokens[i - 1].typed)
        guard went || j >= 0 && j < i - 1 && Self.problemSubjects.contains(tokens[j].typed) else { return }
        tokens[i].isNegator = false
        tokens[i].isStop = false
        tokens[i].stem = analyzer.stem("problem")
        var k = i + 1
        while k < tokens.count, tokens[k].clause == tokens[i].clause, !tokens[k].isNegator {
            tokens[k].negated = false
            k += 1
        }
    }
}

/// "Accepting him is a different thing from endorsing what he did": what something is said
/// to differ from is denied of it, as "not endorsing" is.
extension Grader {
    /// Words of differing, before "from" ("different from", "a different thing from").
    static let differingWords: WordSet = ["different", "distinct", "differs", "differ"]

    /// Negates the words of the clause after "different (thing) from", unless the differing
    /// is itself denied ("no different from" is the same).
    func differentFrom(_ tokens: inout [Token]) {
        for d in tokens.indices where Self.differingWords.contains(tokens[d].typed) && !tokens[d].negated {
            let clause = tokens[d].clause
            guard
                let from = tokens[(d + 1)..<min(tokens.count, d + 4)].firstIndex(where: {
                    $0.typed == "from" && $0.clause == clause
                })
            else { continue }
            var k = from + 1
            while k < tokens.count, tokens[k].clause == clause, !tokens[k].isNegator,
                !analyzer.clauseBreaks.contains(tokens[k].word)
            {
                if tokens[k].isContent { tokens[k].negated = true }
                k += 1
            }
        }
    }
}

/// "Accepting him isn't the same as saying what he did was fine": what follows "not the same
/// as" is denied to its sentence's next break, also when it says a clause of its own.
extension Grader {
    func notTheSameAs(_ tokens: inout [Token]) {
        for d in tokens.indices.dropFirst() where tokens[d].typed == "same" && d + 1 < tokens.count {
            guard tokens[d + 1].typed == "as",
                tokens[max(0, d - 3)..<d].contains(where: { $0.isNegator && $0.clause == tokens[d].clause })
            else { continue }
            var k = d + 2
            // A clause of its own only when it is what is said ("saying what he did was fine").
            while k < tokens.count, tokens[k].sentence == tokens[d].sentence, !tokens[k].isNegator,
                !analyzer.clauseBreaks.contains(tokens[k].word),
                tokens[k].clause == tokens[k - 1].clause || ["what", "that", "how"].contains(tokens[k].typed)
            {
                if tokens[k].isContent { tokens[k].negated = true }
                k += 1
            }
        }
    }
}

/// "Access yes, relationship no": a short clause that ends in "no" denies what it names.
extension Grader {
    func trailingNo(_ tokens: inout [Token]) {
        for n in tokens.indices.dropFirst() where tokens[n].typed == "no" {
            var clause = tokens[n].clause
            guard n + 1 == tokens.count || tokens[n + 1].clause != clause else { continue }
            var start = n
            while start > 0, tokens[start - 1].clause == clause { start -= 1 }
            // "Approve behavior, no.": a "no" that is a clause of its own, ending its sentence,
            // denies the short clause just before it.
            if start == n, tokens[n - 1].sentence == tokens[n].sentence,
                n + 1 == tokens.count || tokens[n + 1].sentence != tokens[n].sentence
            {
                clause = tokens[n - 1].clause
                start = n - 1
                while start > 0, tokens[start - 1].clause == clause { start -= 1 }
                let named = tokens[start..<n]
                guard named.count <= 3, named.contains(where: \.isContent),
                    named.allSatisfy({ $0.isContent || Self.determiners.contains($0.typed) })
                else { continue }
                for k in start..<n where tokens[k].isContent { tokens[k].negated = true }
                continue
            }
            let named = tokens[start..<n]
            guard named.count <= 3, named.contains(where: \.isContent),
                named.allSatisfy({ $0.isContent || Self.determiners.contains($0.typed) })
            else { continue }
            for k in start..<n where tokens[k].isContent { tokens[k].negated = true }
        }
    }
}

/// "The pressure of the family is not the thing who keeps someone": a subject said not to be
/// the thing (one, factor) that does something is denied the deed, which the analyzer's
/// negation stops short of (the relative word opens a clause).
extension Grader {
    /// Nouns that stand for whatever does the deed of the relative clause after them.
    static let genericHeads: WordSet = [
        "thing", "one", "factor", "reason", "part", "piece", "key", "stuff", "what",
    ]

    /// Small words before such a head ("not the main thing that …").
    static let headModifiers: WordSet = ["the", "a", "an", "only", "main", "real", "big", "biggest"]

    func deniedRelative(_ tokens: inout [Token]) {
        for n in tokens.indices where tokens[n].typed == "not" || tokens[n].typed == "isnt" {
            guard n > 0, tokens[n].typed == "isnt" || ["is", "s", "was", "are"].contains(tokens[n - 1].typed)
            else { continue }
            // A subject of its own before the copula: "it's not the …" is a cleft (`cleft`).
            let copula = tokens[n].typed == "isnt" ? n : n - 1
            guard copula > 0, !["it", "its", "that", "this"].contains(tokens[copula - 1].typed) else { continue }
            var h = n + 1
            while h < tokens.count, Self.headModifiers.contains(tokens[h].typed) { h += 1 }
            guard h + 1 < tokens.count, Self.genericHeads.contains(tokens[h].typed),
                ["that", "who", "which"].contains(tokens[h + 1].typed), tokens[h + 1].sentence == tokens[n].sentence
            else { continue }
            var k = h + 2
            let clause = tokens[k - 1].clause
            while k < tokens.count, tokens[k].clause == clause || tokens[k].clause == tokens[h + 1].clause,
                !tokens[k].isNegator, !analyzer.clauseBreaks.contains(tokens[k].word) || k == h + 2
            {
                if tokens[k].isContent { tokens[k].negated = true }
                k += 1
            }
        }
    }
}

/// "Counselors can't tell someone's getting worse": a denied verb of perceiving denies the
/// perceiving, not what is (or is not) perceived: the client is getting worse all the same.
extension Grader {
    /// Verbs of perceiving or knowing whose complement keeps its own polarity.
    static let perceivingVerbs: WordSet = [
        "tell", "notice", "see", "realize", "realise", "spot", "recognize", "recognise", "catch", "know", "sense",
    ]
    /// Subjects that open the complement ("someone's getting worse", "the client is slipping").
    static let complementSubjects: WordSet = [
        "someone", "someones", "somebody", "somebodys", "he", "she", "they", "hes", "shes", "theyre", "client",
        "clients", "people", "patient", "patients",
    ]
    /// Words right after such a subject that make it a clause of its own.
    static let complementVerbs: WordSet = [
        "is", "are", "was", "were", "s", "re", "getting", "gets", "got", "going", "goes", "has", "have", "had",
        "feels", "feel", "feeling", "slipping", "struggling", "doing",
    ]

    /// Clears the negation of the complement clause after a denied verb of perceiving.
    func perceivedComplements(_ tokens: inout [Token]) {
        for i in tokens.indices.dropLast() where tokens[i].negated && Self.perceivingVerbs.contains(tokens[i].typed) {
            var j = i + 1
            if j < tokens.count, ["that", "if", "whether"].contains(tokens[j].typed) { j += 1 }
            if j < tokens.count, tokens[j].typed == "the" { j += 1 }
            // "Someone's" arrives whole ("someones") or split ("someone" "s").
            guard j + 1 < tokens.count, tokens[j].clause == tokens[i].clause,
                Self.complementSubjects.contains(tokens[j].typed),
                Self.complementVerbs.contains(tokens[j + 1].typed)
                    || tokens[j].typed.hasSuffix("s")
                        && tokens[j + 1].typed.hasSuffix("ing"),
                tokens[j + 1].clause == tokens[i].clause
            else { continue }
            var k = j
            while k < tokens.count, tokens[k].clause == tokens[i].clause, !tokens[k].isNegator {
                tokens[k].negated = false
                k += 1
            }
        }
    }
}

/// "Insurance is more important than the alliance": what a comparison sets below is denied
/// the degree, as "matters more than the alliance" denies it (the lexicon's "more than").
/// With a word between the degree and "than" ("more important than", "better for them than")
/// the analyzer's negation phrase is not there, and both sides read alike: the alliance
/// seemed to be what matters.
extension Grader {
    /// Degree words whose "than" sets the words after it below.
    static let raisingDegrees: WordSet = ["more", "better", "stronger", "higher", "bigger", "greater"]
    /// Degree words whose "than" sets the words before it below ("less important than").
    static let loweringDegrees: WordSet = ["less", "worse", "weaker", "lower", "smaller"]

    func comparedAgainst(_ tokens: inout [Token]) {
        for than in tokens.indices where tokens[than].typed == "than" && than >= 2 {
            let clause = tokens[than].clause
            // The degree word, one to three words before "than", not right before it (the
            // lexicon's "more than", "better than" cases are read already).
            guard
                let degree = tokens[max(0, than - 4)..<(than - 1)].lastIndex(where: {
                    $0.clause == clause
                        && (Self.raisingDegrees.contains($0.typed) || Self.loweringDegrees.contains($0.typed))
                }),
                !tokens[than - 1].isNegator,
                tokens[(degree + 1)..<than].contains(where: \.isContent)
            else { continue }
            if Self.raisingDegrees.contains(tokens[degree].typed) {
                var k = than + 1
                while k < tokens.count, tokens[k].clause == clause, !tokens[k].isNegator,
                    !analyzer.clauseBreaks.contains(tokens[k].word)
                {
                    if tokens[k].isContent { tokens[k].negated.toggle() }
                    k += 1
                }
            } else {
                // "Insurance is less important than the alliance": the subject is set below.
                var k = degree - 1
                while k >= 0, tokens[k].clause == clause, !tokens[k].isNegator,
                    !analyzer.clauseBreaks.contains(tokens[k].word)
                {
                    if tokens[k].isContent { tokens[k].negated.toggle() }
                    k -= 1
                }
            }
        }
    }
}
