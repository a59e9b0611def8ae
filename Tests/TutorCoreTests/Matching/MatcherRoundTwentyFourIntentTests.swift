import Foundation
import Testing

@testable import TutorCore

/// Round 24's single-line intent mechanisms, each pinned on lines of our own in other words
/// than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyFourIntentTests {
    let matcher = Fixtures.tutor.matcher

    /// Thanks and hellos in more languages ("tusen takk", "bedankt", "hej", "merhaba").
    @Test(
        "thanks and hellos of more languages",
        arguments: [
            ("tusen takk, that was clear", Intent.thanks),
            ("bedankt!", .thanks),
            ("dziekuje, very useful", .thanks),
            ("shukran my friend", .thanks),
            ("hej hej", .greeting),
            ("merhaba, ready when you are", .greeting),
        ])
    func courtesies(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A hello beside the learner's day, or beside musing on manners, asks nothing: another
    /// field's word in a clause of its own, or a concept's synonym word, is no topic.
    @Test(
        "a hello that asks nothing",
        arguments: [
            "hi all, Marta here, long day icing cakes at the bakery",
            "Good morning. It seems only polite, frankly speaking, to say hello first.",
        ])
    func helloAsksNothing(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .greeting, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A hello beside a question, or beside a concept named by its own name, is still the question.
    @Test(
        "a hello beside a question stays the question",
        arguments: [
            ("hello, what is empathy", Intent.define),
            ("hi, how do I fix my car", .outOfScope),
        ])
    func helloWithQuestion(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// Requests of the conversation in second-language order, or in everyday words: what the
    /// tutor means, what it can do, the start of the answer, a basic question, what else to
    /// study, how to hand in an answer.
    @Test(
        "requests of the conversation in the learner's own words",
        arguments: [
            ("sorry, what you mean by this?", Intent.simpler),
            ("hmm not sure I follow", .simpler),
            ("so what you can do for me exactly?", .help),
            ("what can this do", .help),
            ("how do I submit an answer", .help),
            ("can I have the first letter?", .hint),
            ("just tell me the first word", .hint),
            ("give me a basic one first", .easier),
            ("is so confusing, maybe an easier question", .easier),
            ("which chapter I should study first", .studyAdvice),
            ("what else I should be studying?", .studyAdvice),
            ("can I skip this part or will it be on the exam", .studyAdvice),
            ("alright that's all for me today", .goodbye),
            ("ok that clears it up", .thanks),
            ("i'm never going to remember all these terms", .feelings),
            ("I feel like I know nothing", .feelings),
        ])
    func conversationRequests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// What works best, or which approach, for a case asks how to go about it; a worry inside a
    /// "how do I" clause after the case is what the question asks about.
    @Test(
        "how to go about a case",
        arguments: [
            "her sister keeps nagging her to get sober, what works best for the sister",
            "my new client is deaf and i have never worked with that, how do i not mess it up",
        ])
    func howToGoAbout(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .howTo, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// One of each kind, or a line someone might say, asks for examples.
    @Test(
        "one of each, a line someone might say",
        arguments: [
            "one of each please",
            "what is something a client might say when ambivalent",
        ])
    func examplesAsked(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .example, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// "Cuál es más …" is "which is more …": two things weighed, not "what is".
    @Test func spanishWhichIsMore() {
        let m = matcher.matchLine("empathy or sympathy, cuál es más útil para el éxito")
        #expect(m.intent == .compare, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.contains("empathy"), "\(m.concepts)")
    }
}
