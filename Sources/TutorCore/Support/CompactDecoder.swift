/// Reads `Decodable` values from the compact binary form that `CompactEncoder` writes (the
/// form is described in `CompactCoding.swift`). Bytes that end early, hold an impossible
/// value, or go on after the value throw; nothing in them can make it trap.
public struct CompactDecoder: Sendable {
    public init() {}

    /// The value that `bytes` hold, every byte read.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBufferPointer { try decode(type, from: $0) }
    }

    /// The value that `buffer` holds, every byte read. Sections read lazily (`CompactLazy`)
    /// keep `owner` to keep their bytes alive; without one, they copy their bytes.
    public func decode<T: Decodable>(
        _ type: T.Type, from buffer: UnsafeBufferPointer<UInt8>, owner: (AnyObject & Sendable)? = nil
    ) throws -> T {
        let decoding = CompactDecoding(buffer)
        decoding.tables.pointee.owner = owner
        defer { decoding.finish() }
        let value = try decoding.decodeValue(T.self)
        guard decoding.reader.pointee.remaining == 0 else { throw CompactCodingError.invalid("bytes after the end") }
        return value
    }
}

/// One decoding under way: the cursor, and what it learned on the way. It is its own
/// single-value container; keyed and unkeyed containers read from it too, in call order.
///
/// Most of the cost of a `Codable` decoding is the runtime's, not the bytes': a type's
/// conformances looked up and a container made for every struct read. So each type's
/// kind is looked up once (`kind(of:)`), each keyed container is made once per key type
/// and reused (it holds nothing but this decoding), and collections of strings and numbers
/// are read by loops specialized for them (`CompactCoding+Collections.swift`).
final class CompactDecoding: Decoder, SingleValueDecodingContainer {
    /// How a type is read: by the coder itself, as a shared object, or by its conformance.
    enum Kind {
        case compact(any CompactDecodable.Type)
        case object
        case plain
    }

    /// What the decoding keeps: behind pointers, because every value reads through them,
    /// and a class's stored property would be checked for exclusive access at each read.
    struct Tables {
        var kinds = CompactTypeTable<Kind>()
        /// A `KeyedDecodingContainer` per key type, as the one reference it is made of.
        var containers = CompactTypeTable<AnyObject>()
        /// The objects read, in the order they were finished (a reference's number - 1).
        var objects: [AnyObject] = []
        /// The shared values read (`CompactShared`), in the same order.
        var shared: [Any] = []
        /// What keeps the input alive for a lazily read section, if anything does.
        var owner: AnyObject?

        enum ProbeKey: CodingKey {}
    }

    let reader: UnsafeMutablePointer<CompactReader>
    let tables: UnsafeMutablePointer<Tables>

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// A decoding of `buffer`, which may refer to the objects and shared values given (a
    /// section's, read after the rest).
    init(_ buffer: UnsafeBufferPointer<UInt8>, objects: [AnyObject] = [], shared: [Any] = []) {
        reader = .allocate(capacity: 1)
        reader.initialize(to: CompactReader(buffer))
        tables = .allocate(capacity: 1)
        tables.initialize(to: Tables(objects: objects, shared: shared))
    }

    deinit {
        reader.deinitialize(count: 1)
        reader.deallocate()
        tables.deinitialize(count: 1)
        tables.deallocate()
    }

    /// Lets go of the containers, which refer to this decoding (a cycle otherwise).
    func finish() {
        tables.pointee.containers = CompactTypeTable()
    }

    func kind<T>(of _: T.Type) -> Kind {
        let id = ObjectIdentifier(T.self)
        if let kind = tables.pointee.kinds[id] { return kind }
        let kind = Self.findKind(T.self)
        tables.pointee.kinds[id] = kind
        return kind
    }

    /// The strings and numbers, known without looking their conformance up (immutable),
    /// and the knowledge-base cache's most numerous small records (thousands of each; their
    /// form is in their `+Cache.swift`): read as one value each, not a keyed container.
    nonisolated(unsafe) private static let primitives: [any CompactPrimitive.Type] = [
        String.self, Int.self, Double.self, Bool.self, UInt64.self, UInt32.self, UInt8.self, Int64.self, Int32.self,
        Float.self, UInt.self, UInt16.self, Int16.self, Int8.self,
        SourceMark.self, KnowledgeBase.QuestionRef.self, Matcher.Posting.self,
    ]

    /// The collections of strings and numbers the coder reads itself (by the loops of
    /// `CompactCoding+Collections.swift`), known without looking their conformance up.
    nonisolated(unsafe) private static let collections: [any CompactDecodable.Type] = [
        [String].self, [Int].self, [Double].self, [Bool].self, [UInt64].self, [UInt32].self, [[String]].self,
        Set<String>.self, Set<Int>.self, String?.self, Int?.self, Double?.self, Bool?.self,
        [String: Int].self, [String: Double].self, [String: String].self, [String: [Int]].self,
        [String: Set<Int>].self, [String: [String]].self,
    ]

    private static func findKind<T>(_: T.Type) -> Kind {
        if let primitive = primitives.first(where: { $0 == T.self }) { return .compact(primitive) }
        if let collection = collections.first(where: { $0 == T.self }) { return .compact(collection) }
        if T.self is AnyObject.Type { return .object }
        // The first look-up of a conformance scans every conformance in the program (a
        // quarter of a million instructions here, for each type), and only the standard
        // library's collections and optionals can be the coder's own: other types are not
        // looked up. (Reading other arrays through their own `Decodable` instead saves the
        // look-ups but costs more in the reading than they do.)
        guard _typeName(T.self).hasPrefix("Swift."), let compact = T.self as? any CompactDecodable.Type else {
            return .plain
        }
        return .compact(compact)
    }

    func decodeValue<T: Decodable>(_: T.Type) throws -> T {
        try decodeValue(T.self, kind: kind(of: T.self))
    }

    /// A value whose kind the caller looked up (once for all the elements of a collection).
    func decodeValue<T: Decodable>(_: T.Type, kind: Kind) throws -> T {
        switch kind {
        case .compact(let compact): return try compact.decodeCompact(from: self, as: T.self)
        case .object: return try decodeObject(T.self)
        case .plain: return try T(from: self)
        }
    }

    /// An object: read where it is first met, a reference to it after that.
    private func decodeObject<T: Decodable>(_: T.Type) throws -> T {
        let tag = try reader.pointee.varint()
        if tag == 0 {
            let value = try T(from: self)
            tables.pointee.objects.append(value as AnyObject)
            return value
        }
        guard tag <= tables.pointee.objects.count, let object = tables.pointee.objects[Int(tag) - 1] as? T else {
            throw CompactCodingError.invalid("object reference \(tag)")
        }
        return object
    }

    /// Whether a `KeyedDecodingContainer` is one reference, as the container cache takes it
    /// to be (its layout does not depend on its key type).
    private static let containerIsOneReference =
        MemoryLayout<KeyedDecodingContainer<Tables.ProbeKey>>.size == MemoryLayout<AnyObject>.size

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        // A `KeyedDecodingContainer` is one reference (to its box); a new one costs two
        // generic type lookups and an allocation, and every struct read asks for one.
        typealias Container = KeyedDecodingContainer<Key>
        guard Self.containerIsOneReference else { return Container(CompactKeyedReader<Key>(decoding: self)) }
        let id = ObjectIdentifier(Key.self)
        if let made = tables.pointee.containers[id] { return unsafeBitCast(made, to: Container.self) }
        let container = Container(CompactKeyedReader<Key>(decoding: self))
        tables.pointee.containers[id] = unsafeBitCast(container, to: AnyObject.self)
        return container
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedReader(decoding: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// Reads an optional's presence byte, as `decodeNil` must without throwing: a byte
    /// that is neither 0 nor 1 is left for the value's own read to refuse.
    func decodeNil() -> Bool {
        let r = reader.pointee
        guard r.remaining > 0, r.bytes[r.offset] <= 1 else { return false }
        reader.pointee.offset += 1
        return r.bytes[r.offset] == 0
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }
    func decode(_ type: Bool.Type) throws -> Bool { try .read(from: &reader.pointee) }
    func decode(_ type: String.Type) throws -> String { try .read(from: &reader.pointee) }
    func decode(_ type: Double.Type) throws -> Double { try .read(from: &reader.pointee) }
    func decode(_ type: Float.Type) throws -> Float { try .read(from: &reader.pointee) }
    func decode(_ type: Int.Type) throws -> Int { try .read(from: &reader.pointee) }
    func decode(_ type: Int8.Type) throws -> Int8 { try .read(from: &reader.pointee) }
    func decode(_ type: Int16.Type) throws -> Int16 { try .read(from: &reader.pointee) }
    func decode(_ type: Int32.Type) throws -> Int32 { try .read(from: &reader.pointee) }
    func decode(_ type: Int64.Type) throws -> Int64 { try .read(from: &reader.pointee) }
    func decode(_ type: UInt.Type) throws -> UInt { try .read(from: &reader.pointee) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try .read(from: &reader.pointee) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try .read(from: &reader.pointee) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try .read(from: &reader.pointee) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try .read(from: &reader.pointee) }
}

/// Reads a keyed container's values in call order; every key counts as present.
struct CompactKeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoding: CompactDecoding
    var codingPath: [any CodingKey] { [] }

    /// The key of an enum case's container (see `CompactKeyedWriter.nestedContainer`),
    /// read ahead: the one key written. Empty where no key was written.
    var allKeys: [Key] {
        decoding.reader.pointee.peekString().flatMap { Key(stringValue: $0) }.map { [$0] } ?? []
    }

    func contains(_ key: Key) -> Bool { true }

    /// Reads an optional's presence byte: true for nil; false when a value follows.
    func decodeNil(forKey key: Key) throws -> Bool { try !decoding.reader.pointee.presence() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoding.decodeValue(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoding.decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoding.decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoding.decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoding.decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoding.decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoding.decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoding.decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoding.decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoding.decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoding.decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoding.decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoding.decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoding.decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoding.decode(type) }

    // Optionals read here rather than through the default `contains` and `decodeNil`.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try decoding.reader.pointee.presence() ? try decoding.decodeValue(type) : nil
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try decoding.reader.pointee.presence() ? try decoding.decode(type) : nil
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try decoding.reader.pointee.presence() ? try decoding.decode(type) : nil
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try decoding.reader.pointee.presence() ? try decoding.decode(type) : nil
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try decoding.reader.pointee.presence() ? try decoding.decode(type) : nil
    }

    /// Reads the key that the encoder wrote before a nested container; it must be `key`.
    private func expect(_ key: Key) throws {
        let written = try decoding.reader.pointee.string()
        guard written == key.stringValue else {
            throw CompactCodingError.invalid("key '\(written)' for '\(key.stringValue)'")
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try expect(key)
        return try decoding.container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try expect(key)
        return try decoding.unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoding }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try expect(key)
        return decoding
    }
}

/// Reads an unkeyed container: its count, then its values in call order.
struct CompactUnkeyedReader: UnkeyedDecodingContainer {
    let decoding: CompactDecoding
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count! }

    init(decoding: CompactDecoding) throws {
        self.decoding = decoding
        count = try decoding.reader.pointee.count()
    }

    /// Counts one more value, before it is read; there must be one.
    private mutating func next() throws {
        guard !isAtEnd else { throw CompactCodingError.invalid("past the container's \(count!) values") }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        try next()
        guard try decoding.reader.pointee.presence() else { return true }
        // A value follows and belongs to this same element: it is read by the next call.
        currentIndex -= 1
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next()
        return try decoding.decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try next()
        return try decoding.container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return try decoding.unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
        return decoding
    }
}
