/// Corrects a misspelled word to the nearest word of the knowledge base's own vocabulary,
/// using a one-deletion index (SymSpell) so the cost does not grow with the vocabulary.
struct SpellingCorrector: Sendable {
    private let counts: [String: Int]
    private let deletes: [String: [String]]

    init(words: [String: Int]) {
        var deletes: [String: [String]] = [:]
        var counts: [String: Int] = [:]
        for (word, count) in words where word.count >= 3 && word.unicodeScalars.allSatisfy({ $0.isASCII }) {
            counts[word] = count
            for d in Self.oneDeletes(word) { deletes[d, default: []].append(word) }
            deletes[word, default: []].append(word)
        }
        self.counts = counts
        self.deletes = deletes
    }

    /// The distinct words made by deleting one character of `word` (ASCII only, as every
    /// word the corrector indexes or corrects is). Deleting either letter of a doubled
    /// pair gives the same word, so only the first of a run is deleted.
    static func oneDeletes(_ word: String) -> [String] {
        let bytes = Array(word.utf8)
        var out: [String] = []
        out.reserveCapacity(bytes.count)
        var shorter = [UInt8](repeating: 0, count: max(0, bytes.count - 1))
        for i in bytes.indices where i == 0 || bytes[i] != bytes[i - 1] {
            shorter.withUnsafeMutableBufferPointer { buffer in
                var k = 0
                for (j, b) in bytes.enumerated() where j != i {
                    buffer[k] = b
                    k += 1
                }
            }
            out.append(String(decoding: shorter, as: UTF8.self))
        }
        return out
    }

    /// The best correction of `word`, or nil when none is close enough. Short words are not
    /// corrected: at four letters and under a typo is as likely another real word.
    func correct(_ word: String) -> String? {
        let n = word.unicodeScalars.count
        guard n >= 5, word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else {
            return nil
        }
        if counts[word] != nil { return nil }
        let limit = n >= 8 ? 2 : 1
        var candidates: Set<String> = []
        for key in Self.oneDeletes(word) + [word] {
            if let found = deletes[key] { candidates.formUnion(found) }
        }
        let chars = Array(word.unicodeScalars)
        var best: (word: String, distance: Int, count: Int)?
        for c in candidates {
            let d = EditDistance.damerau(chars, Array(c.unicodeScalars), limit: limit)
            guard d <= limit else { continue }
            // A different first letter is a rarer typo than one inside the word.
            let penalty = c.unicodeScalars.first == chars.first ? 0 : 1
            let score = d + penalty
            guard score <= limit else { continue }
            let count = counts[c] ?? 0
            if best == nil || score < best!.distance
                || (score == best!.distance
                    && (count > best!.count
                        || (count == best!.count && c < best!.word)))
            {
                best = (c, score, count)
            }
        }
        return best?.word
    }
}
