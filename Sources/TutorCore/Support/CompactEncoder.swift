/// Writes `Encodable` values in the compact binary form that `CompactDecoder` reads (the
/// form is described in `CompactCoding.swift`).
public struct CompactEncoder: Sendable {
    public init() {}

    /// The bytes of `value`. Throws for a set or dictionary whose elements or keys are not
    /// `Comparable` (they could not be written in a fixed order).
    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoding = CompactEncoding()
        try encoding.encodeValue(value)
        return encoding.writer.bytes
    }
}

/// One encoding under way: the bytes so far and the objects already written. It is its own
/// single-value container; keyed and unkeyed containers write to it too, in call order.
final class CompactEncoding: Encoder, SingleValueEncodingContainer {
    var writer = CompactWriter()
    /// Each object written, by identity, with its number (in the order they were finished).
    private var objects: [ObjectIdentifier: Int] = [:]
    /// Each shared value written (`CompactShared`), by its bytes, with its number.
    var sharedValues: [[UInt8]: Int] = [:]

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func encodeValue<T: Encodable>(_ value: T) throws {
        if let compact = value as? any CompactEncodable { return try compact.encodeCompact(to: self) }
        if value is any UnorderedCollection {
            throw EncodingError.invalidValue(
                value,
                .init(codingPath: [], debugDescription: "\(T.self): the keys or elements are not Comparable"))
        }
        if type(of: value) is AnyObject.Type {
            // Written once; a reference (its number + 1) wherever it is met again.
            let id = ObjectIdentifier(value as AnyObject)
            if let number = objects[id] { return writer.varint(UInt64(number + 1)) }
            writer.varint(0)
            try value.encode(to: self)
            objects[id] = objects.count
            return
        }
        try value.encode(to: self)
    }

    /// How many objects and shared values are numbered so far.
    func snapshot() -> (objects: Int, shared: Int) { (objects.count, sharedValues.count) }

    /// Forgets the objects and shared values numbered since `snapshot`, whose bytes were
    /// taken back.
    func restore(_ snapshot: (objects: Int, shared: Int)) {
        objects = objects.filter { $0.value < snapshot.objects }
        sharedValues = sharedValues.filter { $0.value < snapshot.shared }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedWriter<Key>(encoding: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedWriter(encoding: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    func encodeNil() throws { writer.byte(0) }
    func encode<T: Encodable>(_ value: T) throws { try encodeValue(value) }
    func encode(_ value: Bool) throws { value.write(to: &writer) }
    func encode(_ value: String) throws { value.write(to: &writer) }
    func encode(_ value: Double) throws { value.write(to: &writer) }
    func encode(_ value: Float) throws { value.write(to: &writer) }
    func encode(_ value: Int) throws { value.write(to: &writer) }
    func encode(_ value: Int8) throws { value.write(to: &writer) }
    func encode(_ value: Int16) throws { value.write(to: &writer) }
    func encode(_ value: Int32) throws { value.write(to: &writer) }
    func encode(_ value: Int64) throws { value.write(to: &writer) }
    func encode(_ value: UInt) throws { value.write(to: &writer) }
    func encode(_ value: UInt8) throws { value.write(to: &writer) }
    func encode(_ value: UInt16) throws { value.write(to: &writer) }
    func encode(_ value: UInt32) throws { value.write(to: &writer) }
    func encode(_ value: UInt64) throws { value.write(to: &writer) }
}

/// Writes a keyed container's values in call order, without their keys.
struct CompactKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoding: CompactEncoding
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { encoding.writer.byte(0) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try encoding.encode(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try encoding.encode(value) }

    // The default `encodeIfPresent` writes nothing for nil; the decoder needs the presence
    // byte, so every one writes the value as an optional.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encoding.encodeValue(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encoding.encodeValue(value) }

    /// An enum case's container (synthesized `Codable` writes a case as a keyed container
    /// with one nested container under the case's key): the key is written, so the decoder
    /// can tell which case it is.
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        encoding.writer.string(key.stringValue)
        return encoding.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoding.writer.string(key.stringValue)
        return encoding.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoding }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoding.writer.string(key.stringValue)
        return encoding
    }
}

/// Writes an unkeyed container as a count and its values. The count is not known until
/// the last value, so it takes five bytes (a padded varint, which reads as its value)
/// that each value rewrites. Arrays, sets and dictionaries do not come here: they write
/// their count first (`CompactEncodable`).
struct CompactUnkeyedWriter: UnkeyedEncodingContainer {
    let encoding: CompactEncoding
    /// Where the count's five bytes are.
    let slot: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(encoding: CompactEncoding) {
        self.encoding = encoding
        slot = encoding.writer.bytes.count
        encoding.writer.bytes += [0x80, 0x80, 0x80, 0x80, 0]
    }

    /// Counts one more value, before it is written.
    private mutating func counted() throws {
        guard count < (1 << 35) - 1 else {
            throw EncodingError.invalidValue(count, .init(codingPath: [], debugDescription: "too many values"))
        }
        count += 1
        for i in 0..<5 {
            let bits = UInt8(truncatingIfNeeded: count >> (7 * i)) & 0x7F
            encoding.writer.bytes[slot + i] = i < 4 ? bits | 0x80 : bits
        }
    }

    mutating func encodeNil() throws {
        try counted()
        try encoding.encodeNil()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try counted()
        try encoding.encodeValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        // The count cannot fail here: at most 2^35 - 1 containers fit in memory anyway.
        try? counted()
        return encoding.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        try? counted()
        return encoding.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        try? counted()
        return encoding
    }
}
