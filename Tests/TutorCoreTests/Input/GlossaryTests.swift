import Testing

@testable import TutorCore

/// The glossary reads a line written partly in another language in English, and leaves every
/// other line alone.
@Suite struct GlossaryTests {
    @Test(
        "a line that shows a language is read in English",
        arguments: [
            ("qué es la empatía?", "what is the empathy?"),
            ("ano ang congruence", "what is congruence"),
            ("bakit po mahalaga ang trust", "why important the trust"),
            ("c'est quoi l'immédiateté", "what is the immediatete"),
            ("qu'est-ce que le transfert?", "what is the transference?"),
            ("was ist der Unterschied zwischen lapse und relapse", "what is the difference between lapse and relapse"),
            ("o que é rapport? não entendi", "what is rapport? i did not understand"),
            ("cos'è la congruenza", "what is the congruenza"),
            ("gracias!", "thanks!"),
        ])
    func readsInEnglish(_ text: String, _ english: String) {
        #expect(Glossary.english(text) == english)
    }

    /// English lines, lines with one word a language shares with English, and a single word
    /// of the language that English lines also hold, are left as typed.
    @Test(
        "an English line is never touched",
        arguments: [
            "what is the difference between empathy and sympathy",
            "my son was so angry, come on, what do I do",
            "the comment he made was a con, die hard habits",
            "no, I mean the one about trust",
            "para-professionals and the alliance",
            "lo and behold, he came back",
            "",
        ])
    func leavesEnglish(_ text: String) {
        #expect(Glossary.english(text) == nil)
    }

    /// An acronym is English whatever it spells: "MI" is motivational interviewing, not the
    /// Spanish "my"; a line typed all in capitals is still read.
    @Test("acronyms keep their letters")
    func acronyms() {
        #expect(Glossary.english("que es el MI?") == "what is the MI?")
        #expect(Glossary.english("QUE ES EL MI") == "what is the my")
    }

    /// The tables are consistent: every word that may show a language is found by the quick
    /// token check, so no line of a language is skipped before it is read.
    @Test("every sign word passes the token check")
    func signWordsCoverTheTables() {
        for language in Glossary.languages {
            for word in language.words.keys where !language.alsoEnglish.contains(word) {
                #expect(Glossary.maySignal(word), "\(word)")
            }
            for word in language.sure { #expect(Glossary.maySignal(word), "\(word)") }
        }
    }

    /// (round 29) The quick check before the tables: English words that only stand inside a
    /// phrase of a language ("a", "do", "me", "example", "question", "quiz", "test", from "do
    /// na", "example do", "quiz lo") no longer send an English line to the tables, and a line
    /// of the language is still sent, by one word of its own or by two of its phrases.
    @Test(
        "English lines skip the tables, lines of a language do not",
        arguments: [
            ("give me a question about the alliance", false),
            ("what do I do when a client walks out", false),
            ("quiz me on trust, then an example please", false),
            ("can you test me on the example you gave", false),
            ("empathy kya hai", true),
            ("qué es la empatía?", true),
            ("non lo so", true),
            ("example do na", true),
        ])
    func quickCheck(_ text: String, _ shows: Bool) {
        let analysis = Fixtures.tutor.analyzer.analyze(text)
        #expect(Glossary.mayShowALanguage(analysis.tokens) == shows, "\(text)")
        // Whatever the check says, a line it skips is one the tables leave as typed.
        if !shows { #expect(Glossary.english(text) == nil, "\(text)") }
    }

    /// Every phrase of a language that counts as a sign is found by the quick check when the
    /// line holds it twice (a two-word phrase is one sign) or once (a longer one is two).
    @Test("every phrase passes the quick check")
    func phrasesPassTheCheck() {
        for language in Glossary.languages {
            for list in language.phrases.values {
                for phrase in list where phrase.words.count >= 2 {
                    let once = phrase.words.joined(separator: " ")
                    let text = phrase.words.count == 2 ? once + ", " + once : once
                    let analysis = Fixtures.tutor.analyzer.analyze(text)
                    #expect(Glossary.mayShowALanguage(analysis.tokens), "\(text)")
                }
            }
        }
    }
}
