/// (round 32) A question word inside a statement: "doesn't mean I'm saying what he did was
/// alright", "I'd ask him how things are at home", "reflect back why she came": the word opens
/// a clause that is the object of a verb (a free relative, an indirect question), and the line
/// states or instructs; it asks nothing. A question word asks when it opens its clause, or
/// comes after only words that tie the clause to what was said ("and what then", "ok so how").
extension LineForm {
    /// Whether a word of `asking` opens its clause in the line (only linking words before it).
    static func questionWordOpensItsClause(_ analysis: Analysis, _ asking: WordSet) -> Bool {
        let tokens = analysis.tokens
        for i in tokens.indices where asking.contains(tokens[i].word) {
            let before = tokens[..<i].filter { $0.clause == tokens[i].clause && $0.word.contains(where: \.isLetter) }
            if before.allSatisfy({ linkingWords.contains($0.word) }) { return true }
        }
        return false
    }

    /// Words that tie a clause to what was said, before its question word.
    static let linkingWords: WordSet = [
        "and", "but", "so", "or", "then", "like", "ok", "okay", "um", "uh", "well", "wait", "hmm", "hm", "also",
        "oh", "yeah", "right", "hey", "alright", "now", "n",
    ]
}
