import Foundation
import Testing

@testable import TutorCore

/// Round 30's single-line mechanisms, read by shape rather than by a table of one language's
/// words: each pinned on lines of our own, in languages no development set uses (Georgian,
/// Lithuanian, Mongolian, Malagasy, Twi, Uzbek, Finnish, Indonesian, Albanian, Bengali, Cape
/// Verdean and Galician), with near lines the rules must leave alone.
@Suite struct MatcherRoundThirtyTests {
    let matcher = Fixtures.tutor.matcher

    /// A courtesy or a request beside words of a language the glossary has no table for.
    @Test(
        "a courtesy in a language with no table",
        arguments: [
            ("Gamarjoba!", Intent.greeting), ("Labas rytas, I am ready", .greeting),
            ("Akwaaba! let us start", .greeting),
            ("Madloba, very clear now", .thanks), ("Bayarlalaa, very useful", .thanks),
            ("Misaotra betsaka, it is clear now", .thanks), ("Dhonnobad, good explanation", .thanks),
            ("Nakhvamdis, see you tomorrow", .goodbye), ("Osonroq, easier please", .easier),
        ])
    func courtesyWithNoTable(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.isEmpty, "\(m.concepts) \(m.evidence)")
    }

    /// A courtesy said alone in a language kindred to one the cues know is read as that courtesy
    /// ("grazas" beside "gracias"); one spelled like none is a greeting.
    @Test("a courtesy spelled like one of a kindred language")
    func kindredCourtesy() {
        let thanks = matcher.matchLine("Grazas!")
        #expect(thanks.intent == .thanks, "\(thanks.intent) \(thanks.evidence)")
        let hello = matcher.matchLine("Gamarjoba")
        #expect(hello.intent == .greeting, "\(hello.intent) \(hello.evidence)")
    }

    /// A word about the reply, that it was clear or useful, thanks.
    @Test(
        "a word about the reply thanks",
        arguments: [
            "very clear now", "good explanation", "ok, I understand now", "that was very clear",
            "it is clear for me now",
        ])
    func praiseOfTheReply(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .thanks, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// Not when it is negated, asked, or beside a request of its own.
    @Test("a word about the reply that is no thanks")
    func praiseThatIsNot() {
        for text in ["still not clear", "is it clear", "I did not understand, not clear at all"] {
            let m = matcher.matchLine(text)
            #expect(m.intent != .thanks, "\(text): \(m.intent) \(m.evidence)")
        }
        let more = matcher.matchLine("that was helpful, can you give me another example")
        #expect(more.intent == .more, "\(more.intent) \(more.evidence)")
    }

    /// Code, sums, keys run along by hand and English small words are no other language.
    @Test(
        "lines that are no courtesy of another language",
        arguments: [
            "what is NATO", "asdkjh qwe", "def foo(x): return x * 2", "quanto costa il biglietto", "lol", "ÿþ€‹ lorem",
            "ecnadiug si tahw",
        ])
    func noCourtesy(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .outOfScope, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A frame in a language with no table around a one-word term of ours is no other subject.
    @Test(
        "a frame of another language around a term",
        arguments: [
            ("kysy minulta empathy", "empathy"), ("uji saya tentang boundaries", "boundaries"),
            ("mund të më pyesësh për empathy", "empathy"),
        ])
    func frameOfAnotherLanguage(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.intent) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    /// An English word of another field beside a one-word term still shares it.
    @Test("an English word of another field still makes another subject")
    func englishOtherField() {
        let m = matcher.matchLine("buy an insurance policy")
        #expect(m.intent == .outOfScope, "\(m.intent) \(m.concepts) \(m.evidence)")
        let places = matcher.matchLine("tell me about the alliance between sparta and athens")
        #expect(places.intent == .outOfScope, "\(places.intent) \(places.concepts) \(places.evidence)")
    }

    /// The leave said before an errand, and not understanding told in the past.
    @Test("leave before an errand, and not understood in the past")
    func leaveAndNotUnderstood() {
        let bye = matcher.matchLine("Ka pai, I must go feed the goats")
        #expect(bye.intent == .goodbye, "\(bye.intent) \(bye.evidence)")
        let lost = matcher.matchLine("sorry, I didn't understand")
        #expect(lost.intent == .simpler, "\(lost.intent) \(lost.evidence)")
        let client = matcher.matchLine("the client did not understand the consent form, what now")
        #expect(client.intent != .simpler, "\(client.intent) \(client.evidence)")
        let progress = matcher.matchLine("be honest, am I getting anywhere")
        #expect(progress.intent == .progress, "\(progress.intent) \(progress.evidence)")
    }

    /// A definition asked of a term the stemmer cuts short ("laps") keeps its concept over the
    /// prior's, which the line gives no evidence.
    @Test("a term cut short by the stemmer keeps its concept")
    func termCutShort() {
        let m = matcher.matchLine("Please what is a lapse, in the treatment language?")
        #expect(m.intent == .define, "\(m.intent) \(m.evidence)")
        #expect(m.concepts.first == "lapse-vs-relapse", "\(m.concepts) \(m.evidence)")
        let analysis = matcher.analyzer.analyze("kindly, what is a lapse exactly")
        let raw = matcher.match(analysis)
        #expect(raw.concepts.first == "lapse-vs-relapse", "\(raw.concepts) \(raw.evidence)")
        #expect(
            matcher.keepsItsTermOverAnUnnamed(
                raw.concepts.first, over: "therapeutic-alliance", raw, asked: .define, analysis.tokens))
        // A story told is the prior's to weigh; so is a concept the line gives evidence.
        #expect(
            !matcher.keepsItsTermOverAnUnnamed(
                raw.concepts.first, over: "therapeutic-alliance", raw, asked: .explain, analysis.tokens))
        let both = matcher.analyzer.analyze("what is a lapse in the alliance")
        let rawBoth = matcher.match(both)
        #expect(
            !matcher.keepsItsTermOverAnUnnamed(
                rawBoth.concepts.first, over: "therapeutic-alliance", rawBoth, asked: .define, both.tokens))
    }
}
