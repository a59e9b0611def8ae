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
