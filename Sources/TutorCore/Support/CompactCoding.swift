/// The compact binary form of `Codable` values, for the tutor's caches: the built knowledge
/// base (`Tutor.Image`) and a learner's folded log (`LearnerHistory`). `CompactEncoder`
/// writes it and `CompactDecoder` reads it.
///
/// The form is positional: a keyed container writes its values in the order `encode` is
/// called and the decoder reads them in the order `decode` is called, with no keys in the
/// bytes. Synthesized conformances encode and decode a type's stored properties in
/// declaration order, so both sides agree; a hand-written conformance must call the same
/// sequence on both sides (one that decodes leniently, `decodeIfPresent` for a value
/// encoded with `encode`, does not fit). The values:
/// - integers as varints (signed ones zigzagged, so small magnitudes take one byte), `Bool`
///   as one byte 0 or 1, `Double` and `Float` as their little-endian bits;
/// - strings as a byte count and their UTF-8;
/// - arrays, sets and dictionaries as a count and their elements (a dictionary's as key,
///   value), sets and dictionaries in sorted order, so equal values give equal bytes
///   (their keys and elements must be `Comparable`);
/// - an optional as a presence byte (0 nil, 1 a value follows): `encodeIfPresent`,
///   `decodeIfPresent`, and an `Optional` wherever it is met;
/// - an enum case with associated values (what `nestedContainer(keyedBy:forKey:)` writes)
///   as its case's name, so the decoder can tell `allKeys`;
/// - a class instance met a second time as a reference to the first (a varint: 0 the
///   object follows, k the k-th object read), so objects shared in the value (the analyzer
///   that the matcher and the grader both use) are shared again after decoding.
///
/// Every read is bounds-checked: bytes that end early or hold an impossible value (a count
/// beyond the bytes left, a bool of 2, a repeated key) throw `CompactCodingError`, and no
/// count can make the decoder reserve more elements than there are bytes left. A cache is
/// read only by the build that wrote it (its key names the executable), so the form needs
/// no versioning of its own.
public enum CompactCodingError: Error, Equatable, Sendable {
    /// The bytes end before the value does.
    case truncated
    /// A count, tag or value no encoder would write.
    case invalid(String)
}

/// The bytes being written.
struct CompactWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func zigzag(_ value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// The low `width` bytes of `value`, little-endian.
    mutating func fixed(_ value: UInt64, width: Int = 8) {
        for i in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }

    mutating func string(_ s: String) {
        var copy = s
        copy.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }
}

/// A bounds-checked cursor over bytes that outlive it.
struct CompactReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var remaining: Int { bytes.count - offset }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw CompactCodingError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// A varint; a padded one (with more bytes than it needs) reads as its value.
    mutating func varint() throws -> UInt64 {
        if offset < bytes.count, bytes[offset] < 0x80 {
            defer { offset += 1 }
            return UInt64(bytes[offset])
        }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 63 || (shift == 63 && b <= 1) else { throw CompactCodingError.invalid("varint too long") }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    mutating func zigzag() throws -> Int64 {
        let z = try varint()
        return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    }

    /// `width` bytes, little-endian.
    mutating func fixed(width: Int = 8) throws -> UInt64 {
        guard remaining >= width else { throw CompactCodingError.truncated }
        var value: UInt64 = 0
        for i in (0..<width).reversed() { value = value << 8 | UInt64(bytes[offset + i]) }
        offset += width
        return value
    }

    /// A count of things that each take at least one byte: never more than the bytes left,
    /// so a damaged count throws here instead of reserving memory for it.
    mutating func count() throws -> Int {
        let n = try varint()
        guard n <= UInt64(remaining) else { throw CompactCodingError.invalid("count \(n) past the end") }
        return Int(n)
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + n]), as: UTF8.self)
    }

    /// The string at the cursor, left unread; nil if there is none.
    func peekString() -> String? {
        var copy = self
        return try? copy.string()
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let b: throw CompactCodingError.invalid("bool \(b)")
        }
    }

    /// An optional's presence byte: whether a value follows.
    mutating func presence() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        case let b: throw CompactCodingError.invalid("presence byte \(b)")
        }
    }
}

/// A value the coder writes itself, not through its `Encodable` conformance: numbers,
/// strings and collections.
protocol CompactEncodable {
    func encodeCompact(to encoder: CompactEncoding) throws
}

/// A value the coder reads itself, not through its `Decodable` conformance.
protocol CompactDecodable {
    static func decodeCompact(from decoder: CompactDecoding) throws -> Self
}

extension CompactDecodable {
    /// `decodeCompact` for a caller that knows the type only as `T`, which is `Self` (it
    /// found `T` to be this type): the cast renames the type, it converts nothing.
    static func decodeCompact<T>(from decoder: CompactDecoding, as: T.Type) throws -> T {
        unsafeBitCast(try decodeCompact(from: decoder), to: T.self)
    }
}

/// A value read and written straight from and to the bytes, with no container: the
/// elements of the collections the decoder reads fastest.
protocol CompactPrimitive: CompactEncodable, CompactDecodable {
    func write(to writer: inout CompactWriter)
    static func read(from reader: inout CompactReader) throws -> Self
}

extension CompactPrimitive {
    func encodeCompact(to encoder: CompactEncoding) throws { write(to: &encoder.writer) }
    static func decodeCompact(from decoder: CompactDecoding) throws -> Self { try read(from: &decoder.reader.pointee) }
}

extension String: CompactPrimitive {
    func write(to w: inout CompactWriter) { w.string(self) }
    static func read(from r: inout CompactReader) throws -> String { try r.string() }
}

extension Bool: CompactPrimitive {
    func write(to w: inout CompactWriter) { w.byte(self ? 1 : 0) }
    static func read(from r: inout CompactReader) throws -> Bool { try r.bool() }
}

extension Double: CompactPrimitive {
    func write(to w: inout CompactWriter) { w.fixed(bitPattern) }
    static func read(from r: inout CompactReader) throws -> Double { Double(bitPattern: try r.fixed()) }
}

extension Float: CompactPrimitive {
    func write(to w: inout CompactWriter) { w.fixed(UInt64(bitPattern), width: 4) }
    static func read(from r: inout CompactReader) throws -> Float {
        Float(bitPattern: UInt32(truncatingIfNeeded: try r.fixed(width: 4)))
    }
}

/// Integers as varints, signed ones zigzagged (`isSigned` is known where each is compiled).
protocol CompactInteger: CompactPrimitive, FixedWidthInteger {}

extension CompactInteger {
    func write(to w: inout CompactWriter) {
        if Self.isSigned { w.zigzag(Int64(self)) } else { w.varint(UInt64(self)) }
    }

    static func read(from r: inout CompactReader) throws -> Self {
        let value = Self.isSigned ? Self(exactly: try r.zigzag()) : Self(exactly: try r.varint())
        guard let value else { throw CompactCodingError.invalid("\(Self.self) range") }
        return value
    }
}

extension Int: CompactInteger {}
extension Int8: CompactInteger {}
extension Int16: CompactInteger {}
extension Int32: CompactInteger {}
extension Int64: CompactInteger {}
extension UInt: CompactInteger {}
extension UInt8: CompactInteger {}
extension UInt16: CompactInteger {}
extension UInt32: CompactInteger {}
extension UInt64: CompactInteger {}
