/// "The sleep bit is the excuse. That's sustain talk.": a "that" (or "this") opening a
/// sentence to name what something is stands for the subject of the sentence before, when that
/// sentence said what its subject is.
///
/// A learner labels a part of the case in two steps, first what it is in their own words,
/// then its name: "the kids part is what matters to him. That's change talk." The name then
/// stood beside no word of the part, and the label went uncredited. The "that" is read as the
/// earlier subject's head (its last content word before the copula), so "that's sustain
/// talk" says the sleep is sustain talk. Only when the sentence before opens with its
/// subject (a determiner at most, then one or two content words, then "is"/"'s"), its subject
/// is not negated, and the "that" sentence opens with "that is" and goes on to a content word.
extension Grader {
    /// What may stand before the subject of the sentence before ("the sleep bit").
    static let subjectDeterminers: WordSet = ["the", "a", "an", "his", "her", "their", "that", "this", "my"]
    /// The copulas of both sentences.
    static let namingCopulas: WordSet = ["is", "s", "was"]
    /// Words that may open the "that" sentence before it ("and that's", "so this is").
    static let thatOpeners: WordSet = ["and", "so", "but", "then", "yeah", "well"]

    func thatSubjects(_ tokens: inout [Token]) {
        for i in tokens.indices.dropFirst() where tokens[i].typed == "that" || tokens[i].typed == "this" {
            let sentence = tokens[i].sentence
            // It opens its sentence (after an opener at most), before a copula and a content word.
            var k = i - 1
            while k >= 0, tokens[k].sentence == sentence, Self.thatOpeners.contains(tokens[k].typed) { k -= 1 }
            guard k >= 0, tokens[k].sentence == sentence - 1, i + 2 < tokens.count,
                tokens[i + 1].sentence == sentence, Self.namingCopulas.contains(tokens[i + 1].typed),
                tokens[(i + 2)...].prefix(3).contains(where: { $0.sentence == sentence && $0.isContent })
            else { continue }
            // The sentence before: its start, then its subject up to its copula.
            var start = k
            while start > 0, tokens[start - 1].sentence == sentence - 1 { start -= 1 }
            var j = start
            if Self.subjectDeterminers.contains(tokens[j].typed) { j += 1 }
            // The head of "the sleep bit" is "sleep": a word of a part ("bit", "part", "thing")
            // names no content of its own.
            var head: Int?
            while j <= k, j < start + 4, tokens[j].isContent || Self.spokenPartNouns.contains(tokens[j].typed),
                !Self.namingCopulas.contains(tokens[j].typed)
            {
                if tokens[j].isContent && !Self.spokenPartNouns.contains(tokens[j].typed) { head = j }
                j += 1
            }
            guard let named = head, j <= k, Self.namingCopulas.contains(tokens[j].typed), !tokens[named].negated,
                !tokens[start...k].contains(where: \.isNegator)
            else { continue }
            tokens[i].stem = tokens[named].stem
            tokens[i].known = tokens[named].known
            tokens[i].isStop = false
        }
    }

    /// Words that name a part of what the client said ("the sleep bit", "the kids part").
    static let spokenPartNouns: WordSet = ["bit", "part", "thing", "piece", "half", "line", "stuff", "one"]
}
