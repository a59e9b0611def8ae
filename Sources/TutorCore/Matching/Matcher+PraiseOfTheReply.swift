/// (round 30) "very clear now", "good explanation", "ok, I understand now", "it is clear for me
/// now": a word about the reply just given, that it was clear or useful or that the learner
/// understands now, is thanks, said without a word of thanks. Learners writing in a second
/// language say it after a thanks of their own language ("Madloba, very clear now"), and a
/// plain "very clear" or "good explanation" in English thanks as much as "that helped". The
/// line was read out of scope (nothing named) or as a definition asked ("it is clear now",
/// "now I understand" guessed a concept from the concepts' whole text).
///
/// The whole line must be such a word: every word one of praise, of understanding, or of the
/// small words around them, at least one of them saying the reply was clear or useful or is
/// understood; no question mark, no negation ("still not clear" asks for a plainer reply), no
/// auxiliary opening the line ("is it clear"), and no request ("that was helpful, one more
/// example" asks for more).
extension Matcher {
    /// Whether the whole line praises the reply or says it is understood now.
    static func praisesTheReply(_ tokens: [Token], text: String) -> Bool {
        guard !text.contains("?"), tokens.count <= praiseWordsMax, let first = tokens.first,
            !openingAuxiliaries.contains(first.typed)
        else { return false }
        guard !tokens.contains(where: { $0.isNegator || $0.negated }) else { return false }
        var praised = false
        for t in tokens {
            let w = t.typed
            if replyPraise.contains(w) {
                praised = true
            } else if !wordsAroundPraise.contains(w) {
                return false
            }
        }
        return praised
    }

    /// The reading of a line that praises the reply: thanks.
    func thanksByPraise(_ analysis: Analysis, _ result: MatchResult) -> MatchResult? {
        guard [.outOfScope, .define, .explain].contains(result.intent), result.basis.named.isEmpty,
            Self.praisesTheReply(analysis.tokens, text: analysis.text)
        else { return nil }
        var thanks = MatchResult(intent: .thanks, concepts: [], confidence: tuning.terseRequestConfidence)
        thanks.evidence = ["the whole line says the reply was clear or useful → thanks"]
        return thanks
    }

    /// Words that say the reply was clear or useful, or that it is understood now.
    static let replyPraise: WordSet = [
        "clear", "clearer", "helpful", "useful", "understood", "understand", "explanation", "explained",
        "helped", "clarified", "clarifies", "sense",
    ]

    /// The small words, praise and adverbs around them ("ok", "now", "very", "it is", "for me",
    /// "good", "thank you").
    static let wordsAroundPraise: WordSet = [
        "ok", "okay", "oh", "ah", "aha", "yes", "yeah", "now", "very", "so", "really", "super", "quite", "much",
        "it", "is", "was", "s", "that", "thats", "this", "i", "me", "for", "to", "my", "a", "the", "am", "m", "im",
        "all", "well", "totally", "finally", "thank", "thanks", "you", "lot", "makes", "made", "good",
        "great", "nice", "excellent", "perfect", "wonderful", "brilliant", "fantastic", "answer", "your",
        "everything", "better", "bit", "little", "got", "get", "cool", "awesome", "amazing", "fine", "and", "too",
        "also", "think", "teacher", "tutor", "sir", "friend", "dear", "most", "truly", "clearly", "nicely",
        "explaining", "extremely", "pretty", "true", "sure", "far",
    ]

    /// Auxiliaries that open a question without a question mark ("is it clear", "was that helpful").
    static let openingAuxiliaries: WordSet = [
        "is", "was", "are", "were", "does", "do", "did", "can", "could", "would", "will", "should", "has", "have",
    ]

    /// At most this many words make a word about the reply.
    static let praiseWordsMax = 10
}
