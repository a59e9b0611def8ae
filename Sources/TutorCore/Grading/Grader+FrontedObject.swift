/// An object said first and its clause after it, as second-language speakers and talkers put
/// what they speak of up front: "the relationship inside the sessions, insurance is not
/// changing it", "the relationship part it doesnt touch", "… but the relationship inside
/// session it does not change". The negation that follows denies its verb of that fronted
/// object, which the analyzer's negation (it reaches forward only) leaves unnegated: read so,
/// "the relationship" is denied as in "insurance does not change the relationship".
///
/// Two shapes only: the object taken up again by a pronoun after a denied verb whose subject
/// is another word ("X, insurance is not changing it"); and the object, its subject pronoun and
/// a denied verb with nothing after it, in one clause ("X it doesnt touch"). A fronted subject
/// ("the family pressure, it doesn't last") is neither: its verb has no object, and its
/// clause is set apart by a comma.
extension Grader {
    /// Pronouns that take up a fronted object after its verb.
    static let resumptives: WordSet = ["it", "them", "that", "this"]
    /// Words of the subject's verb phrase between the subject and the negation.
    static let frontAuxiliaries: WordSet = [
        "is", "are", "was", "were", "be", "do", "does", "did", "can", "could", "will", "would", "should", "has",
        "have", "had", "may", "might", "must", "really", "even", "actually", "also", "just", "still", "s",
    ]
    /// Words that may not stand in a fronted object: the learner and the people talked to, and
    /// verbs of saying and thinking that make it a clause of its own.
    static let unfrontable: WordSet = [
        "i", "you", "u", "we", "he", "she", "they", "im", "think", "thinks", "say", "says", "mean", "feel", "guess",
        "believe", "know", "is", "are", "was", "were", "be", "do", "does", "did", "can", "could", "will", "would",
        "should", "has", "have", "had", "may", "might", "must", "if", "when", "because", "since", "so", "to",
        "still", "just", "always", "never", "really", "also", "even", "often", "usually", "sometimes", "only",
        "already", "away", "out",
    ]
    /// Words that end what may be fronted, before it ("… and come in, but the relationship …").
    static let frontBreaks: WordSet = ["but", "and", "so", "though", "although", "yet", "while", "whereas", "because"]

    /// The line with each fronted object of a denied verb marked denied; the line itself when
    /// it has none.
    func readingFrontedObjects(_ analysis: Analysis) -> Analysis {
        var tokens = analysis.tokens
        guard tokens.count >= 4, tokens.contains(where: \.isNegator) else { return analysis }
        var changed = false
        for n in tokens.indices where tokens[n].isNegator {
            // The denied verb right after the negation.
            var v = n + 1
            while v < tokens.count, tokens[v].clause == tokens[n].clause, Self.intensifiers.contains(tokens[v].typed) {
                v += 1
            }
            guard v < tokens.count, tokens[v].clause == tokens[n].clause, tokens[v].isContent else { continue }
            let clause = tokens[v].clause
            // What follows it: a pronoun that takes the object up, or nothing.
            var after = v + 1
            var resumed = false
            if after < tokens.count, tokens[after].clause == clause, Self.resumptives.contains(tokens[after].typed) {
                resumed = true
                after += 1
                // (Round 33) "… insurance doesn't touch that part" (`Grader+FrontedObjectTakenUp`).
                after = pastLightHead(tokens, after, clause: clause, resumptive: after - 1)
            }
            guard after == tokens.count || tokens[after].clause != clause else { continue }
            // The subject before the negation and its auxiliaries.
            var s = n - 1
            while s >= 0, tokens[s].clause == clause, Self.frontAuxiliaries.contains(tokens[s].typed) { s -= 1 }
            guard s > 0, tokens[s].clause == clause else { continue }
            let subjectIsIt = tokens[s].typed == "it"
            // (Round 33) "The relationship itself, which coverage does not shape": the relative
            // pronoun before the subject takes the object up (`Grader+FrontedObjectTakenUp`).
            if !resumed, relativeBefore(tokens, subject: s) { resumed = true }
            // "X, insurance is not changing it": another subject, the object taken up after.
            // "X it doesnt touch": "it" the subject, nothing after, X in the same clause.
            if resumed {
                guard !subjectIsIt, tokens[s].isContent || tokens[s].typed == "that" else { continue }
            } else {
                guard subjectIsIt, tokens[s - 1].clause == tokens[s].clause else { continue }
            }
            // The fronted object: back from the subject to the sentence's start or a break,
            // across at most one comma (right before the subject).
            var f = s - 1
            var start = s
            while f >= 0, tokens[f].sentence == tokens[s].sentence, !Self.frontBreaks.contains(tokens[f].typed),
                tokens[f].clause == tokens[s].clause || tokens[f].clause == tokens[s].clause - 1 && resumed
            {
                start = f
                f -= 1
            }
            let fronted = start..<s
            // A noun phrase, not a clause of its own: few content words and no adverb ("the
            // craving still comes, the bond doesnt erase it" asserts the craving).
            let content = fronted.filter { tokens[$0].isContent }.count
            guard !fronted.isEmpty, fronted.count <= 6, content > 0, content <= 3,
                !fronted.contains(where: { tokens[$0].isNegator || Self.unfrontable.contains(tokens[$0].typed) })
            else { continue }
            for i in fronted where tokens[i].isContent && !tokens[i].negated {
                tokens[i].negated = true
                changed = true
            }
        }
        return changed ? Analysis(text: analysis.text, tokens: tokens) : analysis
    }
}

/// Small words as texters type them: "it gets em in the door", "set the goals w them not for
/// them". The reading rules' lists of people and their joint words name "them" and "with";
/// the line's "em" and "w" are read as those words.
extension Grader {
    static let spelledOut = WordMap<String>(["em": "them", "w": "with"])

    func smallWordsSpelledOut(_ analysis: Analysis) -> Analysis {
        guard analysis.tokens.contains(where: { Self.spelledOut[$0.typed] != nil }) else { return analysis }
        var tokens = analysis.tokens
        for i in tokens.indices {
            guard let word = Self.spelledOut[tokens[i].typed] else { continue }
            // ("W" last in its clause is a letter, not a "with".)
            if tokens[i].typed == "w", i + 1 == tokens.count || tokens[i + 1].clause != tokens[i].clause { continue }
            tokens[i].typed = word
            tokens[i].word = word
            tokens[i].stem = word
            tokens[i].isStop = true
        }
        return Analysis(text: analysis.text, tokens: tokens)
    }
}
