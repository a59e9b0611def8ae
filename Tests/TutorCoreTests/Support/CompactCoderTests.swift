import Foundation
import Testing

@testable import TutorCore

/// The compact coder on its own: what it writes, that every kind of value comes back as it
/// was, and that bytes no encoder wrote are refused.
@Suite struct CompactCoderTests {
    struct Point: Codable, Equatable {
        var x: Int
        var label: String
    }

    struct Nested: Codable, Equatable {
        var name: String
        var points: [Point]
        var note: String?
        var score: Double?
        var tags: Set<String>
        var byName: [String: Point]
        var grid: [[Int?]]
        var flags: [Bool]
        var inner: Inner?

        struct Inner: Codable, Equatable {
            var level: QuestionLevel
            var empty: [String]
            var none: [Point]?
        }
    }

    enum Shape: Codable, Equatable {
        case circle(radius: Double)
        case rect(width: Int, height: Int)
        case labeled(String?, Point)
        case empty
    }

    /// Writes its two values through an unkeyed container, as hand-written conformances may.
    struct Pair: Codable, Equatable {
        var first: String
        var second: [Int]

        init(first: String, second: [Int]) {
            self.first = first
            self.second = second
        }

        init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            first = try c.decode(String.self)
            second = try c.decode([Int].self)
            guard c.isAtEnd else { throw CompactCodingError.invalid("a third value") }
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(first)
            try c.encode(second)
        }
    }

    final class Node: Codable {
        var name: String
        init(name: String) { self.name = name }
    }

    struct Graph: Codable {
        var a: Node
        var b: Node
        var c: Node
    }

    static let nested = Nested(
        name: "alliance", points: [Point(x: -3, label: "bond"), Point(x: 1 << 40, label: "")], note: nil,
        score: 0.25, tags: ["goals", "tasks", "bond"],
        byName: ["z": Point(x: 0, label: "z"), "a": Point(x: 7, label: "a")],
        grid: [[1, nil], [], [nil]], flags: [true, false],
        inner: .init(level: .analyze, empty: [], none: nil))

    func encode<T: Encodable>(_ value: T) throws -> [UInt8] { try CompactEncoder().encode(value) }
    func decode<T: Decodable>(_ bytes: [UInt8], as: T.Type) throws -> T {
        try CompactDecoder().decode(T.self, from: bytes)
    }

    @Test func aStructIsItsValuesInOrderWithNoKeys() throws {
        #expect(try encode(Point(x: 1, label: "x")) == [2, 1, 0x78])
        #expect(try encode(Point(x: -1, label: "")) == [1, 0])
    }

    @Test func optionalsAreAPresenceByteThenTheValue() throws {
        #expect(try encode(Int?.none) == [0])
        #expect(try encode(Int?.some(5)) == [1, 10])
        #expect(try encode(Nested.Inner(level: .recall, empty: [], none: nil)) == [6] + Array("recall".utf8) + [0, 0])
        #expect(try roundTrip(Int??.some(nil)) == .some(nil))
    }

    @Test func integersKeepTheirValueAtEveryMagnitude() throws {
        for v in [0, 1, -1, 63, -64, 64, 127, 128, -129, 300, 1 << 40, -(1 << 40), Int.max, Int.min] {
            #expect(try roundTrip(v) == v)
        }
        #expect(try encode(-1) == [1] && encode(1) == [2], "zigzag: small magnitudes take one byte whatever their sign")
        #expect(try roundTrip(UInt64.max) == .max && roundTrip(Int8.min) == .min && roundTrip(UInt16.max) == .max)
        #expect(try roundTrip(Int32.min) == .min && roundTrip(UInt8(200)) == 200)
        #expect(throws: CompactCodingError.invalid("Int8 range")) { try decode(try encode(300), as: Int8.self) }
        #expect(throws: CompactCodingError.invalid("UInt8 range")) {
            try decode(try encode(UInt64(256)), as: UInt8.self)
        }
    }

    @Test func floatingPointKeepsItsBits() throws {
        for v in [0.0, -0.0, 1.5, -3.25e-300, .infinity, -.infinity, .nan, .leastNonzeroMagnitude] {
            #expect(try roundTrip(v).bitPattern == v.bitPattern)
        }
        for v: Float in [0, -0.0, 1.5, .nan, .greatestFiniteMagnitude] {
            #expect(try roundTrip(v).bitPattern == v.bitPattern)
        }
    }

    @Test func stringsKeepEveryScalar() throws {
        for s in ["", "a", "therapeutic alliance", "café", "同盟", "👩🏽‍⚕️ ok", String(repeating: "x", count: 70_000)] {
            #expect(try roundTrip(s).utf8.elementsEqual(s.utf8))
        }
        #expect(try encode("é") == [2, 0xC3, 0xA9])
    }

    @Test func nestedValuesRoundTrip() throws {
        #expect(try roundTrip(Self.nested) == Self.nested)
        var other = Self.nested
        other.note = "set"
        other.inner = nil
        other.points = []
        #expect(try roundTrip(other) == other)
        #expect(try encode(other) != encode(Self.nested))
    }

    @Test func enumsWithAssociatedValuesRoundTrip() throws {
        let shapes: [Shape] = [
            .circle(radius: 2.5), .rect(width: 3, height: -4), .labeled(nil, Point(x: 1, label: "p")),
            .labeled("ü", Point(x: 0, label: "")), .empty,
        ]
        #expect(try roundTrip(shapes) == shapes)
        #expect(try roundTrip([Verdict.dontKnow, .correct]) == [.dontKnow, .correct])
    }

    @Test func handWrittenUnkeyedContainersRoundTrip() throws {
        let pairs = [Pair(first: "a", second: [1, 2, 3]), Pair(first: "", second: [])]
        #expect(try roundTrip(pairs) == pairs)
    }

    @Test func anObjectMetTwiceIsWrittenOnceAndSharedAgain() throws {
        let shared = Node(name: String(repeating: "n", count: 100))
        let graph = Graph(a: shared, b: Node(name: "b"), c: shared)
        let bytes = try encode(graph)
        #expect(bytes.count < 120, "the second meeting is a reference, not another copy")
        let back = try decode(bytes, as: Graph.self)
        #expect(back.a === back.c && back.a !== back.b)
        #expect(back.a.name == shared.name && back.b.name == "b")
    }

    struct Holder: Codable, Equatable {
        @CompactSharedElements var many: [Point]
        @CompactShared var one: Point
        @CompactShared var other: Point
    }

    @Test func aSharedValueMetAgainEqualIsWrittenOnce() throws {
        let big = Point(x: 5, label: String(repeating: "p", count: 100))
        let holder = Holder(many: [big, Point(x: 1, label: "a")], one: big, other: Point(x: 1, label: "b"))
        let bytes = try encode(holder)
        #expect(bytes.count < 130, "`one` is a reference to `many[0]`")
        #expect(try decode(bytes, as: Holder.self) == holder)
        // Other coders see the bare values.
        let json = String(
            decoding: try JSONEncoder().encode(
                Holder(many: [], one: .init(x: 1, label: ""), other: .init(x: 2, label: ""))), as: UTF8.self)
        #expect(json.contains(#""one":{"#) && json.contains(#""many":[]"#))
        #expect(try JSONDecoder().decode(Holder.self, from: Data(json.utf8)).other.x == 2)
        // A reference to a value not yet read.
        var damaged = bytes
        damaged[damaged.count - 4] = 7
        #expect(throws: (any Error).self) { try decode(damaged, as: Holder.self) }
    }

    @Test func equalSetsAndDictionariesGiveEqualBytes() throws {
        // Built in different orders, so their hash tables differ.
        var a: [String: Int] = [:]
        var b: [String: Int] = [:]
        let words = (0..<200).map { "w\($0)" }
        for (i, w) in words.enumerated() { a[w] = i }
        for (i, w) in words.enumerated().reversed() { b[w] = i }
        #expect(try encode(a) == encode(b))
        #expect(try encode(Set(words)) == encode(Set(words.reversed())))
        #expect(try encode(["b": 1, "a": 2]) == [2, 1, 0x61, 4, 1, 0x62, 2])
    }

    @Test func unorderableSetsAndDictionariesAreNotWritten() {
        struct Tag: Codable, Hashable { var name: String }
        #expect(throws: EncodingError.self) { try encode(Set([Tag(name: "a")])) }
        #expect(throws: EncodingError.self) { try encode([Tag(name: "a"): 1]) }
    }

    @Test func everyTruncationThrows() throws {
        let bytes = try encode(Self.nested)
        for cut in 0..<bytes.count {
            #expect(throws: CompactCodingError.self, "cut at \(cut)") {
                try decode(Array(bytes[..<cut]), as: Nested.self)
            }
        }
        #expect(throws: CompactCodingError.invalid("bytes after the end")) { try decode(bytes + [0], as: Nested.self) }
    }

    @Test func aHugeCountThrowsWithoutAllocating() {
        // A count of 2^62 would trap if the decoder reserved room for it; it is refused first.
        let huge: [UInt8] = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40]
        #expect(throws: CompactCodingError.invalid("count \(1 << 62) past the end")) {
            try decode(huge, as: [String].self)
        }
        #expect(throws: CompactCodingError.self) { try decode(huge, as: [Point].self) }
        #expect(throws: CompactCodingError.self) { try decode(huge, as: Set<Int>.self) }
        #expect(throws: CompactCodingError.self) { try decode(huge, as: [String: [Int]].self) }
        #expect(throws: CompactCodingError.self) { try decode(huge, as: String.self) }
        #expect(throws: CompactCodingError.self) { try decode(huge, as: Pair.self) }
    }

    @Test func impossibleValuesThrow() throws {
        #expect(throws: CompactCodingError.truncated) { try decode([], as: Int.self) }
        #expect(throws: CompactCodingError.truncated) { try decode([0x80, 0x80], as: Int.self) }
        #expect(throws: CompactCodingError.truncated) { try decode([1, 2, 3], as: Double.self) }
        #expect(throws: CompactCodingError.self) { try decode([5, 0x61], as: String.self) }
        #expect(throws: CompactCodingError.invalid("bool 2")) { try decode([2], as: Bool.self) }
        #expect(throws: CompactCodingError.invalid("presence byte 2")) { try decode([2, 0], as: Int?.self) }
        #expect(throws: CompactCodingError.invalid("varint too long")) {
            try decode(Array(repeating: 0xFF, count: 11), as: Int.self)
        }
        #expect(throws: (any Error).self) { try decode([3, 0x78, 0x78, 0x78], as: Verdict.self) }
        #expect(throws: CompactCodingError.invalid("a repeated key")) {
            try decode([2, 1, 0x6B, 2, 1, 0x6B, 4], as: [String: Int].self)
        }
        #expect(throws: CompactCodingError.invalid("a repeated element")) { try decode([2, 2, 2], as: Set<Int>.self) }
        // An enum case that does not exist, and a reference to an object not yet read.
        #expect(throws: (any Error).self) { try decode([6] + Array("square".utf8), as: Shape.self) }
        var bytes = try encode(Graph(a: Node(name: "a"), b: Node(name: "b"), c: Node(name: "c")))
        bytes[bytes.count - 3] = 9
        #expect(throws: CompactCodingError.invalid("object reference 9")) { try decode(bytes, as: Graph.self) }
    }

    @Test func damagedBytesNeverCrashTheDecoder() throws {
        // Flip bytes anywhere: each decode throws or gives a value; it never traps.
        let bytes = try encode([Self.nested, Self.nested])
        var random = SeededRandom(seed: 5)
        var refused = 0
        for _ in 0..<500 {
            var damaged = bytes
            damaged[random.index(damaged.count)] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            if (try? decode(damaged, as: [Nested].self)) == nil { refused += 1 }
        }
        #expect(refused > 0)
    }
}
