/// (round 32) "What is the proper way to wind down with a client…", "what's the correct
/// procedure for explaining the limits of confidentiality at intake", "what is the recommended
/// way to explain…", "what are the right steps for ending counselling": the "what is" asks for
/// a way of acting, which is a how-to, not a definition. The definition's cue ("what is") stood
/// before the way's noun, and the lines a topic's prior knows are mostly definitions.
///
/// The shape: a question word opening a clause ("what", "whats", "what's"), "is", "are" or
/// nothing, "the" (or "a", "an"), at most two words of judgement ("proper", "best",
/// "recommended", any word that is no concept's term), a noun of a way of acting ("way",
/// "procedure", "steps", "protocol", "method"), then "to", "for" or "of" and a verb
/// ("to explain", "for ending", "of handling"). "What is the term for this" and "what is the
/// MI way of seeing resistance" are no way of acting: the first has no such noun; the second
/// names a concept before its noun.
extension Matcher {
    /// Whether some clause of the line asks for the way to act, as above.
    func asksTheWayToAct(_ terms: TermScan, _ tokens: [Token]) -> Bool {
        for q in tokens.indices where Self.whatWords.contains(tokens[q].word) {
            guard q == 0 || tokens[q - 1].clause != tokens[q].clause else { continue }
            var i = q + 1
            if i < tokens.count, ["is", "are", "'s", "s"].contains(tokens[i].word) { i += 1 }
            guard i < tokens.count, ["the", "a", "an"].contains(tokens[i].word) else { continue }
            i += 1
            var judged = 0
            while i < tokens.count, !Self.waysOfActing.contains(tokens[i].word), judged < 2,
                tokens[i].clause == tokens[q].clause, terms.claimed[i] == nil
            {
                judged += 1
                i += 1
            }
            guard i + 2 < tokens.count, Self.waysOfActing.contains(tokens[i].word),
                tokens[i + 1].clause == tokens[q].clause, ["to", "for", "of"].contains(tokens[i + 1].word)
            else { continue }
            let next = tokens[i + 2].word
            // "to explain", "for ending", "of handling": a verb of acting, not "for this" or "to it".
            if tokens[i + 1].word == "to" ? tokens[i + 2].isContent : next.hasSuffix("ing") && next.count >= 5 {
                return true
            }
        }
        return false
    }

    static let waysOfActing: WordSet = [
        "way", "ways", "procedure", "procedures", "steps", "protocol", "method", "methods", "technique",
        "techniques",
    ]
}
