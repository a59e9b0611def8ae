extension Matcher {
    /// Undoes spelling corrections that turned a word of another field into one of ours:
    /// "dental" is not a typo of "denial", nor "banking" of "backing". The knowledge base's
    /// vocabulary is small, so many ordinary words lie one letter from one of its words;
    /// those the lexicon names as off-topic, or as another sense of a concept, keep their
    /// own stem (unknown), so the scope decision sees them for what they are.
    func keepingForeignWords(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: \.corrected) else { return tokens }
        var out = tokens
        for i in out.indices where out[i].corrected {
            let own = analyzer.stem(out[i].typed)
            guard foreignStems.contains(own) else { continue }
            out[i].word = out[i].typed
            out[i].stem = own
            out[i].corrected = false
            out[i].known = false
        }
        return out
    }
}
