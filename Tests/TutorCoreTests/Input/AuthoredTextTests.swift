import Testing

@testable import TutorCore

/// Authored text (knowledge and lessons) is cleaned as learner input is, layout kept.
@Suite struct AuthoredTextTests {
    @Test func escapesAndControlsGoLayoutStays() {
        let text = "Line one\u{1B}[31m red\n\tindented \u{1B}]0;title\u{07}text\r\n\u{202E}end\u{0}"
        #expect(TextCleaner.cleanAuthored(text) == "Line one red\n\tindented text\nend")
    }

    @Test func plainTextIsUnchanged() {
        let text = "A definition — with “quotes”,\n  and  two spaces."
        #expect(TextCleaner.cleanAuthored(text) == text)
    }

    @Test func aKnowledgeFilesEscapesNeverReachItsStrings() throws {
        let reader = YAMLReader(file: "k.yaml")
        let node = reader.compose("name: \"\\e[2JWiped\\e]0;x\\a\"\n\"k\\e[31m\": 1\n")
        let mapping = try #require(reader.mapping(node, what: "the test"))
        #expect(mapping.string("name") == "Wiped")
        #expect(mapping.fields.map(\.key) == ["name", "k"])
        let diagnostic = Diagnostic(file: "f\u{1B}[2J.yaml", line: 1, column: 1, message: "unknown '\u{1B}[31mx'")
        #expect(diagnostic.description == "f.yaml:1:1: error: unknown 'x'")
    }
}
