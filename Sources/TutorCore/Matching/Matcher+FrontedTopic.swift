/// (round 25) "Weak alliance in first sessions, does it predict drop out?": a topic set first,
/// then a yes-or-no question about it ("does it …") in a clause of its own. Like "does a weak
/// alliance predict dropout", the question asks about the topic, so its words ("weak", "help")
/// ask the tutor for nothing; read alone, "weak" was a request for the learner's weak spots.
extension Matcher {
    /// Whether the line opens with a clause that only names something (no auxiliary, no
    /// person of the conversation, no question word) and goes on with "does it", "do they",
    /// "did that" opening the next clause.
    func asksWhetherOfAFrontedTopic(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first, let next = tokens.firstIndex(where: { $0.clause != first.clause }),
            next >= 2, next + 1 < tokens.count, ["does", "do", "did"].contains(tokens[next].word),
            ["it", "that", "this", "they"].contains(tokens[next + 1].word)
        else { return false }
        return tokens[..<next].allSatisfy { t in
            !Self.auxiliaries.contains(t.word) && !Self.conversationSubjects.contains(t.word)
                && !Self.askingWords.contains(t.word)
        }
    }
}
