/// (round 29) "Wait, trust here mean what exactly?", "espera, 'trust' here means what
/// exactly?", "and congruence is what again?", "UPR stands for what": a term asked about with
/// the question word left in its place at the end, as learners put it in speech (and as
/// languages that do not move the question word do). With a question open, the learner asks
/// what a word of the question means; the line, which names an idea of the answer ("trust"),
/// was graded as an attempt. The term first (a few words, no one acting in it), then a verb
/// of meaning, then "what" and at most a word or two that only stress the asking.
extension LineForm {
    /// Verbs of meaning before the "what" left in place.
    static let meaningVerbs: WordSet = ["mean", "means", "meant", "is", "are", "refers", "refer", "stands", "stand"]
    /// Words after "what" that only stress the asking.
    static let askingStress: WordSet = [
        "exactly", "again", "precisely", "here", "then", "now", "tho", "though", "exactement",
    ]
    /// Words that place the term ("trust here", "trust in this question").
    static let placingWords: WordSet = ["here", "there", "in", "this", "that", "question", "context", "case", "again"]

    /// Whether the line (its last clause, after a lead-in such as "wait," or "espera,") asks
    /// what a term means with "what" at the end.
    static func asksOfATermInPlace(_ analysis: Analysis) -> Bool {
        guard let lastClause = analysis.tokens.last?.clause else { return false }
        var w = analysis.tokens.filter { $0.clause == lastClause }.map(\.word)
            .filter { $0.contains(where: { $0.isLetter }) }
        while let first = w.first, openers.contains(first) { w.removeFirst() }
        while let last = w.last, askingStress.contains(last) { w.removeLast() }
        guard w.count >= 3, w.count <= 8, w.last == "what" else { return false }
        var verb = w.count - 2
        // "Stands for what", "refers to what".
        if ["for", "to"].contains(w[verb]) && verb >= 2 { verb -= 1 }
        guard meaningVerbs.contains(w[verb]) else { return false }
        let term = w[..<verb].filter { !placingWords.contains($0) }
        return (1...4).contains(term.count)
            && !term.contains(where: { others.contains($0) || termPronouns.contains($0) || questionWords.contains($0) })
    }
}

extension LineForm {
    /// Pronouns and pointers that are no term asked about in place.
    static let termPronouns: WordSet = [
        "i", "you", "u", "we", "it", "they", "he", "she", "him", "her", "them", "that", "this",
    ]
}
