/// One kind named by its full term and another by its modifier alone ("an empathic
/// confrontation versus the harsh kind", "what separates open questions from the closed
/// sort"): the word of kind ("kind", "type", "sort", "one" …) stands for the head noun of the
/// term named earlier in the line. When the modifier and that noun make a two-word term of a
/// second concept ("harsh confrontation"), the word of kind is read as the noun, so the term
/// is found and the comparison names both sides. Nothing is borrowed when no such term
/// exists ("the first one", "the other kind"), when the earlier noun is not itself named by a
/// two-word term of another concept ("a kind of confrontation … the harsh one": the kinds of
/// one shared word, `kindsOfASharedName`), or in "sort of", "kind of".
extension Matcher {
    func borrowingHeadNoun(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { Self.kindWords.contains($0.word) }) else { return tokens }
        var out = tokens
        for i in tokens.indices.dropFirst(3) where Self.kindWords.contains(tokens[i].word) {
            if i + 1 < tokens.count && tokens[i + 1].word == "of" { continue }
            let modifier = tokens[i - 1]
            guard modifier.isContent, !modifier.negated, let candidates = termIndex[modifier.stem] else { continue }
            let borrowed = { (j: Int) in candidates.first { self.terms[$0].stems == [modifier.stem, tokens[j].stem] } }
            // The head noun: an earlier content word named with its own modifier by another concept's term.
            let head = stride(from: i - 2, through: 1, by: -1).lazy.compactMap { j -> Int? in
                guard tokens[j].isContent, tokens[j].stem != modifier.stem, let t = borrowed(j) else { return nil }
                let named = (self.termIndex[tokens[j - 1].stem] ?? []).contains { n in
                    self.terms[n].stems == [tokens[j - 1].stem, tokens[j].stem]
                        && self.terms[n].concept != self.terms[t].concept
                }
                return named ? j : nil
            }.first
            guard let j = head else { continue }
            // The word as typed stays a word of kinds (`kindWords`); only its stem is the noun's.
            out[i].stem = tokens[j].stem
            out[i].isStop = false
            out[i].known = true
        }
        return out
    }
}
