/// "He shows up every week. That's the treatment working.": a sentence that opens with "that
/// is" (or "this is", "that means") says what the sentence before it amounts to, and is read
/// in one sentence with it, as "he shows up every week, so that's the treatment working" is.
/// A belief or an idea told in two steps, the fact and then what it shows, was split by the
/// full stop, and no phrasing reached across it.
///
/// Only when the "that" sentence goes on to at least two content words (one alone is a name,
/// read by `Grader+Anaphora` and `Grader+ThatSubject`), and the sentence before says something
/// (two content words) and is not itself "X is Y" (which `Grader+ThatSubject` reads).
extension Grader {
    /// The verbs after "that" that say what the sentence before amounts to.
    static let amountsTo: WordSet = ["s", "is", "was", "means", "shows", "proves"]

    func joiningThatClaims(_ analysis: Analysis) -> Analysis {
        let tokens = analysis.tokens
        guard tokens.count >= 6, let lastSentence = tokens.last?.sentence, lastSentence > 0 else { return analysis }
        // The sentences read with the one before them.
        var joined: Set<Int> = []
        var opening = 0
        for i in tokens.indices.dropFirst() where tokens[i].sentence != tokens[i - 1].sentence {
            let beforeStart = opening
            opening = i
            // The sentence at i: (an opener,) "that"/"this", a verb of amounting, then content.
            let sentence = tokens[i].sentence
            var k = i
            while k < tokens.count, tokens[k].sentence == sentence, Self.thatOpeners.contains(tokens[k].typed) {
                k += 1
            }
            guard k + 2 < tokens.count, tokens[k].sentence == sentence,
                ["that", "this", "thats"].contains(tokens[k].typed)
            else { continue }
            let verb = tokens[k].typed == "thats" ? k : k + 1
            guard tokens[k].typed == "thats" || Self.amountsTo.contains(tokens[verb].typed) else { continue }
            let rest = tokens[(verb + 1)...].prefix { $0.sentence == sentence }
            guard rest.filter(\.isContent).count >= 2, rest.count <= 8 else { continue }
            // The sentence before: a claim of its own, not "X is Y".
            let before = Array(tokens[beforeStart..<i])
            guard before.filter(\.isContent).count >= 2, !namesWhatItIs(before) else { continue }
            joined.insert(sentence)
        }
        guard !joined.isEmpty else { return analysis }
        var out = tokens
        for j in out.indices {
            out[j].sentence -= joined.filter { $0 <= tokens[j].sentence }.count
        }
        return Analysis(text: analysis.text, tokens: out)
    }

    /// Whether a sentence opens with its subject and a copula ("the sleep bit is the excuse").
    func namesWhatItIs(_ sentence: [Token]) -> Bool {
        var k = 0
        while k < sentence.count, Self.subjectDeterminers.contains(sentence[k].typed) { k += 1 }
        var content = 0
        while k < sentence.count, sentence[k].isContent, content < 2 {
            content += 1
            k += 1
        }
        return content > 0 && k < sentence.count && Self.namingCopulas.contains(sentence[k].typed)
    }
}
