/// "Oh, so accepting her isn't the same as saying what she did was fine?", "so B puts her own
/// feelings into words?", "so the card would be a crossing, not a violation, I suppose?": the
/// learner restates what they take the answer to be and checks it with a question mark. It is an
/// answer, graded; "isn't the same as" in it read as a request to compare, so the line was
/// answered beside the question and the learner's idea never counted. A "so" (after at most two
/// small openers), then a statement of four words or more: no question word opening a clause,
/// no auxiliary right after "so" ("so should we…" asks), no "vs".
extension LineForm {
    static let restatementOpeners: WordSet = ["oh", "ok", "okay", "wait", "ah", "right", "hmm", "aha", "alright"]

    static func restatesToCheck(_ analysis: Analysis) -> Bool {
        guard analysis.text.hasSuffix("?") else { return false }
        let w = analysis.tokens.map(\.typed).filter { $0.contains(where: \.isLetter) }
        var i = 0
        while i < min(2, w.count), restatementOpeners.contains(w[i]) { i += 1 }
        guard i < w.count, w[i] == "so", w.count - (i + 1) >= 4 else { return false }
        let next = w[i + 1]
        let asking: Set<String> = ["whats", "what's", "hows", "how's", "whys", "whos"]
        guard !auxiliaries.contains(next), !asking.contains(next) else { return false }
        // A question word opening a clause asks ("so insurance or the alliance, which matters
        // more?"); inside one it is the statement's own ("saying what she did was fine").
        let t = analysis.tokens
        let opensAQuestion = t.indices.contains { k in
            (questionWords.contains(t[k].typed) || asking.contains(t[k].typed))
                && (k == 0 || t[k - 1].clause != t[k].clause || t[k - 1].sentence != t[k].sentence)
        }
        return !opensAQuestion && !w.contains(where: ["vs", "versus", "difference"].contains)
    }
}
