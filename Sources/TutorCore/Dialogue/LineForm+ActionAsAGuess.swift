/// (round 30) "Smile and be polite to them, maybe?", "crack a joke or two to loosen them up?",
/// "so I'd help him pick a quit date right away?": what the counselor would do, offered with a
/// question mark. While a question is open the mark made the line a question about the topic
/// (answered beside the question) though it asks nothing: no question word in it, no auxiliary
/// or request to the tutor first, and someone of the scene acted on ("them", "him") or a hedge
/// at its end ("…, maybe?"). It is a guess at the answer, graded like "be supportive?".
extension LineForm {
    /// Hedges that may end a guess.
    static let trailingHedges: WordSet = ["maybe", "perhaps", "probably", "right", "no", "yeah", "possibly"]
    /// First words of a request to the tutor or of a question, which no guess opens with.
    static let notAGuessOpeners: WordSet = [
        "give", "tell", "show", "explain", "define", "describe", "compare", "clarify", "remind", "teach", "list",
        "example", "examples", "another", "more", "again", "repeat", "quiz", "test", "ask", "hint", "help",
        "gimme", "lemme", "please", "pls", "can", "could", "would", "will", "may", "might", "do", "does", "did",
        "is", "are", "was", "were", "any", "got", "you", "u", "we",
    ]

    /// Whom a counselor's action is done to.
    static let actedUpon: WordSet = ["them", "him", "her", "they", "client", "clients", "patient"]

    /// Whether the line offers an action of the counselor's as a guess, with a question mark.
    static func offersAnActionAsAGuess(_ analysis: Analysis) -> Bool {
        guard analysis.text.hasSuffix("?") else { return false }
        let w = words(analysis).filter { $0.contains(where: \.isLetter) }
        guard w.count >= 3, let first = w.first, !notAGuessOpeners.contains(first) else { return false }
        if w.contains(where: questionWords.contains) || w.contains(where: fusedNegations.contains) { return false }
        // "I'd …", "I would …": the learner as the counselor; any other "I" speaks of themselves.
        if first == "i" && !(w.count >= 3 && ["would", "d", "id", "'d"].contains(w[1])) { return false }
        return w.contains(where: actedUpon.contains) || trailingHedges.contains(w.last ?? "")
    }
}
