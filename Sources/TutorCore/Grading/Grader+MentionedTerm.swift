/// "That's what unconditional means": a term named to say what it means is mentioned, not
/// used.
///
/// A learner who holds a belief about a term often ends by pinning it on the term ("you tell
/// them whatever they did is fine. That's what unconditional means."). The term's word is a
/// phrasing of the right idea ("unconditional" for accepting without conditions), so the
/// answer was credited with the idea it gets wrong. A term between "what" and "means" (or
/// "mean", "meant"), at most three words in one clause, is the word the learner defines and
/// is read as a small word, when the phrase is said of a claim ("that's what X means", "what X
/// means is …"), not asked of someone ("ask what trust means to them"): it credits nothing and holds nothing. What the line says the term
/// means is read as usual.
extension Grader {
    static let meaningVerbs: WordSet = ["means", "mean", "meant"]

    func mentionedTerms(_ tokens: inout [Token]) {
        for i in tokens.indices where Self.meaningVerbs.contains(tokens[i].typed) {
            var j = i - 1
            while j >= 0, j >= i - 4, tokens[j].clause == tokens[i].clause, tokens[j].typed != "what" { j -= 1 }
            guard j >= 0, j < i - 1, tokens[j].typed == "what", tokens[j].clause == tokens[i].clause,
                // "what it means", "what they mean": no term named.
                tokens[(j + 1)..<i].contains(where: \.isContent),
                // "That's what X means", "what X means is …": not "ask what trust means to them".
                j == 0 || tokens[j - 1].sentence != tokens[j].sentence
                    || ["is", "s", "thats", "that", "exactly", "just"].contains(tokens[j - 1].typed),
                i + 1 == tokens.count || tokens[i + 1].clause != tokens[i].clause
                    || ["is", "s"].contains(tokens[i + 1].typed)
            else { continue }
            for k in (j + 1)..<i { tokens[k].isStop = true }
        }
    }
}
