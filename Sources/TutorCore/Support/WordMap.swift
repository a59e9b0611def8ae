/// A dictionary keyed by words, for the lookups a line makes by the thousand: the grader's
/// index of where each stem stands in an answer, the matcher's index of which frames a stem
/// fills. Like `WordSet`, it hashes a word's UTF-8 bytes with FNV-1a and compares bytes,
/// where `Dictionary<String, _>` runs seeded SipHash on every lookup.
///
/// A key that is not ASCII is compared as a `String` (Unicode's canonical equivalence, as
/// a `Dictionary` keeps it) by a walk over the keys that are not ASCII, which the analyser's
/// folded words almost never are.
public struct WordMap<Value>: Sequence {
    /// Open addressing, a power of two long: a slot holds a key's hash beside its index in
    /// `keys` plus 1 (0: empty), so a probe compares hashes without leaving the slot.
    private var slots: [Slot]
    public private(set) var keys: [String]
    public private(set) var values: [Value]
    private var hashes: [UInt64]
    /// The indices of keys that are not ASCII.
    private var wide: [Int]

    private struct Slot {
        var hash: UInt64
        var entry: UInt32
        static var empty: Slot { Slot(hash: 0, entry: 0) }
    }

    public init() {
        slots = [Slot](repeating: .empty, count: 8)
        keys = []
        values = []
        hashes = []
        wide = []
    }

    /// An empty map with room for `count` keys before its table grows.
    init(capacity count: Int) {
        var size = 8
        while size < count * 2 { size *= 2 }
        slots = [Slot](repeating: .empty, count: size)
        keys = []
        values = []
        hashes = []
        wide = []
        keys.reserveCapacity(count)
        values.reserveCapacity(count)
        hashes.reserveCapacity(count)
    }

    public init(_ pairs: some Sequence<(String, Value)>) {
        self.init()
        for (key, value) in pairs { self[key] = value }
    }

    public init(_ dictionary: [String: Value]) {
        self.init(capacity: dictionary.count)
        // Sorted, so the table's layout does not depend on the process's hash seed.
        for key in dictionary.keys.sorted() { self[key] = dictionary[key] }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public func makeIterator() -> Zip2Sequence<[String], [Value]>.Iterator {
        zip(keys, values).makeIterator()
    }

    /// The index of the key in `keys`, or nil.
    @inline(__always)
    private func find(_ key: String) -> Int? {
        let (h, ascii) = FNV1a.word(key)
        guard ascii else { return wide.first { keys[$0] == key } }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: h) & mask
            while true {
                let found = slots[slot]
                if found.entry == 0 { return nil }
                if found.hash == h {
                    let index = Int(found.entry) - 1
                    // The key is ASCII here, so `==` compares bytes.
                    if keys[index] == key { return index }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    public subscript(key: String) -> Value? {
        get { find(key).map { values[$0] } }
        set {
            if let index = find(key) {
                guard let newValue else {
                    remove(at: index)
                    return
                }
                values[index] = newValue
            } else if let newValue {
                insert(key, newValue)
            }
        }
    }

    public subscript(key: String, default value: @autoclosure () -> Value) -> Value {
        get { find(key).map { values[$0] } ?? value() }
        set {
            if let index = find(key) {
                values[index] = newValue
            } else {
                insert(key, newValue)
            }
        }
    }

    private mutating func insert(_ key: String, _ value: Value) {
        let (h, ascii) = FNV1a.word(key)
        let index = keys.count
        keys.append(key)
        values.append(value)
        hashes.append(h)
        if !ascii { wide.append(index) }
        if keys.count * 2 > slots.count {
            rebuild(capacity: slots.count * 2)
        } else {
            place(index)
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        let h = hashes[index]
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot].entry != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: h, entry: UInt32(index + 1))
    }

    private mutating func rebuild(capacity: Int) {
        slots = [Slot](repeating: .empty, count: capacity)
        for index in keys.indices { place(index) }
    }

    private mutating func remove(at index: Int) {
        keys.remove(at: index)
        values.remove(at: index)
        hashes.remove(at: index)
        wide = keys.indices.filter { !keys[$0].utf8.allSatisfy { $0 < 0x80 } }
        rebuild(capacity: slots.count)
    }
}

extension WordMap: Sendable where Value: Sendable {}

/// Kept in the knowledge cache as its keys and its values, in order; the table is rebuilt.
extension WordMap: Codable where Value: Codable {
    enum CodingKeys: String, CodingKey { case keys, values }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let keys = try container.decode([String].self, forKey: .keys)
        let values = try container.decode([Value].self, forKey: .values)
        guard keys.count == values.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .values, in: container, debugDescription: "a word map's keys and values do not pair up")
        }
        // Sized once for all its keys, so loading the cache places each key once.
        self.init(capacity: keys.count)
        for (key, value) in zip(keys, values) {
            guard find(key) == nil else {
                throw DecodingError.dataCorruptedError(
                    forKey: .keys, in: container, debugDescription: "a word map holds a key twice")
            }
            insert(key, value)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(keys, forKey: .keys)
        try container.encode(values, forKey: .values)
    }
}
