/// A compact binary encoding for the tutor's caches: the built knowledge base
/// (`Tutor.Image`) and a learner's folded log (`LearnerHistory` checkpoints).
///
/// Values are written in a fixed order with no keys: integers as zigzag varints, doubles as
/// their 8 bytes, strings as a length and UTF-8, collections as a count and their elements.
/// Sets and dictionaries are written in key order, so equal values give equal bytes. A
/// cache is only ever read by the build that wrote it (its key names the executable), so the
/// format needs no versioning of its own beyond that; a reader that runs past the end or
/// finds an impossible value throws, and the caller then rebuilds from the source files.
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func putUnsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func put<T: BinaryCodable>(_ value: T) {
        value.encode(to: &self)
    }

    public mutating func putRaw(_ raw: some Sequence<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    /// Eight bytes, little-endian: for headers, whose fields sit at fixed offsets.
    public mutating func putFixed64(_ value: UInt64) {
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }
}

/// Reads what `BinaryWriter` wrote, from a buffer that outlives the reader.
public struct BinaryReader {
    public enum Failure: Error, Equatable {
        /// The bytes end before the value does.
        case truncated
        /// A count or tag no writer would write.
        case invalid(String)
    }

    let buffer: UnsafeBufferPointer<UInt8>
    public private(set) var offset: Int = 0

    public init(_ buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    public var isAtEnd: Bool { offset == buffer.count }

    mutating func byte() throws -> UInt8 {
        guard offset < buffer.count else { throw Failure.truncated }
        defer { offset += 1 }
        return buffer[offset]
    }

    mutating func unsigned() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Failure.invalid("varint too long") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    /// A count of things that each take at least one byte: never more than the bytes left.
    mutating func count() throws -> Int {
        let n = try unsigned()
        guard n <= UInt64(buffer.count - offset) else { throw Failure.invalid("count \(n) past the end") }
        return Int(n)
    }

    public mutating func fixed64() throws -> UInt64 {
        let raw = try raw(8)
        var value: UInt64 = 0
        for i in (0..<8).reversed() { value = value << 8 | UInt64(raw[i]) }
        return value
    }

    public mutating func raw(_ n: Int) throws -> UnsafeBufferPointer<UInt8> {
        guard n >= 0, n <= buffer.count - offset else { throw Failure.truncated }
        defer { offset += n }
        return UnsafeBufferPointer(rebasing: buffer[offset..<offset + n])
    }

    public mutating func get<T: BinaryCodable>(_: T.Type = T.self) throws -> T {
        try T(from: &self)
    }
}

/// A value the caches can hold. Conformers write their fields in a fixed order and read them
/// back in the same order.
public protocol BinaryCodable {
    func encode(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws
}

extension Int: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.putUnsigned(UInt64(bitPattern: Int64((self << 1) ^ (self >> (Int.bitWidth - 1)))))
    }
    public init(from r: inout BinaryReader) throws {
        let z = try r.unsigned()
        self = Int(truncatingIfNeeded: Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }
}

extension UInt64: BinaryCodable {
    public func encode(to w: inout BinaryWriter) { w.putUnsigned(self) }
    public init(from r: inout BinaryReader) throws { self = try r.unsigned() }
}

extension UInt8: BinaryCodable {
    public func encode(to w: inout BinaryWriter) { w.putRaw(CollectionOfOne(self)) }
    public init(from r: inout BinaryReader) throws { self = try r.byte() }
}

extension Bool: BinaryCodable {
    public func encode(to w: inout BinaryWriter) { w.putRaw(CollectionOfOne(self ? 1 : 0)) }
    public init(from r: inout BinaryReader) throws {
        switch try r.byte() {
        case 0: self = false
        case 1: self = true
        case let b: throw BinaryReader.Failure.invalid("bool \(b)")
        }
    }
}

extension Double: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        var bits = bitPattern
        for _ in 0..<8 {
            w.putRaw(CollectionOfOne(UInt8(truncatingIfNeeded: bits)))
            bits >>= 8
        }
    }
    public init(from r: inout BinaryReader) throws {
        let raw = try r.raw(8)
        var bits: UInt64 = 0
        for i in (0..<8).reversed() { bits = bits << 8 | UInt64(raw[i]) }
        self = Double(bitPattern: bits)
    }
}

extension String: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        var copy = self
        copy.withUTF8 { utf8 in
            w.putUnsigned(UInt64(utf8.count))
            w.putRaw(utf8)
        }
    }
    public init(from r: inout BinaryReader) throws {
        let n = try r.count()
        self = String(decoding: try r.raw(n), as: UTF8.self)
    }
}

extension Optional: BinaryCodable where Wrapped: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        switch self {
        case .none: w.put(false)
        case .some(let value):
            w.put(true)
            w.put(value)
        }
    }
    public init(from r: inout BinaryReader) throws {
        self = try r.get(Bool.self) ? .some(try r.get(Wrapped.self)) : .none
    }
}

extension Array: BinaryCodable where Element: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.putUnsigned(UInt64(count))
        for e in self { w.put(e) }
    }
    public init(from r: inout BinaryReader) throws {
        let n = try r.count()
        var out: [Element] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try r.get(Element.self)) }
        self = out
    }
}

extension Set: BinaryCodable where Element: BinaryCodable & Comparable {
    public func encode(to w: inout BinaryWriter) {
        w.putUnsigned(UInt64(count))
        for e in sorted() { w.put(e) }
    }
    public init(from r: inout BinaryReader) throws {
        let n = try r.count()
        var out = Set(minimumCapacity: n)
        for _ in 0..<n { out.insert(try r.get(Element.self)) }
        self = out
    }
}

extension Dictionary: BinaryCodable where Key: BinaryCodable & Comparable, Value: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.putUnsigned(UInt64(count))
        for key in keys.sorted() {
            w.put(key)
            w.put(self[key]!)
        }
    }
    public init(from r: inout BinaryReader) throws {
        let n = try r.count()
        var out = Self(minimumCapacity: n)
        for _ in 0..<n {
            let key = try r.get(Key.self)
            out[key] = try r.get(Value.self)
        }
        guard out.count == n else { throw BinaryReader.Failure.invalid("a repeated key") }
        self = out
    }
}

/// FNV-1a, 64 bits: the caches' keys and checksums (not a defence against tampering: a
/// cache is the user's own file, rebuilt whenever it does not match).
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h = value
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        value = h
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { add($0) }
    }

    public mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { add($0) }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        add([0xFF])
    }

    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = FNV1a()
        h.add(bytes)
        return h.value
    }
}
