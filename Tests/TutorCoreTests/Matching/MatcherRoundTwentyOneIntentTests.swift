import Foundation
import Testing

@testable import TutorCore

/// Round 21's single-line intent mechanisms, each pinned on lines of our own in other words
/// than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyOneIntentTests {
    let matcher = Fixtures.tutor.matcher

    /// Requests of the conversation said in Spanish words mixed into English: an example, a
    /// hint, a question, another one, an easier or plainer one, a feeling.
    @Test(
        "Spanish request words mixed into a line",
        arguments: [
            ("un ejemplo de empathy por favor", Intent.example),
            ("necesito una pista, I am stuck on this", .hint),
            ("hazme una pregunta on trust", .quiz),
            ("otro ejemplo, the last one was good", .more),
            ("una mas facil please", .easier),
            ("no entiendo, say it again", .simpler),
            ("estoy muy nerviosa about the test", .feelings),
        ])
    func spanishRequests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A count that names another thing the tutor gives ("give me one example", "one clue")
    /// asks for that thing; a count of questions still asks for a quiz.
    @Test(
        "a count asks for the thing it names",
        arguments: [
            ("give me one example of active listening", Intent.example),
            ("just give me one hint", .hint),
            ("give me one question about boundaries", .quiz),
        ])
    func countedRequests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.evidence)")
    }

    /// Help asked for as a small amount is a hint.
    @Test("a little help is a hint", arguments: ["need a bit of help with this", "help me a bit, i'm blanking"])
    func littleHelp(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .hint, "\(m.intent) \(m.evidence)")
    }

    /// A scene asked for in words ("paint a picture") is an example; the word is not taken
    /// for a misspelt "point".
    @Test("painting a picture asks for an example")
    func paintedPicture() {
        let m = matcher.matchLine("can you paint a picture of empathy with a grieving client")
        #expect(m.intent == .example && m.concepts.first == "empathy", "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// Thanks whose second clause praises the reply ("that was truly helpful", "that cleared up
    /// my confusion") thank; a word of the praise names no concept, and a confusion ended asks
    /// for nothing simpler. A question after thanks is still asked.
    @Test(
        "thanks with praise of the reply",
        arguments: [
            ("thanks so much, that was genuinely clear", Intent.thanks),
            ("thank you, that cleared up my confusion completely", .thanks),
            ("thanks, but what is genuineness in counseling?", .define),
        ])
    func thanksWithPraise(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        if intent == .thanks { #expect(m.concepts.isEmpty, "\(m.concepts)") }
    }

    /// A fear of the exam told beside the learner's own English is a feeling; the English
    /// alone, or with a request for plainer words, asks for a simpler reply; "too hard" said
    /// of the wording asks for plainer words, of the question for an easier one.
    @Test(
        "the learner's English, a fear and hard wording",
        arguments: [
            ("my english is weak and the exam makes me so nervous", Intent.feelings),
            ("I am afraid I fail the test, my english is not strong", .feelings),
            ("my english is not so good, can you say it in simple words", .simpler),
            ("these words are too hard for me", .simpler),
            ("that question was too hard for me", .easier),
        ])
    func englishAndFear(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.evidence)")
    }

    /// What a study showed is asked with "what did … show".
    @Test("what a study showed")
    func studyShowed() {
        let m = matcher.matchLine("does bringing the family in work, what did the CRAFT studies show")
        #expect(m.intent == .explain, "\(m.intent) \(m.evidence)")
    }

    /// The hour of something asked is an everyday question, out of scope; a moment of the
    /// work ("what time of the session") is not.
    @Test(
        "the hour asked is out of scope",
        arguments: [
            ("what time does the pharmacy close tonight", true),
            ("what time is the bus to the airport", true),
            ("what time of the session should i bring up termination", false),
        ])
    func hourAsked(_ text: String, _ out: Bool) {
        let m = matcher.matchLine(text)
        #expect((m.intent == .outOfScope) == out, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A request of the conversation's own asked by strong cues stays in scope beside words
    /// about the learner's life; study time shared out and what weighs most on the exam are
    /// study advice; "to date" asks for progress.
    @Test(
        "requests beside the learner's own words",
        arguments: [
            ("put it in plain english please, i drive a forklift all day not a desk", Intent.simpler),
            ("how should i split my study time between ethics and skills", .studyAdvice),
            ("which topics carry the most weight on the licensing exam", .studyAdvice),
            ("how much have i got right to date", .progress),
            ("which of the core conditions carries the most weight for outcome", .explain),
            ("bless up, dat help a lot", .thanks),
        ])
    func requestsInScope(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }
}
