/// A value that `CompactEncoder` writes once: met again equal (the same bytes), it is
/// written as a reference to the first, and `CompactDecoder` gives a copy of the first.
/// Other coders see the bare value.
///
/// For values the cache would otherwise hold twice: the grader compiles every question of
/// the knowledge base and keeps it beside what it compiled, so each question is in the
/// image twice; marked on both sides (`Concept.questions`, the grader's compiled
/// question), the second is a reference. Equal bytes, not an id, decide, so a value is only
/// ever replaced by one that decodes the same.
@propertyWrapper
public struct CompactShared<Value: Codable>: Codable {
    public var wrappedValue: Value

    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        if let compact = decoder as? CompactDecoding {
            wrappedValue = try compact.decodeShared(Value.self)
        } else {
            wrappedValue = try Value(from: decoder)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        if let compact = encoder as? CompactEncoding {
            try compact.encodeShared(wrappedValue)
        } else {
            try wrappedValue.encode(to: encoder)
        }
    }
}

/// An array whose elements `CompactEncoder` writes as `CompactShared` writes a value.
@propertyWrapper
public struct CompactSharedElements<Element: Codable>: Codable {
    public var wrappedValue: [Element]

    public init(wrappedValue: [Element]) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        guard let compact = decoder as? CompactDecoding else {
            wrappedValue = try [Element](from: decoder)
            return
        }
        let n = try compact.reader.pointee.count()
        var out: [Element] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try compact.decodeShared(Element.self)) }
        wrappedValue = out
    }

    public func encode(to encoder: any Encoder) throws {
        guard let compact = encoder as? CompactEncoding else { return try wrappedValue.encode(to: encoder) }
        compact.writer.varint(UInt64(wrappedValue.count))
        for element in wrappedValue { try compact.encodeShared(element) }
    }
}

// So a type with a wrapped property keeps its synthesized conformances.
extension CompactShared: Sendable where Value: Sendable {}
extension CompactShared: Equatable where Value: Equatable {}
extension CompactShared: Hashable where Value: Hashable {}
extension CompactSharedElements: Sendable where Element: Sendable {}
extension CompactSharedElements: Equatable where Element: Equatable {}
extension CompactSharedElements: Hashable where Element: Hashable {}

extension CompactEncoding {
    /// Writes `value` as a new shared value (a 0, then the value), or, when an equal one
    /// was written before, as its number + 1.
    func encodeShared<T: Encodable>(_ value: T) throws {
        let start = writer.bytes.count
        let before = snapshot()
        writer.varint(0)
        try encodeValue(value)
        let bytes = Array(writer.bytes[(start + 1)...])
        guard let number = sharedValues[bytes] else {
            sharedValues[bytes] = sharedValues.count
            return
        }
        // Written before: the copy goes, with what it added to the tables.
        writer.bytes.removeSubrange(start...)
        restore(before)
        writer.varint(UInt64(number + 1))
    }
}

extension CompactDecoding {
    /// Reads what `encodeShared` wrote.
    func decodeShared<T: Decodable>(_: T.Type) throws -> T {
        let tag = try reader.pointee.varint()
        if tag == 0 {
            let value = try decodeValue(T.self)
            tables.pointee.shared.append(value)
            return value
        }
        guard tag <= tables.pointee.shared.count, let value = tables.pointee.shared[Int(tag) - 1] as? T else {
            throw CompactCodingError.invalid("shared value reference \(tag)")
        }
        return value
    }
}
