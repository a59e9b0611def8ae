/// (round 25) "im fried after six intakes a day, how do counselors not burn out", "I need to know
/// how counselors keep from burning out, I'm worried about that for myself": a feeling of the
/// learner's told beside a question of the work that names a concept in a clause of its own.
/// The feeling's cue outweighed the question's, and the question was lost; the feeling sets
/// the scene, the question is what the learner asks. (A concept named inside the feeling's own
/// clause, "im so burnt out, how do i keep going", is the feeling, and stays one.)
extension Matcher {
    /// The content question asked beside a feeling, when the vote chose the feeling: the
    /// strongest content cue of two words or more in a clause that names the line's concept
    /// and holds no feeling cue.
    func questionBesideOwnFeeling(
        _ chosen: (intent: Intent, confidence: Double), cues: CueScan, terms: TermScan, ranked: [Int], guessed: Bool,
        tokens: [Token]
    ) -> (intent: Intent, confidence: Double) {
        guard chosen.intent == .feelings, !guessed, let top = ranked.first, let named = terms.tokens[top],
            !named.isEmpty
        else { return chosen }
        // Only a clause that asks ("how do counselors …", "I need to know how …"): "the ethics
        // part of the exam stresses me out" names a topic inside the feeling and asks nothing.
        let asked = cues.hits.filter { hit in
            let clause = tokens[hit.span.lowerBound].clause
            return hit.intent.isContent && hit.span.count >= 2
                && named.contains { tokens[$0].clause == clause }
                && tokens.contains { $0.clause == clause && Self.feltAskingWords.contains($0.typed) }
        }
        // A feeling's words after the question in its clause ("how do counselors not burn out")
        // are what it asks about, not the learner's feeling.
        var felt = Set<Int>()
        for hit in cues.hits where hit.intent == .feelings {
            let clause = tokens[hit.span.lowerBound].clause
            let questioned = asked.contains {
                tokens[$0.span.lowerBound].clause == clause && $0.span.lowerBound < hit.span.lowerBound
            }
            if !questioned { felt.insert(clause) }
        }
        guard named.allSatisfy({ !felt.contains(tokens[$0].clause) }) else { return chosen }
        guard let question = asked.max(by: { $0.score < $1.score }) else { return chosen }
        return (question.intent, chosen.confidence)
    }

    /// Words that make a clause ask something.
    static let feltAskingWords: WordSet = [
        "how", "what", "why", "which", "when", "where", "who", "whether", "can", "could", "should", "do", "does",
        "is", "are", "explain", "tell",
    ]
}
