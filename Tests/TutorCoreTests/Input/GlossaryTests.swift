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
}
