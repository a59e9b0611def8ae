import Testing

@testable import TutorCore

/// `words.txt`: everyday English that the spelling corrector keeps as typed, so a real word
/// the knowledge base never uses is not turned into one it does ("scarf" into "scare").
@Suite struct EverydayWordsTests {
    static let vocabulary = ["quit": 3, "think": 4, "point": 2, "empathy": 9, "alliance": 7, "worth": 1]

    @Test(arguments: [
        ("thick", nil as String?),  // an everyday word: kept
        ("paint", nil),
        ("empathey", "empathy"),  // a typo: still corrected
        ("allaince", "alliance"),
        ("qiut", "quit"),  // four letters: the transposition still applies
        ("quitt", "quit"),
    ])
    func everydayWordsStayAndTyposAreCorrected(word: String, expected: String?) {
        let corrector = SpellingCorrector(words: Self.vocabulary, everyday: ["paint", "thick", "zebra"])
        #expect(corrector.correct(word) == expected)
    }

    @Test func withoutAWordListEveryNearWordIsCorrected() {
        let corrector = SpellingCorrector(words: Self.vocabulary)
        #expect(corrector.correct("thick") == "think")
        #expect(corrector.correct("paint") == "point")
    }

    /// The bisection finds every listed word, the first and the last included, and no
    /// prefix, extension or neighbour of one; the list need not come sorted.
    @Test func theListIsSearchedWordForWord() {
        let list = ["paint", "apple", "quick", "zebra", "mango", "kiwi", "banana"]
        let corrector = SpellingCorrector(words: [:], everyday: list)
        for word in list { #expect(corrector.isEveryday(word), "\(word)") }
        for word in ["", "a", "appl", "apples", "aardvark", "zebras", "zzz", "lemon", "pain", "paints"] {
            #expect(!corrector.isEveryday(word), "\(word)")
        }
        #expect(!SpellingCorrector(words: [:]).isEveryday("paint"))
    }

    /// The shipped list keeps real words as typed through the whole analyzer, while a typo
    /// of a knowledge-base word is still corrected.
    @Test(arguments: [
        ("a client knitted me a scarf", "scarf", "scarf"),
        ("i paint houses for a living", "paint", "paint"),
        ("we met in the alley behind the clinic", "alley", "alley"),
        ("what is empathey", "empathey", "empathy"),
    ])
    func theShippedAnalyzerKeepsEverydayWords(line: String, typed: String, read: String) throws {
        let analysis = Fixtures.tutor.analyzer.analyze(line)
        let token = try #require(analysis.tokens.first { $0.typed == typed })
        #expect(token.word == read)
        #expect(token.corrected == (typed != read))
    }
}
