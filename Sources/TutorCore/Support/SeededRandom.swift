/// SplitMix64: a small, fast generator whose sequence is fixed by its seed, so a seeded
/// session replays byte for byte on every platform.
public struct SeededRandom: RandomNumberGenerator, Sendable, Codable, Equatable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index below `count` (0 when `count` is 0).
    public mutating func index(_ count: Int) -> Int {
        count <= 1 ? 0 : Int(next() % UInt64(count))
    }
}
