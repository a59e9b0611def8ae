/// "Honestly it IS the most important thing for success", "it's how people afford treatment,
/// so it's the number one part of success", "I'd guess it matters most in the end": an "it"
/// that ranks something first, with nothing
/// in the answer before it to stand for, stands for the question's own topic ("Insurance
/// coverage matters in treatment. Why is it considered secondary …?"): a misconception stated
/// of that "it" is stated in its own words. Only a topic some misconception of the question
/// names, and only when the line's own clauses give the "it" no subject (`antecedents`, which
/// runs after, still rereads it as an earlier clause's subject: "the relationship is what
/// counts, it's the most important thing").
extension Grader {
    /// Words that rank something first, within a few words of the copula.
    static let firstRanks: WordSet = [
        "most", "number", "biggest", "main", "key", "primary", "top", "greatest", "best", "major",
        // (round 30) And the other words of first rank: "the single strongest determinant".
        "strongest", "largest", "highest", "single", "foremost", "chief", "leading", "deciding", "decisive",
        "dominant", "ultimate",
    ]
    /// Verbs that rank their object ("rank it as the …", "consider it the …").
    static let judgingVerbs: WordSet = [
        "rank", "ranks", "rate", "rates", "consider", "considers", "call", "calls", "see", "sees", "regard",
        "regards", "view", "views", "count", "counts", "deem", "deems",
    ]
    /// Words that may stand between the copula and the predicate ("it's still the …").
    static let copulaFillers: WordSet = [
        "still", "really", "honestly", "basically", "just", "actually", "definitely", "literally", "truly", "always",
        "clearly", "obviously",
    ]
    static let itForms: WordSet = ["it", "its"]
    /// Verbs that rank their subject with "most" ("it matters most").
    static let rankingVerbs: WordSet = ["matters", "counts", "matter", "count"]

    func resolvingTopicIt(_ q: CompiledQuestion, _ analysis: Analysis) -> Analysis {
        var tokens = analysis.tokens
        var topic: Token??
        var changed = false
        for i in tokens.indices where Self.itForms.contains(tokens[i].typed) && tokens[i].isStop {
            guard Self.ranksFirst(tokens, i) else { continue }
            if topic == nil {
                let named = analyzer.analyze(q.question.text, correct: false).tokens.first(where: \.isContent)
                topic = .some(
                    named.flatMap { t in
                        q.misconceptions.contains { idea in
                            idea.patterns.contains { $0.stems.contains(classes[t.stem] ?? t.stem) }
                        } ? t : nil
                    })
            }
            guard let named = topic ?? nil else { return analysis }
            tokens[i].stem = named.stem
            tokens[i].known = named.known
            tokens[i].isStop = false
            changed = true
        }
        return changed ? Analysis(text: analysis.text, tokens: tokens) : analysis
    }

    /// Whether the "it" at `i` is ranked first: "it's (still) the most …", "it's the number one
    /// …", or by its verb ("it matters most", "it counts the most"); not a cleft ("it's the
    /// relationship that matters").
    static func ranksFirst(_ tokens: [Token], _ i: Int) -> Bool {
        let clause = tokens[i].clause
        if tokens[i].typed == "it", i + 2 < tokens.count, rankingVerbs.contains(tokens[i + 1].typed) {
            return tokens[(i + 2)..<min(tokens.count, i + 4)].contains { $0.typed == "most" && $0.clause == clause }
        }
        var j = i + 1
        // (round 30) "I would rank it as the single strongest …", "I'd call it the biggest …":
        // an "it" a verb of judging ranks.
        if tokens[i].typed == "it", i > 0, judgingVerbs.contains(tokens[i - 1].typed),
            tokens[i - 1].clause == clause
        {
            if j < tokens.count, tokens[j].typed == "as" { j += 1 }
        } else if tokens[i].typed == "it" {
            guard j < tokens.count, ["s", "is", "was"].contains(tokens[j].typed) else { return false }
            j += 1
        }
        while j < tokens.count, tokens[j].clause == clause, copulaFillers.contains(tokens[j].typed) { j += 1 }
        guard j < tokens.count, tokens[j].clause == clause, ["the", "a", "an", "number"].contains(tokens[j].typed)
        else { return false }
        return (j..<min(tokens.count, j + 3)).contains {
            tokens[$0].clause == clause && firstRanks.contains(tokens[$0].typed)
        }
            && !tokens[j..<min(tokens.count, j + 6)].contains { cleftClosers.contains($0.typed) }
    }
}
