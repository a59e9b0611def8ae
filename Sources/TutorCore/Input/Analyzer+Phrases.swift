/// Multi-word synonyms: a phrase of the lexicon ("take part") becomes one token that
/// stands for its group.
extension Analyzer {
    func applyPhraseSynonyms(_ tokens: inout [Token]) {
        guard !phraseSynonyms.isEmpty else { return }
        var i = 0
        while i < tokens.count {
            if let candidates = phraseSynonyms[tokens[i].stem] {
                var replaced = false
                for cand in candidates where i + cand.stems.count <= tokens.count {
                    var ok = true
                    for (k, s) in cand.stems.enumerated() {
                        let t = tokens[i + k]
                        if !Self.fillsPhraseSlot(t, s) || t.clause != tokens[i].clause { ok = false; break }
                    }
                    if ok {
                        var merged = tokens[i]
                        merged.stem = cand.canonical
                        merged.isStop = false
                        merged.known = true
                        merged.word = cand.stems.joined(separator: " ")
                        tokens.replaceSubrange(i..<(i + cand.stems.count), with: [merged])
                        replaced = true
                        break
                    }
                }
                if replaced {
                    i += 1
                    continue
                }
            }
            i += 1
        }
    }
}
