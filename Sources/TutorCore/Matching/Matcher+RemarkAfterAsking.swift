/// Round 29: the learner's remark on a word, said in a sentence of its own after asking what it
/// is ("whats a boundary crossing. sounds like paperwork talk to me", "Congruence. What is it?
/// Sounds like geometry class.").
///
/// - "Sounds like …" opening a sentence of its own, with no subject, is the learner's impression of
///   the word, not a request to hear what the thing sounds like (an example's cue, "what would
///   that sound like").
/// - A term said as a sentence on its own ("Congruence.") and then "What is it?" is one question
///   in two sentences: the term is what the bare question asks about, so the remark's words
///   ("geometry class") are where the learner met the word, not another field the line asks
///   about (`ScopeDecision`'s concept asked on its own).
extension Matcher {
    /// Whether the cue at `start` is a "sounds like" opening a sentence, with no subject before
    /// it, in a line of more than one sentence ("sounds like a plan. what is empathy" too).
    static func remarksSoundsLike(_ tokens: [Token], at start: Int) -> Bool {
        guard start + 1 < tokens.count, ["sounds", "sound"].contains(tokens[start].word),
            tokens[start + 1].word == "like"
        else { return false }
        let sentence = tokens[start].sentence
        return (start == 0 || tokens[start - 1].sentence != sentence) && tokens.contains { $0.sentence != sentence }
    }

    /// The sentence that asks about a term said as a sentence of its own, or nil: the term's
    /// sentence holds only the term's words, and the next sentence is a bare "what is it" (no
    /// content word of its own).
    static func askedOfAFrontedTerm(_ own: [Int], _ tokens: [Token]) -> Int? {
        guard let first = own.min(), let last = own.max() else { return nil }
        let sentence = tokens[first].sentence
        guard tokens[last].sentence == sentence,
            first == 0 || tokens[first - 1].sentence != sentence,
            last + 1 < tokens.count, tokens[last + 1].sentence != sentence,
            asksBareWhatIsIt(Array(tokens[(last + 1)...].prefix { $0.sentence == tokens[last + 1].sentence }))
        else { return nil }
        return tokens[last + 1].sentence
    }
}
