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
        let read = decoder.elementReader(Element.self)
        var out: [Element] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(decoder)) }
        return out
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
        let read = decoder.elementReader(Element.self)
        var out = Set(minimumCapacity: n)
        for _ in 0..<n { out.insert(try read(decoder)) }
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
        let readKey = decoder.elementReader(Key.self)
        let readValue = decoder.elementReader(Value.self)
        var out = Self(minimumCapacity: n)
        for _ in 0..<n {
            let key = try readKey(decoder)
            out[key] = try readValue(decoder)
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
