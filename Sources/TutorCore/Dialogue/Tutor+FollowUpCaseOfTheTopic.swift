/// Round 29: "example with a client who did something awful" after unconditional positive
/// regard, "give me a sentence a client would say" after change talk, "example of that w a
/// guy who says hes fine but keeps using" after empathic confrontation: an example asked for
/// right after an answer, with a client described for it to happen with. The client's story
/// suggests a concept of its own (sympathy, trust, court orders), but the story is only the
/// case's setting: the example is of the topic just discussed, or of the concept the line
/// names by its own term ("show me a reflection of feeling for a client who is angry at his
/// boss"), when the reading holds it. A concept named by a term stays where the line put it.
extension Tutor {
    /// Words for the person a case is told about.
    static let peopleInAStory: WordSet = [
        "client", "clients", "guy", "someone", "somebody", "person", "patient", "man", "woman", "mom", "dad", "teen",
        "kid", "he", "she", "his", "her",
    ]

    /// The example settled on the topic (or the concept named by a term) when the reading's
    /// first concept is only suggested by the case; nil otherwise.
    func caseOfTheTopic(_ read: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult?
    {
        // Only with a person told ("an example of the first one" picks a listed part).
        guard analysis.tokens.contains(where: { Self.peopleInAStory.contains($0.word) }) else { return nil }
        guard read.intent == .example, state.open == nil, state.lastAnswer != nil, let last = state.lastConcept,
            let first = read.concepts.first, first != last,
            // One of the concepts just discussed ("example of the second one") is no story's.
            state.lastAnswer?.concepts.contains(first) != true
        else { return nil }
        let named = match.basis.named.map(\.concept)
        guard !named.contains(first) else { return nil }
        // A concept named by a term leads only when the reading holds it ("the empathic
        // version" names empathy, yet reads as empathic confrontation: left as read).
        let own: String
        if named.isEmpty {
            own = last
        } else if let n = named.first(where: {
            read.concepts.contains($0) && !matcher.tuning.frameConcepts.contains($0)
        }) {
            own = n
        } else {
            return nil
        }
        var settled = read.settled(on: [own])
        settled.evidence.append("follow-up: an example with a client told for it → \(own)")
        return settled
    }
}
