import Foundation
import Testing

@testable import TutorCore

/// Sections read on first use (`CompactLazy`): skipped at decoding, read later with what
/// came before them, and replaced by their fallback when they do not decode.
@Suite struct CompactLazyTests {
    struct Point: Codable, Equatable, Sendable {
        var x: Int
        var label: String
    }

    struct Inside: Codable, Equatable, Sendable {
        @CompactShared var again: Point
        @CompactShared var fresh: Point
        var words: [String]
    }

    struct Outer: Codable {
        @CompactShared var first: Point
        var lazy: CompactLazy<Inside>
        @CompactShared var after: Point
        var tail: Int
    }

    static let big = Point(x: 1, label: String(repeating: "b", count: 80))
    static let other = Point(x: 2, label: String(repeating: "o", count: 80))
    static let inside = Inside(again: big, fresh: other, words: ["alliance", "bond", "goals"])
    static let outer = Outer(first: big, lazy: CompactLazy(inside), after: other, tail: 7)

    func encode<T: Encodable>(_ value: T) throws -> [UInt8] { try CompactEncoder().encode(value) }
    func decode<T: Decodable>(_ bytes: [UInt8], as: T.Type) throws -> T {
        try CompactDecoder().decode(T.self, from: bytes)
    }

    @Test func aSectionReadsBackAsItWasWithWhatCameBeforeIt() throws {
        let bytes = try encode(Self.outer)
        // `again` refers to `first`; `after` is written in full, not as a reference into
        // the section, which may never be read.
        #expect(bytes.count > 3 * 80 && bytes.count < 3 * 80 + 40)
        let back = try decode(bytes, as: Outer.self)
        #expect(back.after == Self.other && back.tail == 7 && back.first == Self.big)
        #expect(!back.lazy.box.isRead)
        #expect(back.lazy.value == Self.inside)
        #expect(back.lazy.box.isRead)
        // Written again, the same bytes.
        #expect(try encode(back) == bytes)
    }

    @Test func otherCodersSeeTheBareValue() throws {
        let json = String(decoding: try JSONEncoder().encode(Self.outer), as: UTF8.self)
        #expect(json.contains(#""lazy":{"#) && json.contains(#""words":["alliance","bond","goals"]"#))
        #expect(try JSONDecoder().decode(Outer.self, from: Data(json.utf8)).lazy.value == Self.inside)
    }

    /// The bytes of `outer` with the section's `words` count set past the section's end.
    func damaged() throws -> [UInt8] {
        var bytes = try encode(Self.outer)
        let words = try encode(Self.inside.words)
        let at = try #require(bytes.firstRange(of: words)).lowerBound
        bytes[at] = 60
        return bytes
    }

    @Test func aSectionThatDoesNotDecodeGivesItsFallback() throws {
        let back = try decode(try damaged(), as: Outer.self)
        #expect(back.tail == 7, "the rest decodes: the section is read on first use")
        let stand = Inside(again: Self.other, fresh: Self.other, words: [])
        back.lazy.deferCheck({ _ in }, fallback: { stand })
        #expect(back.lazy.value == stand)
    }

    @Test func aSectionThatFailsItsCheckGivesItsFallback() throws {
        let back = try decode(try encode(Self.outer), as: Outer.self)
        let stand = Inside(again: Self.other, fresh: Self.other, words: ["x"])
        back.lazy.deferCheck(
            { if $0.words.count == 3 { throw CompactCodingError.invalid("three") } }, fallback: { stand })
        #expect(back.lazy.value == stand)
        // A section that passes its check is itself.
        let good = try decode(try encode(Self.outer), as: Outer.self)
        good.lazy.deferCheck({ _ in }, fallback: { stand })
        #expect(good.lazy.value == Self.inside)
    }

    @Test func aSectionCutShortIsRefusedAtDecoding() throws {
        let bytes = try encode(Self.outer)
        for cut in stride(from: 1, to: bytes.count, by: 7) {
            #expect(throws: (any Error).self, "cut at \(cut)") { try decode(Array(bytes[..<cut]), as: Outer.self) }
        }
    }

    @Test func aCachedGraderReadsItsCompiledQuestionsOnlyWhenItGrades() throws {
        let image = try Tutor.Image.decode(TutorImageTests.bytes)
        #expect(!image.grader.lazyCompiled.box.isRead)
        _ = image.matcher.match("what is trust")
        #expect(!image.grader.lazyCompiled.box.isRead)
        let id = try #require(Fixtures.kb.questions.first?.id)
        #expect(image.grader.grade(questionID: id, answer: "listen without judgment") != nil)
        #expect(image.grader.lazyCompiled.box.isRead)
    }
}
