/// A fixed list of words, asked only whether it holds a word: the reading rules' word lists
/// ("want", "wants", "wanting" …). `Set<String>` hashes every word it is asked about with
/// seeded SipHash, whose set-up and finish cost more than the few bytes of a word; a line
/// asks a few thousand such questions, so that hashing was an eighth of matching and a fifth
/// of grading. This table hashes the word's UTF-8 bytes with FNV-1a (`FNV1a.word`) and compares bytes.
///
/// A word that is not ASCII is looked up in an ordinary `Set<String>` beside the table, so
/// that Unicode's canonical equivalence ("é" typed as one scalar or as two) holds as in a
/// `Set<String>`; the analyser's folded words are ASCII almost always.
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence, Equatable {
    /// The words, for iterating, for set algebra and for words that are not ASCII.
    public let words: Set<String>
    /// Open addressing, a power of two long. A slot holds a word's hash and where its bytes
    /// lie in `bytes`, so a probe reads one slot and compares bytes only when the hash and the
    /// length agree; `Slot.empty` marks a free slot.
    private let slots: [Slot]
    private let bytes: [UInt8]

    private struct Slot {
        var hash: UInt64
        var start: UInt32
        var length: UInt32
        static let empty = Slot(hash: 0, start: .max, length: 0)
    }

    public init(_ words: some Sequence<String>) {
        let set = Set(words)
        self.words = set
        var capacity = 8
        while capacity < set.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: .empty, count: capacity)
        var bytes: [UInt8] = []
        // Sorted, so the table's layout does not depend on the process's hash seed.
        for word in set.sorted() {
            let h = FNV1a.word(word).hash
            let entry = Slot(hash: h, start: UInt32(bytes.count), length: UInt32(word.utf8.count))
            bytes.append(contentsOf: word.utf8)
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[slot].start != .max { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = entry
        }
        self.slots = slots
        self.bytes = bytes
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    public init() {
        self.init([String]())
    }

    public var count: Int { words.count }
    public var isEmpty: Bool { words.isEmpty }
    public func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

    public static func == (a: WordSet, b: WordSet) -> Bool { a.words == b.words }

    public func contains(_ word: String) -> Bool {
        let found = word.utf8.withContiguousStorageIfAvailable { lookUp($0) }
        switch found {
        case .some(.some(let answer)): return answer
        default: return words.contains(word)
        }
    }

    public func contains(_ word: Substring) -> Bool {
        let found = word.utf8.withContiguousStorageIfAvailable { lookUp($0) }
        switch found {
        case .some(.some(let answer)): return answer
        default: return words.contains(String(word))
        }
    }

    /// Whether the ASCII word is in the table; nil when the word is not ASCII.
    @inline(__always)
    private func lookUp(_ word: UnsafeBufferPointer<UInt8>) -> Bool? {
        let (h, ascii) = FNV1a.word(word)
        guard ascii else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { bytes in
                let mask = slots.count - 1
                var slot = Int(truncatingIfNeeded: h) & mask
                while true {
                    let entry = slots[slot]
                    if entry.start == .max { return false }
                    if entry.hash == h, Int(entry.length) == word.count {
                        let start = Int(entry.start)
                        var k = 0
                        while k < word.count, bytes[start + k] == word[k] { k += 1 }
                        if k == word.count { return true }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    // The parts of `Set`'s interface the reading rules use.
    public func union(_ other: some Sequence<String>) -> WordSet { WordSet(words.union(other)) }
    public func subtracting(_ other: some Sequence<String>) -> Set<String> { words.subtracting(other) }
    public func intersection(_ other: some Sequence<String>) -> Set<String> { words.intersection(other) }
    public func isDisjoint(with other: some Sequence<String>) -> Bool { words.isDisjoint(with: other) }
    public func isSuperset(of other: some Sequence<String>) -> Bool { words.isSuperset(of: other) }
    public func isSubset(of other: some Sequence<String>) -> Bool { words.isSubset(of: other) }
}

/// Kept in the knowledge cache as its words, sorted; the table is rebuilt.
extension WordSet: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try [String](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try words.sorted().encode(to: encoder)
    }
}
