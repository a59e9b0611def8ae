/// Corrects a misspelled word to the nearest word of the knowledge base's own vocabulary,
/// using a one-deletion index (SymSpell) so the cost does not grow with the vocabulary.
struct SpellingCorrector: Sendable, Codable {
    private let counts: [String: Int]
    /// The indexed words, sorted.
    private let words: [String]
    /// The one-deletion index, flat: `keys` holds the hash of every indexed word and of each
    /// word made by deleting one of its letters, sorted, and `postings[i]` is the word
    /// (in `words`) that `keys[i]` came from. Hashes instead of strings make the index one
    /// allocation to build, read from the cache or search. Two different strings with one
    /// 64-bit hash would only add a candidate, which the edit distance then judges.
    private let keys: [UInt64]
    private let postings: [UInt32]
    /// Everyday English words kept as typed ("scarf" is no typo of "scare"): the knowledge
    /// base's word list (`words.txt`), sorted by bytes and joined by newlines. One string
    /// rather than a set, so the cache reads sixty thousand words as one copy; it is only
    /// searched (by bisection) when a word is about to be corrected.
    private let everyday: String

    /// An index over `input` (words and how often the knowledge base uses them) that keeps
    /// every word of `everyday` as typed.
    init(words input: [String: Int], everyday: [String] = []) {
        var counts: [String: Int] = [:]
        for (word, count) in input where word.count >= 3 && word.unicodeScalars.allSatisfy({ $0.isASCII }) {
            counts[word] = count
        }
        let words = counts.keys.sorted()
        var pairs: [(key: UInt64, word: UInt32)] = []
        pairs.reserveCapacity(words.count * 10)
        for (i, word) in words.enumerated() {
            for key in Self.variantKeys(word) { pairs.append((key, UInt32(i))) }
        }
        pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.word < $1.word }
        self.counts = counts
        self.words = words
        keys = pairs.map(\.key)
        postings = pairs.map(\.word)
        let sorted = zip(everyday, everyday.dropFirst()).allSatisfy { !Self.byteOrder($1, $0) }
        self.everyday = (sorted ? everyday : everyday.sorted(by: Self.byteOrder)).joined(separator: "\n")
    }

    /// Whether `a` sorts before `b` by their UTF-8 bytes, the order `isEveryday` bisects in.
    static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Whether `word` is a line of `everyday`, found by bisecting the sorted text as `look(1)`
    /// does: each probe moves back to the start of its line and compares that line.
    func isEveryday(_ word: String) -> Bool {
        var text = everyday
        return text.withUTF8 { bytes in
            let target = word.utf8
            var lo = 0
            var hi = bytes.count
            while lo < hi {
                var mid = (lo + hi) / 2
                while mid > lo && bytes[mid - 1] != 10 { mid -= 1 }
                var end = mid
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[mid..<end])
                if line.elementsEqual(target) { return true }
                if line.lexicographicallyPrecedes(target) { lo = end + 1 } else { hi = mid }
            }
            return false
        }
    }

    /// The hashes (FNV-1a) of `word` and of the distinct words made by deleting one of its
    /// characters (ASCII only, as every word the corrector indexes or corrects is).
    /// Deleting either letter of a doubled pair gives the same word, so only the first of a
    /// run is deleted.
    static func variantKeys(_ word: String) -> [UInt64] {
        var copy = word
        return copy.withUTF8 { bytes in
            var out: [UInt64] = []
            out.reserveCapacity(bytes.count + 1)
            var whole = FNV1a()
            whole.add(bytes)
            out.append(whole.value)
            for i in bytes.indices where i == 0 || bytes[i] != bytes[i - 1] {
                var h = FNV1a()
                h.add(UnsafeBufferPointer(rebasing: bytes[..<i]))
                h.add(UnsafeBufferPointer(rebasing: bytes[(i + 1)...]))
                out.append(h.value)
            }
            return out
        }
    }

    /// The indexed words one of whose variants hashes to `key`.
    private func words(under key: UInt64, into out: inout Set<String>) {
        var lo = 0
        var hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        while lo < keys.count && keys[lo] == key {
            out.insert(words[Int(postings[lo])])
            lo += 1
        }
    }

    /// A four-letter word is corrected only when swapping two neighbouring letters gives a
    /// known word ("qiuz", "hnit", "hlep"): any other edit of a word that short is as likely
    /// another real word.
    private func transposed(_ word: String) -> String? {
        var letters = Array(word)
        for i in 0..<(letters.count - 1) where letters[i] != letters[i + 1] {
            letters.swapAt(i, i + 1)
            let candidate = String(letters)
            if counts[candidate] != nil { return candidate }
            letters.swapAt(i, i + 1)
        }
        return nil
    }

    /// The best correction of `word`, or nil when none is close enough. Short words are not
    /// corrected: at four letters and under a typo is as likely another real word (but see
    /// `transposed`).
    func correct(_ word: String) -> String? {
        let n = word.unicodeScalars.count
        guard n >= 4, word.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) else {
            return nil
        }
        if counts[word] != nil { return nil }
        let found = n == 4 ? transposed(word) : nearest(word, length: n)
        return found == nil || isEveryday(word) ? nil : found
    }

    /// The indexed word nearest `word` (of `n` letters, five or more) within the edit limit.
    private func nearest(_ word: String, length n: Int) -> String? {
        let limit = n >= 8 ? 2 : 1
        var candidates: Set<String> = []
        for key in Self.variantKeys(word) { words(under: key, into: &candidates) }
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

extension SpellingCorrector {
    /// Throws unless the index is one `init(words:)` could have built: the knowledge-base
    /// cache is read back as it was written, so a damaged one must not index out of range.
    func checkDecoded() throws {
        guard keys.count == postings.count, postings.allSatisfy({ Int($0) < words.count }) else {
            throw CompactCodingError.invalid("a spelling posting out of range")
        }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw CompactCodingError.invalid("a spelling index out of order")
        }
    }
}
