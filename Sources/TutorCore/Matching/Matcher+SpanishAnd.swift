extension Matcher {
    /// "change talk y sustain talk, cuál es la diferencia", "transference y countertransference":
    /// between two words of one clause, "y" is the Spanish "and", not the texter's "why" ("y
    /// does it matter", "but y"), which opens its clause or comes before the question's verb.
    /// Read as "why", it made a comparison asked in Spanish a question of why. Here it is a
    /// small word: it cues nothing and names nothing.
    func readingSpanishAnd(_ tokens: [Token]) -> [Token] {
        var out = tokens
        for i in tokens.indices.dropFirst().dropLast() where tokens[i].typed == "y" {
            let before = tokens[i - 1]
            let after = tokens[i + 1]
            guard before.clause == tokens[i].clause, after.clause == tokens[i].clause, before.isContent,
                !Self.auxiliaries.contains(after.word), !Self.questionSubjects.contains(after.word)
            else { continue }
            out[i].word = "y"
            out[i].stem = "y"
            out[i].isStop = true
            out[i].known = false
        }
        return out
    }

    /// Words a "why" question goes on with ("y not", "y you say that", "y he do that"): after
    /// them, "y" is still "why".
    static let questionSubjects: WordSet = [
        "not", "you", "u", "i", "he", "she", "they", "we", "it", "this", "that", "would", "does", "do",
    ]
}
