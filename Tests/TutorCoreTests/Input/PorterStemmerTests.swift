import Testing

@testable import TutorCore

@Suite struct PorterStemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("feed", "feed"), ("agreed", "agre"),
        ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"),
        ("hopping", "hop"), ("filing", "file"), ("happy", "happi"), ("relational", "relat"),
        ("conditional", "condit"), ("listening", "listen"), ("listened", "listen"), ("relationships", "relationship"),
        ("generalization", "gener"), ("effective", "effect"), ("adjustment", "adjust"), ("controll", "control"),
        ("rate", "rate"), ("trust", "trust"), ("empathy", "empathi"),
    ])
    func stems(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test func leavesNonASCIIAndShortWordsAlone() {
        #expect(PorterStemmer.stem("vertrauen") == "vertrauen")
        #expect(PorterStemmer.stem("confianza") == "confianza")
        #expect(PorterStemmer.stem("empatía") == "empatía")
        #expect(PorterStemmer.stem("is") == "is")
    }
}
