/// (round 29) "I would like another attempt at defining the therapeutic alliance", "let me
/// have a go at explaining countertransference", "can I take a shot at describing UPR", "let
/// me try to define it again": the learner offers to do the defining or explaining, which asks
/// for the question that tests it, not for the tutor's definition. The verb of explaining is
/// the learner's own: an attempt (noun or verb) is put before it, and nobody but the learner
/// is to do it ("can you try explaining…", "try explaining it to the client" are not offers).
extension LineForm {
    /// Nouns for one try at something ("another attempt at", "a go at", "a crack at").
    static let attemptNouns: WordSet = ["attempt", "try", "go", "shot", "stab", "crack", "whack", "swing"]
    /// Verbs of trying, before the verb of explaining ("let me try defining", "i'll attempt to explain").
    static let attemptVerbs: WordSet = ["try", "attempt", "tryna"]
    /// What the learner offers to do, as a gerund or a bare verb.
    static let explainingForms: WordSet = [
        "defining", "explaining", "describing", "answering", "define", "explain", "describe", "answer",
    ]
    /// Whoever else the offer might be for: the tutor ("can you try explaining") or a client.
    static let otherDoers: WordSet = ["you", "u", "ya", "yall", "he", "she", "they", "counselor", "client"]

    /// The learner, as the one who tries ("i'd like a go", "let me try", "my turn to try").
    static let learnerWords: WordSet = ["i", "me", "lemme", "my", "we", "us", "i'll", "ill", "i'd", "id", "im", "i'm"]

    /// Whether the line offers the learner's own attempt at defining or explaining.
    static func offersToAttempt(_ analysis: Analysis) -> Bool {
        let w = words(analysis).filter { $0.contains(where: \.isLetter) }
        guard let first = w.first, !questionWords.contains(first) else { return false }
        for i in w.indices {
            var j = i + 1
            if attemptNouns.contains(w[i]) && j < w.count && w[j] == "at" {
                j += 1
            } else if attemptVerbs.contains(w[i]) {
                if j < w.count && w[j] == "to" { j += 1 }
                if j < w.count && w[j] == "again" { j += 1 }
            } else {
                continue
            }
            guard j < w.count, explainingForms.contains(w[j]), j + 1 < w.count else { continue }
            // The doer: the learner, named before the attempt, and nobody else.
            let before = w[..<i]
            if before.contains(where: otherDoers.contains) || !before.contains(where: learnerWords.contains) {
                return false
            }
            // "… to a client", "… to her": explaining to someone is a how-to, not a test.
            let after = w[(j + 1)...]
            if let to = after.firstIndex(of: "to"), to + 1 < w.count,
                others.contains(w[to + 1]) || ["a", "the", "my", "your"].contains(w[to + 1])
            {
                return false
            }
            return true
        }
        return false
    }
}
