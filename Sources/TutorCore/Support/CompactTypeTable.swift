/// A small hash table from types to what the decoder learned of them: a `Dictionary`
/// hashes its keys with SipHash, which costs more than the look-up saves on a path taken
/// for every value; a type's address, shifted, is hash enough.
struct CompactTypeTable<Value> {
    private var keys: [Int]
    private var values: [Value?]
    private var count = 0

    init() {
        keys = Array(repeating: 0, count: 64)
        values = Array(repeating: nil, count: 64)
    }

    private func slot(_ key: Int) -> Int { (key >> 4) & (keys.count - 1) }

    subscript(type: ObjectIdentifier) -> Value? {
        get {
            let key = Int(bitPattern: type)
            var i = slot(key)
            while keys[i] != 0 {
                if keys[i] == key { return values[i] }
                i = (i + 1) & (keys.count - 1)
            }
            return nil
        }
        set {
            guard let newValue else { return }  // never removed
            if (count + 1) * 4 > keys.count * 3 {
                let old = zip(keys, values).filter { $0.0 != 0 }
                keys = Array(repeating: 0, count: keys.count * 2)
                values = Array(repeating: nil, count: keys.count)
                count = 0
                for (key, value) in old { insert(key, value!) }
            }
            insert(Int(bitPattern: type), newValue)
        }
    }

    private mutating func insert(_ key: Int, _ value: Value) {
        var i = slot(key)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & (keys.count - 1) }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }
}
