/// Round 28: "I'm listening" said as what the learner means to show ("How I show that I am
/// listening without to judge?", "how can I let her know I'm listening"). Said alone ("go on,
/// i'm listening") it asks the tutor to go on, and its words are reserved from the concepts'
/// terms; as the object of showing, knowing or proving, it is the listening the line asks
/// about (active listening), no request of the conversation.
extension Matcher {
    /// Verbs whose object a clause "I'm listening" can be ("show that I am listening").
    static let listeningShownBy: WordSet = [
        "show", "shows", "showing", "showed", "know", "knows", "prove", "proves", "proving", "see", "sees",
        "feel", "feels", "sense", "senses", "tell", "demonstrate", "demonstrates", "convince", "signal", "that",
    ]

    /// The scan without each "more" cue ("i'm listening") whose clause has, within three words
    /// before it, a verb of showing or a "that" opening it as an object. Runs only where a
    /// "more" cue of two words or more was found.
    func droppingShownListening(_ scan: CueScan, _ tokens: [Token]) -> CueScan {
        guard scan.hits.contains(where: { $0.intent == .more && $0.span.count >= 2 }) else { return scan }
        var out = scan
        out.hits.removeAll { hit in
            guard hit.intent == .more, hit.span.count >= 2, tokens[hit.span.lowerBound].word == "i" else {
                return false
            }
            let start = hit.span.lowerBound
            let clause = tokens[start].clause
            return (max(0, start - 3)..<start).contains {
                tokens[$0].clause == clause && Self.listeningShownBy.contains(tokens[$0].word)
            }
        }
        return out
    }
}
