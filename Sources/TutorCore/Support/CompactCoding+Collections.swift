/// Collections and optionals in the compact form: written by the coder itself, as a count
/// and the elements (sets and dictionaries in sorted order), and an optional as a presence
/// byte and the value.

extension Array: CompactEncodable where Element: Encodable {
    func encodeCompact(to encoder: CompactEncoding) throws {
        encoder.writer.varint(UInt64(count))
        for element in self { try encoder.encodeValue(element) }
    }
}

extension Array: CompactDecodable where Element: Decodable {
    static func decodeCompact(from decoder: CompactDecoding) throws -> [Element] {
        let n = try decoder.reader.pointee.count()
        if n == 0 { return [] }
        if let primitives = try decoder.primitiveArray(n, of: Element.self) { return primitives }
        let kind = decoder.kind(of: Element.self)
        return try Array(unsafeUninitializedCapacity: n) { buffer, initialized in
            while initialized < n {
                (buffer.baseAddress! + initialized).initialize(to: try decoder.decodeValue(Element.self, kind: kind))
                initialized += 1
            }
        }
    }
}

/// Sets and dictionaries, which the coder writes in order only when it can sort them.
protocol UnorderedCollection {}
extension Set: UnorderedCollection {}
extension Dictionary: UnorderedCollection {}

extension Set: CompactEncodable where Element: Encodable & Comparable {
    func encodeCompact(to encoder: CompactEncoding) throws {
        encoder.writer.varint(UInt64(count))
        for element in sorted() { try encoder.encodeValue(element) }
    }
}

extension Set: CompactDecodable where Element: Decodable {
    static func decodeCompact(from decoder: CompactDecoding) throws -> Set<Element> {
        let n = try decoder.reader.pointee.count()
        if Element.self == String.self {
            return unsafeBitCast(try decoder.primitiveSet(n, of: String.self), to: Set<Element>.self)
        }
        if Element.self == Int.self {
            return unsafeBitCast(try decoder.primitiveSet(n, of: Int.self), to: Set<Element>.self)
        }
        let kind = decoder.kind(of: Element.self)
        var out = Set(minimumCapacity: n)
        for _ in 0..<n { out.insert(try decoder.decodeValue(Element.self, kind: kind)) }
        guard out.count == n else { throw CompactCodingError.invalid("a repeated element") }
        return out
    }
}

extension Dictionary: CompactEncodable where Key: Encodable & Comparable, Value: Encodable {
    func encodeCompact(to encoder: CompactEncoding) throws {
        encoder.writer.varint(UInt64(count))
        for (key, value) in sorted(by: { $0.key < $1.key }) {
            try encoder.encodeValue(key)
            try encoder.encodeValue(value)
        }
    }
}

extension Dictionary: CompactDecodable where Key: Decodable, Value: Decodable {
    static func decodeCompact(from decoder: CompactDecoding) throws -> [Key: Value] {
        let n = try decoder.reader.pointee.count()
        if Key.self == String.self {
            return unsafeBitCast(try decoder.stringKeyed(n, Value.self), to: [Key: Value].self)
        }
        let keyKind = decoder.kind(of: Key.self)
        let valueKind = decoder.kind(of: Value.self)
        var out = Self(minimumCapacity: n)
        for _ in 0..<n {
            let key = try decoder.decodeValue(Key.self, kind: keyKind)
            out[key] = try decoder.decodeValue(Value.self, kind: valueKind)
        }
        guard out.count == n else { throw CompactCodingError.invalid("a repeated key") }
        return out
    }
}

extension Optional: CompactEncodable where Wrapped: Encodable {
    func encodeCompact(to encoder: CompactEncoding) throws {
        switch self {
        case .none: encoder.writer.byte(0)
        case .some(let value):
            encoder.writer.byte(1)
            try encoder.encodeValue(value)
        }
    }
}

extension Optional: CompactDecodable where Wrapped: Decodable {
    static func decodeCompact(from decoder: CompactDecoding) throws -> Wrapped? {
        try decoder.reader.pointee.presence() ? try decoder.decodeValue(Wrapped.self) : nil
    }
}

/// The decoder's fast paths: collections of strings and numbers (most of a knowledge
/// base's bytes) read by loops specialized for their element type, not one generic call
/// an element. `unsafeBitCast` only renames `[String]` as `[E]` where `E` is `String`.
extension CompactDecoding {
    /// `n` elements of `E` when `E` is a string or a number; nil for any other type.
    func primitiveArray<E>(_ n: Int, of _: E.Type) throws -> [E]? {
        if E.self == String.self { return unsafeBitCast(try primitives(n, String.self), to: [E].self) }
        if E.self == Int.self { return unsafeBitCast(try primitives(n, Int.self), to: [E].self) }
        if E.self == Double.self { return unsafeBitCast(try primitives(n, Double.self), to: [E].self) }
        if E.self == Bool.self { return unsafeBitCast(try primitives(n, Bool.self), to: [E].self) }
        if E.self == UInt64.self { return unsafeBitCast(try primitives(n, UInt64.self), to: [E].self) }
        if E.self == UInt32.self { return unsafeBitCast(try primitives(n, UInt32.self), to: [E].self) }
        return nil
    }

    private func primitives<P: CompactPrimitive>(_ n: Int, _: P.Type) throws -> [P] {
        // Not `init(unsafeUninitializedCapacity:)`, which allocates through an unspecialized
        // path (a type look-up for every array).
        var out: [P] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try P.read(from: &reader.pointee)) }
        return out
    }

    func primitiveSet<P: CompactPrimitive & Hashable>(_ n: Int, of _: P.Type) throws -> Set<P> {
        var out = Set<P>(minimumCapacity: n)
        for _ in 0..<n { out.insert(try P.read(from: &reader.pointee)) }
        guard out.count == n else { throw CompactCodingError.invalid("a repeated element") }
        return out
    }

    /// A dictionary with string keys (the knowledge base's indexes), its values read as
    /// `primitiveArray` reads elements where they are strings or numbers.
    func stringKeyed<V: Decodable>(_ n: Int, _: V.Type) throws -> [String: V] {
        if V.self == String.self {
            return unsafeBitCast(try stringKeyedPrimitives(n, String.self), to: [String: V].self)
        }
        if V.self == Int.self { return unsafeBitCast(try stringKeyedPrimitives(n, Int.self), to: [String: V].self) }
        if V.self == Double.self {
            return unsafeBitCast(try stringKeyedPrimitives(n, Double.self), to: [String: V].self)
        }
        let kind = kind(of: V.self)
        var out = [String: V](minimumCapacity: n)
        for _ in 0..<n {
            let key = try reader.pointee.string()
            out[key] = try decodeValue(V.self, kind: kind)
        }
        guard out.count == n else { throw CompactCodingError.invalid("a repeated key") }
        return out
    }

    private func stringKeyedPrimitives<P: CompactPrimitive>(_ n: Int, _: P.Type) throws -> [String: P] {
        var out = [String: P](minimumCapacity: n)
        for _ in 0..<n {
            let key = try reader.pointee.string()
            out[key] = try P.read(from: &reader.pointee)
        }
        guard out.count == n else { throw CompactCodingError.invalid("a repeated key") }
        return out
    }
}
