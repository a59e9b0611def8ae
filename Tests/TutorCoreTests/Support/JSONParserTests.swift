import Foundation
import Testing

@testable import TutorCore

/// The strict JSON reader against JSONTestSuite (github.com/nst/JSONTestSuite, MIT; the
/// `test_parsing` cases are in Fixtures/JSONTestSuite): every `y_` case parses, every `n_`
/// case is refused, every `i_` case gives a value or an error (never a trap), and the
/// findings of the hardening issue are errors.
@Suite struct JSONParserTests {
    static let folder = Fixtures.root.appendingPathComponent("Tests/TutorCoreTests/Support/Fixtures/JSONTestSuite")

    static func cases(_ prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    @Test func theSuiteIsThere() {
        #expect(Self.cases("y_").count == 95)
        #expect(Self.cases("n_").count == 188)
        #expect(Self.cases("i_").count == 35)
    }

    @Test(arguments: cases("y_")) func acceptsWhatTheRFCAccepts(name: String) throws {
        #expect(throws: Never.self) { try JSON.parse(bytes: try Self.bytes(name)) }
    }

    @Test(arguments: cases("n_")) func refusesWhatTheRFCRefuses(name: String) throws {
        #expect(throws: JSONError.self) { try JSON.parse(bytes: try Self.bytes(name)) }
    }

    @Test(arguments: cases("i_")) func decidesTheUnspecifiedWithoutTrapping(name: String) throws {
        _ = try? JSON.parse(bytes: try Self.bytes(name))
    }

    @Test(arguments: [
        #"{"text":"\ud800\u0041"}"#, #"{"text":"\ud800\uffff"}"#, #"["\udc00"]"#, #"["\ud800"]"#,
        #"["\ud800\ud800"]"#, #"["\u+abc"]"#, "+1", ".5", "01", "-01", "1.", "1e", "-", "[1e999]", "[-1e999]",
        "[1e400]", #"["a\x"]"#, "[0x10]", "NaN", "[Infinity]",
    ])
    func refusesTheIssuesFindings(text: String) {
        #expect(throws: JSONError.self) { try JSON.parse(text) }
    }

    @Test func surrogatePairsDecode() throws {
        #expect(try JSON.parse(#""\ud83d\ude00""#).stringValue == "😀")
        #expect(try JSON.parse(#""\uDBFF\uDFFF""#).stringValue == "\u{10FFFF}")
    }

    @Test func invalidUTF8InAStringIsAnError() {
        #expect(throws: JSONError.self) { try JSON.parse(bytes: [0x22, 0xF0, 0x90, 0x80, 0x22]) }
        #expect(throws: JSONError.self) { try JSON.parse(bytes: [0x22, 0xC0, 0xAF, 0x22]) }
    }

    @Test func numbersConvertWithRangeChecks() throws {
        #expect(try JSON.parse("1e300").intValue == nil)
        #expect(try JSON.parse("12345678901234567890").intValue == nil)
        #expect(try JSON.parse("-12345678901234567890").intValue == nil)
        #expect(try JSON.parse("1.5").intValue == nil)
        #expect(try JSON.parse("9007199254740992").intValue == 9_007_199_254_740_992)
        #expect(try JSON.parse("-0").intValue == 0)
        #expect(try JSON.parse("42").intValue == 42)
        #expect(try JSON.parse("1E2").intValue == 100)
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONError.self) { try JSON.parse(deep) }
    }

    @Test(arguments: [
        #"{"v":1,"ts":"t","learner":"a","session":"s","seq":1e300,"type":"turn"}"#,
        #"{"v":1e999,"ts":"t","learner":"a","session":"s","seq":1,"type":"turn"}"#,
        #"{"v":1e300,"ts":"t","learner":"a","session":"s","seq":1,"type":"turn"}"#,
        #"{"v":1,"ts":"t","learner":"a","session":"s","seq":12345678901234567890,"type":"turn"}"#,
        #"{"v":1,"ts":"t","learner":"a","session":"s","seq":-1,"type":"turn"}"#,
        #"{"v":1,"ts":"t","learner":"\ud800\u0041","session":"s","seq":1,"type":"turn"}"#,
    ])
    func aDamagedLogLineIsMalformedNotATrap(line: String) throws {
        #expect(throws: SessionEvent.ReadError.self) { try SessionEvent.parse(line) }
        let folded = try LearnerHistory.fold(lines: [Substring(line)], seed: 1)
        #expect(folded.skipped.count == 1 && folded.skipped.first?.line == 1)
    }

    @Test func aHugeTurnNumberInAnEventDoesNotTrap() throws {
        let line =
            #"{"v":1,"ts":"t","learner":"a","session":"s","seq":1,"type":"turn","turn":1e300,"concepts":[],"graded":null}"#
        let folded = try LearnerHistory.fold(lines: [Substring(line)], seed: 1)
        #expect(folded.events == 1 && folded.state.turn == 0)
    }
}
