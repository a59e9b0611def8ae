import Foundation
import Testing

@testable import TutorCore

/// Round 26's single-line mechanisms, each pinned on lines of our own in other words than the
/// development lines that showed the miss.
@Suite struct MatcherRoundTwentySixTests {
    let matcher = Fixtures.tutor.matcher

    /// Hindi and Urdu typed in Latin letters are read in English: the question frames ("kya
    /// hai", "kya farak hai", "kaise", "kyun"), the requests whose verb ends the clause ("pe quiz
    /// karo", "ek sawal do", "aasan question do") and the feelings ("dar lag raha hai").
    @Test(
        "Hindi and Urdu in Latin letters",
        arguments: [
            ("countertransference kya hai?", Intent.define, "countertransference"),
            ("transference aur countertransference mein kya farak hai", .compare, "transference"),
            ("empathy kaise dikhaun client ko", .howTo, "empathy"),
            ("shared goals kyun zaroori hai", .explain, "shared-goals"),
            ("stages of change pe ek sawal do", .quiz, "stages-of-change"),
            ("ek aur example do please", .example, ""),
            ("thoda aasan question do", .easier, ""),
            ("mushkil wala question do", .harder, ""),
            ("samajh nahi aaya, phir se batao", .simpler, ""),
            ("bahut dar lag raha hai exam ka", .feelings, ""),
            ("exam kal hai, bahut tension hai", .feelings, ""),
            ("shukriya yaar, bye", .goodbye, ""),
        ])
    func hindi(_ text: String, _ intent: Intent, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        if !concept.isEmpty { #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)") }
    }

    /// An Urdu or Hindi opener ("accha", "haan") before an English question keeps the
    /// question and its concept.
    @Test(
        "an opener beside an English question",
        arguments: [("accha, what is trust", "trust"), ("haan, what is congruence exactly", "congruence")])
    func openerKeepsTheQuestion(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .define && m.concepts.first == concept, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A request of the conversation beside the learner's own day is the request; a request in
    /// another field's own words stays out of scope.
    @Test(
        "a request beside the learner's own day",
        arguments: [
            ("ok quiz me now, my shift ended and I finally sat down with my tea", Intent.quiz),
            ("ask me something, I have twenty minutes before my bus", .quiz),
            ("another one, I already walked the dog and made dinner", .more),
            ("test me on something, my kids are finally asleep", .quiz),
            ("quiz me on the capitals of europe", .outOfScope),
            ("can you test my car battery", .outOfScope),
        ])
    func requestBesideOwnDay(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        if intent == .quiz { #expect(m.concepts.isEmpty, "\(m.concepts) \(m.evidence)") }
    }

    /// Requests of the conversation in turns the cues lacked: lost told in the past, the next
    /// question asked easier or harder, the work getting on the learner's nerves, where to
    /// begin studying, and "quiz me" after an opener.
    @Test(
        "requests of the conversation in new turns",
        arguments: [
            ("i got a bit lost there", Intent.simpler),
            ("can the next one be a bit harder", .harder),
            ("hmm that was tough, could the next question be easier", .easier),
            ("honestly this is getting on my nerves", .feelings),
            ("should I start with the glossary or the practice exam?", .studyAdvice),
            ("go on then, quiz me", .quiz),
        ])
    func conversationRequests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }
}
