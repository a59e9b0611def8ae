/// FNV-1a, 64 bits: the caches' keys and checksums (not a defence against tampering: a
/// cache is the user's own file, rebuilt whenever it does not match).
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    static var prime: UInt64 { 0x0000_0100_0000_01B3 }

    public mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var h = value
        for b in bytes {
            h = (h ^ UInt64(b)) &* Self.prime
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

    /// A word's hash for `WordSet` and `WordMap`, and whether the word is ASCII (one that is
    /// not they look up as a `String`, so canonical equivalence holds).
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
        var h = FNV1a().value
        var high: UInt8 = 0
        for b in bytes {
            high |= b
            h = (h ^ UInt64(b)) &* prime
        }
        return (h, high < 0x80)
    }

    /// `word(_:)` of a string's UTF-8 bytes.
    @inline(__always)
    static func word(_ text: String) -> (hash: UInt64, ascii: Bool) {
        var text = text
        return text.withUTF8 { word($0) }
    }

    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = FNV1a()
        h.add(bytes)
        return h.value
    }
}
