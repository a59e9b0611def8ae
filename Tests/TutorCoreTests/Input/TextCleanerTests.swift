import Testing

@testable import TutorCore

@Suite struct TextCleanerTests {
    @Test func dropsANSIAndOSCEscapes() {
        #expect(TextCleaner.clean("\u{1B}[31mwhat is trust\u{1B}[0m") == "what is trust")
        #expect(TextCleaner.clean("\u{1B}]0;title\u{07}hello") == "hello")
        #expect(TextCleaner.clean("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\") == "link")
        #expect(!TextCleaner.clean("a\u{1B}[2Jb\u{9B}31mc").contains("\u{1B}"))
    }

    @Test func dropsControlAndInvisibleCharacters() {
        #expect(TextCleaner.clean("what\u{0}is\u{7}trust") == "what is trust")
        #expect(TextCleaner.clean("tr\u{200B}ust\u{202E}") == "trust")
        #expect(TextCleaner.clean("  many   spaces\t\there  ") == "many spaces here")
        #expect(TextCleaner.clean("bad \u{FFFD}\u{FFFD} bytes") == "bad bytes")
    }

    @Test func boundsWhatIsAnalysed() {
        let huge = String(repeating: "trust ", count: 200_000)
        let cleaned = TextCleaner.clean(huge)
        #expect(cleaned.unicodeScalars.count <= TextCleaner.maxAnalysedScalars)
        #expect(TextCleaner.quote(huge, max: 10) == "trust trus…")
    }

    @Test func keepsOtherLanguagesAndEmoji() {
        #expect(TextCleaner.clean("¿Qué es la alianza? 🤝") == "¿Qué es la alianza? 🤝")
    }
}
