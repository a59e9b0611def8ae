/// "Pressure gets them in but it doesn't last", "the court can make him come but can't make
/// him engage": a contrast whose second half has no subject of its own (it opens on its verb)
/// or only a pronoun for the first half's ("it", "that") denies something of the same subject.
/// The subject is not cut off from what the second half denies of it, as it is across "but"
/// between two subjects ("coverage decides who gets in, but the relationship decides who gets
/// better"). Only the denial: what the second half goes on to say unnegated ("but it's not
/// what shapes the sessions, the relationship is") stays apart.
extension Grader {
    /// Whether the contrast at token `k` goes on with its subject, and every content word of
    /// the window after it, up to content word `hi`, is denied.
    func deniesOfSameSubject(_ line: Line, contrast k: Int, to hi: Int) -> Bool {
        let end = line.positions[hi]
        guard end > k, continuesSubject(line.tokens, after: k) else { return false }
        return line.tokens[(k + 1)...end].allSatisfy { !$0.isContent || $0.negated }
    }

    /// Whether the contrast at token `k` goes on with the same subject: the next word is an
    /// auxiliary, a modal or a negation, or "it"/"that"/"this" and then one of those.
    func continuesSubject(_ tokens: [Token], after k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k + 1].sentence == tokens[k].sentence
        else { return false }
        let next = tokens[k + 1].typed
        if Self.subjectlessStarts.contains(next) { return true }
        guard Self.backPronouns.contains(next), k + 2 < tokens.count else { return false }
        return Self.subjectlessStarts.contains(tokens[k + 2].typed)
    }

    /// Words that open a predicate with no subject before it (as typed, contractions expanded
    /// or not): "but doesn't last", "but won't keep them", "but never makes them stay".
    static let subjectlessStarts: WordSet = [
        "does", "do", "did", "doesnt", "dont", "didnt", "is", "isnt", "was", "wasnt", "will", "wont", "wo", "would",
        "wouldnt", "can", "cant", "ca", "cannot", "could", "couldnt", "may", "might", "never", "not", "has",
        "hasnt",
    ]

    /// Pronouns that stand for the subject of the half before a contrast.
    static let backPronouns: WordSet = ["it", "that", "this"]
}
