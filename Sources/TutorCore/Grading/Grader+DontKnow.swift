import Foundation

/// Telling "I don't know" from an attempt: a don't-know only says so (or asks for help);
/// "I'm not sure but maybe they'd get defensive" is an answer, and so is a line that opens
/// with "nothing" and goes on to say something.
extension Grader {
    /// Words after a don't-know cue that keep the rest of the line inside it ("I don't know
    /// what trust is").
    static let dontKnowContinuations: Set<String> = ["what", "how", "why", "whether", "if", "about", "which"]

    /// Words of a request for help ("can you give me a hint"), which say nothing of the answer.
    static let requestWords: Set<String> = ["give", "tell", "explain", "show", "need", "want", "answer", "question"]

    /// Cues whose clause names what the learner has not learned.
    static let topicCues: Set<String> = [
        "have not learned", "have not studied", "never learned", "never studied", "do not know", "not know",
        "do not remember", "forgot", "forget",
    ]

    /// Whether a line that covers nothing says "I don't know" or asks for help, and says
    /// nothing else of substance.
    public func saysDontKnow(_ analysis: Analysis) -> Bool {
        saysDontKnow(analysis, vocabulary: nil)
    }

    /// `vocabulary`: the stems of the question's ideas; a word of them outside the cue, or a
    /// hedge that goes on ("not sure, but maybe …"), makes the line an attempt.
    func saysDontKnow(_ analysis: Analysis, vocabulary: Set<String>?) -> Bool {
        let words = analysis.tokens.map(\.typed)
        if words.isEmpty { return true }
        var inCue = [Bool](repeating: false, count: words.count)
        var found = false
        for cue in dontKnow where !cue.isEmpty && cue.count <= words.count {
            for start in 0...(words.count - cue.count) where Array(words[start..<(start + cue.count)]) == cue {
                found = true
                var end = start + cue.count
                if end < words.count, Self.dontKnowContinuations.contains(words[end]) { end = words.count }
                // "I haven't learned MI yet": what was not learned is part of the cue.
                if Self.topicCues.contains(cue.joined(separator: " ")) {
                    while end < words.count, analysis.tokens[end].clause == analysis.tokens[start].clause { end += 1 }
                }
                for k in start..<end { inCue[k] = true }
            }
        }
        if found {
            let tokens = analysis.tokens
            let outside = tokens.indices.filter { !inCue[$0] }
            if let vocabulary,
                outside.contains(where: {
                    tokens[$0].isContent && vocabulary.contains(tokens[$0].stem)
                        && !Self.requestWords.contains(tokens[$0].typed)
                })
            {
                return false
            }
            if let hedge = outside.first(where: { Self.hedges.contains(tokens[$0].typed) }),
                outside.contains(where: { $0 > hedge && tokens[$0].isContent })
            {
                return false
            }
            return true
        }
        // A question back instead of an answer: "what do you mean by connection?"
        let trimmed = analysis.text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("?"), let first = words.first,
            ["what", "how", "can", "could", "would", "is", "does", "do", "why", "which"].contains(first),
            analysis.tokens.filter(\.isContent).count <= GradingTuning.standard.maxQuestionBackContent
        {
            return true
        }
        return false
    }

    /// Whether a line reads as a sincere attempt at an answer rather than a social move or
    /// a request: a statement (not a question) that talks about someone, hedges ("I guess",
    /// "maybe"), or names something the knowledge base knows. "be nice to them" is one;
    /// "thanks!" is not.
    public func isAttempt(_ analysis: Analysis) -> Bool {
        let words = analysis.tokens.map(\.typed)
        guard words.count >= 2, !analysis.text.hasSuffix("?"), let first = words.first else { return false }
        if ["what", "why", "how", "who", "which", "can", "could", "would", "tell", "give", "show", "explain"]
            .contains(first)
        {
            return false
        }
        let hedged = words.contains { Self.hedges.contains($0) }
        // "I'm so stressed", "I need a break": about the learner, not the question.
        if ["i", "im"].contains(first) && !hedged { return false }
        let people: Set<String> = ["they", "them", "their", "he", "him", "his", "she", "her", "client", "clients"]
        let starters: Set<String> = ["be", "it", "its", "because", "whoever", "the", "by", "when", "if", "to"]
        return hedged || starters.contains(first) || words.contains(where: people.contains)
            || analysis.tokens.contains { $0.isContent && $0.known && !Self.socialWords.contains($0.typed) }
    }

    /// Words that go on to an attempt after a doubt: "not sure, but maybe …".
    static let hedges: Set<String> = ["guess", "maybe", "probably", "perhaps", "think", "but"]

    /// Words of thanks, greeting and farewell, which alone never make an attempt.
    static let socialWords: Set<String> = [
        "thanks", "thank", "thx", "ty", "cheers", "great", "cool", "awesome", "nice", "hi", "hello", "hey", "bye",
        "goodbye", "ok", "okay", "got", "perfect", "good", "helpful", "help", "helps", "bored", "tired", "stressed",
    ]
}
