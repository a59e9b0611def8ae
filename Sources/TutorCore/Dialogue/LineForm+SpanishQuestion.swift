/// A question put in Spanish ("cuál es la diferencia", "qué es discord exactamente?", "cuáles
/// son los stages again?"): its question word and copula read as the English ones, so the
/// forms that tell a question from an answer ("what is …" asks, it never answers) read it
/// too. While a question is open such a line was graded as an answer, since no form knew
/// that it asked. Only the line's opening is read so: a Spanish answer that uses "que" or
/// "como" inside a clause ("no es como un amigo") is left as it is, and a Spanish question
/// word counts only before a copula ("qué es", "cuál es", "cómo son").
extension LineForm {
    /// Spanish question words, with and without their accents, as the English word.
    static let spanishQuestionWords: [String: String] = [
        "qué": "what", "que": "what", "cuál": "what", "cual": "what", "cuáles": "what", "cuales": "what",
        "cómo": "how", "como": "how", "quién": "who", "quien": "who", "quiénes": "who", "quienes": "who",
        "cuándo": "when", "cuando": "when", "dónde": "where", "donde": "where",
    ]
    /// Spanish copulas after a question word, as the English one.
    static let spanishCopulas: [String: String] = [
        "es": "is", "son": "are", "era": "was", "eran": "were", "fue": "was", "está": "is", "esta": "is",
    ]

    /// Reads a Spanish question word and the copula after it at `start` as English ("cuál es
    /// la diferencia" → "what is la diferencia"); anything else is left as it is.
    static func readSpanishQuestionOpening(_ words: inout [String], at start: Int) {
        guard start + 1 < words.count, let word = spanishQuestionWords[words[start]],
            let copula = spanishCopulas[words[start + 1]]
        else { return }
        words[start] = word
        words[start + 1] = copula
    }
}
