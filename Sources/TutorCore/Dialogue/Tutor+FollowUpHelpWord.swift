/// Round 25: lines right after an answer whose request word is a common verb of the topic
/// rather than a request of the conversation.
extension Tutor {
    /// "Who helps most from it", "who does it help the most", "why does that help" after the
    /// ORS and SRS: "help" cues a request for help with the tutor, but asked with a question
    /// word and a word pointing back it asks whom or why the topic helps, that is, why it
    /// matters. "Can you help me with it" (no question word of its own) stays a request for help.
    func helpOfTheTopicAsked(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard match.intent == .help, state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            !Self.namesByTerm(match)
        else { return nil }
        let words = Array(LineForm.words(analysis).drop { LineForm.openers.contains($0) })
        let pointing: Set<String> = ["it", "that", "this", "them", "those", "these", "they"]
        guard let first = words.first, ["who", "whom", "why", "which", "where", "when"].contains(first),
            words.contains(where: pointing.contains), !words.contains(where: ["me", "i", "im", "i'm"].contains)
        else { return nil }
        var read = match.settled(on: [topic], as: .explain)
        read.evidence.append("follow-up: whom or why the topic helps → explain")
        return read
    }

    /// "List some of them", "can you list a few" right after an answer: "list" cues the
    /// tutor's list of topics, but with a count it asks for a few cases of the topic
    /// (`LineForm.asksToNameAFew`).
    func someOfTheTopicListed(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard match.intent == .topics, state.open == nil, let topic = state.lastConcept,
            let previous = state.lastAnswer?.intent,
            [.define, .explain, .howTo, .compare, .simpler].contains(previous),
            LineForm.asksToNameAFew(LineForm.words(analysis))
        else { return nil }
        var read = match.settled(on: [topic], as: .example)
        read.evidence.append("follow-up: a few of the topic listed → an example")
        return read
    }
}
