import Foundation
import Testing

@testable import TutorCore

/// Round 23's single-line intent mechanisms, each pinned on lines of our own in other words
/// than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyThreeIntentTests {
    let matcher = Fixtures.tutor.matcher

    /// A case told, then what is happening there: why it is so.
    @Test(
        "a case told, then what is happening there",
        arguments: [
            "she told me i remind her of her ex and then walked out. what is happening here",
            "he brushes off every question about his dad and then goes quiet. what is happening there",
        ])
    func happeningThere(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .explain, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// "Dumb q but…", "quick question:": the learner announces their own question, which is no
    /// request to be quizzed; "give me a quick question on…" still is one.
    @Test(
        "an announced question of one's own is no quiz request",
        arguments: [
            ("quick q, what is immediacy", Intent.define),
            ("silly question but what does congruence mean", .define),
            ("ok dumb question, why does empathy matter", .explain),
            ("sorry, stupid q: how do i set goals together with a client", .howTo),
            ("give me a quick question on empathy", .quiz),
            ("ask me a simple question about trust", .quiz),
        ])
    func announcedQuestion(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// The learner's flashcards said as where a term was met ("on my flashcards") ask no
    /// quiz and no study advice; flashcards asked for, or asked about, still do.
    @Test(
        "flashcards as where a term was met",
        arguments: [
            ("Discord keeps coming up on my flashcards, what is it exactly", Intent.define),
            ("I keep seeing congruence in my flashcards. what does it mean", .define),
            ("should I use flashcards for this exam", .studyAdvice),
        ])
    func flashcardsAsPlace(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// Request words of Spanish and Tagalog mixed into a line: what a thing is, how to act,
    /// why, the learner's own progress, a hello.
    @Test(
        "Spanish and Tagalog request words",
        arguments: [
            ("qué significa congruence en counseling", Intent.define),
            ("ano po ang empathy?", .define),
            ("paano ko build trust with a new client", .howTo),
            ("¿puedo hug a client who is crying?", .howTo),
            ("bakit po important ang empathy", .explain),
            ("kumusta po ako so far", .progress),
            ("buenos dias!", .greeting),
            ("buenas, what is empathy", .define),
        ])
    func foreignRequests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A softer question is an easier one; how to study, asked from one's weak spots, is study
    /// advice, while the weak spots asked alone are still the learner's record.
    @Test(
        "a softer question, and how to study from one's weak spots",
        arguments: [
            ("could I have a softer one", Intent.easier),
            ("something softer please", .easier),
            ("how should I really study this last week, given my weak spots", .studyAdvice),
            ("what should I best review first, based on my scores", .studyAdvice),
            ("what are my weak areas", .progress),
        ])
    func softerAndStudy(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }
}
