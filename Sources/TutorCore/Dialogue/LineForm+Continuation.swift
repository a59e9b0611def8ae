extension LineForm {
    /// Round 26: "Which is distinct from endorsing each of her actions.", "while A is more
    /// about how the helper feels?", "whereas sympathy stays with the helper", "where they both
    /// want the same things out of treatment": a line that opens on a relative word or a
    /// contrasting conjunction goes on with the learner's own sentence, the rest of an answer
    /// given over two turns; it is no question, whatever mark ends it (the question mark of a
    /// learner unsure of the answer). "Where" and "which" ask when an auxiliary or a copula
    /// follows them as a question's does ("where do I start", "which is better?"), so a
    /// "where" continues only before the subject of its own clause, and a "which" only after
    /// an answer and closed by a full stop, as a sentence is.
    static func continuesTheSentence(_ analysis: Analysis, afterAnAnswer: Bool) -> Bool {
        let w = words(analysis)
        guard w.count >= 3, let first = w.first else { return false }
        if contrasting.contains(first) {
            // "While we're at it, what is empathy?", "while you're here can you…": a lead-in
            // to a question of the learner's own, not the rest of an answer; nor is a clause
            // that asks ("unlike sympathy, what does empathy do").
            if ["we", "i", "im", "you", "youre", "were"].contains(w[1]) { return false }
            let asks = w.indices.dropLast().contains { i in
                questionWords.contains(w[i]) && auxiliaries.contains(w[i + 1])
                    || auxiliaries.contains(w[i]) && ["you", "u", "i"].contains(w[i + 1])
            }
            return !asks && !questionWords.contains(w[1])
        }
        if first == "where" { return clauseSubjects.contains(w[1]) }
        if first == "which" {
            return afterAnAnswer && analysis.text.hasSuffix(".") && w.count >= 4 && !["one", "ones"].contains(w[1])
        }
        return false
    }

    /// Conjunctions that set what follows against what the learner said before.
    static let contrasting: WordSet = ["while", "whereas", "whilst", "unlike"]
    /// The subject a relative "where" opens its own clause with.
    static let clauseSubjects: WordSet = [
        "they", "he", "she", "we", "you", "both", "the", "a", "client", "clients", "counselor", "counselors",
        "everyone", "each",
    ]
}
