/// (round 30) Two shapes of a request for a question with no word of quizzing in it, which the
/// matcher reads as a request for the definition of the topic they name.
///
/// - A bare topic, then in a clause of its own a signal to start: "cultural humility. go.",
///   "ok boundaries, ready", "the safety net thing — shoot". Nobody asks for a definition by
///   telling the tutor to go: the learner names what to be asked about and says they are ready.
/// - A question handed to the learner by a pronoun: "call one on me about the alliance",
///   "fire one at me on discord", "do one for me about insurance": "one" (or "something", "a
///   question") going to "me" by a preposition, then what it is to be about.
extension LineForm {
    /// Clauses that say "start" to the tutor, the whole clause.
    static let startSignals: WordSet = [
        "go", "go ahead", "go on then", "shoot", "fire away", "bring it", "bring it on", "ready", "im ready",
        "i'm ready", "i am ready", "lets go", "let's go", "let is go", "begin", "start", "your turn", "go for it",
        "hit it", "lets start", "let's start", "let is start", "lets begin", "let's begin", "let is begin",
    ]

    /// Words of a request to be told, which a topic before a start signal must not hold.
    static let tellingWords: WordSet = [
        "explain", "define", "describe", "tell", "show", "teach", "compare", "mean", "means", "meaning",
        "definition", "example", "examples", "difference", "summarize", "summarise", "recap", "list",
    ]

    /// "Cultural humility. go.": the line's last clause is a start signal, and what comes before
    /// it is a short phrase with no question word, verb of asking or person in it.
    /// The learner or the tutor named in the topic part: a sentence, not a topic.
    static let startPeople: WordSet = ["i", "im", "i'm", "me", "my", "you", "u", "we", "us"]

    static func namesATopicThenSaysGo(_ analysis: Analysis) -> Bool {
        let t = analysis.tokens.filter { $0.word.contains(where: \.isLetter) }
        guard let last = t.last else { return false }
        let tail = t.filter { $0.clause == last.clause }.map(\.word)
        let head = t.filter { $0.clause != last.clause }.map(\.word)
        guard !head.isEmpty, head.count <= 6, startSignals.contains(tail.joined(separator: " ")) else { return false }
        return !head.contains {
            questionWords.contains($0) || auxiliaries.contains($0) || copulas.contains($0) || startPeople.contains($0)
                || tellingWords.contains($0) || others.contains($0)
        }
    }

    /// "Call one on me about what the alliance means", "fire one at me on discord": a pronoun
    /// for a question, then "on", "at", "to" or "for" and "me", then what it is about (or the
    /// line's end, with the topic named before it: "trust: throw one at me").
    static func handsOneToMe(_ analysis: Analysis) -> Bool {
        let w = words(analysis).filter { $0.contains(where: \.isLetter) }
        let pronouns: Set<String> = ["one", "something", "question", "q"]
        let links: Set<String> = ["on", "at", "to", "for"]
        let about: Set<String> = ["about", "on", "re", "regarding", "abt", "bout", "covering", "testing"]
        return w.indices.dropLast(2).contains { i in
            guard pronouns.contains(w[i]), links.contains(w[i + 1]), ["me", "us"].contains(w[i + 2]) else {
                return false
            }
            // "Which one is for me" asks about the pronoun; "explain that one to me" asks the tutor to tell.
            if w[..<i].contains(where: { questionWords.contains($0) || tellingWords.contains($0) }) { return false }
            return i + 3 == w.count || about.contains(w[i + 3])
        }
    }
}
