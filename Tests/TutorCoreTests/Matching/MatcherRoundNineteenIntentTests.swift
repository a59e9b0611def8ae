import Foundation
import Testing

@testable import TutorCore

/// Round 19's single-line intent mechanisms, each pinned on lines of our own in other words
/// than the development lines that showed the miss.
@Suite struct MatcherRoundNineteenIntentTests {
    let matcher = Fixtures.tutor.matcher

    /// A verb of telling apart with a thing named on each side of "from" compares them, even
    /// when a "how do i" opens the line; so does one concept named by two of its own terms
    /// beside a word that compares, and two things taken for each other or one said to be the
    /// other under another name.
    @Test(
        "telling apart, two terms of one concept, and mix-ups compare",
        arguments: [
            "how would i tell empathy from sympathy in a session",
            "can you help me separate transference from countertransference",
            "how can you distinguish a lapse from a full relapse",
            "what sets a boundary crossing apart from a boundary violation",
            "i always mix congruence up with genuineness",
            "is MI just client-centered therapy under another name",
        ])
    func compares(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.evidence)")
    }

    /// Telling without "from", or one term of a concept alone, compares nothing.
    @Test(
        "telling and one term alone are no comparison",
        arguments: [
            ("how do i tell a client about the limits of confidentiality", Intent.howTo),
            ("what is a boundary violation", .define),
        ])
    func noComparison(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// The time left before the exam told, then a question with nothing named, asks how to
    /// use it; the learner's own studying named as a thing ("my study hours") is studying; the
    /// test after a preposition is the exam, not a request to be tested.
    @Test(
        "time left, my studying, and the exam as an event ask for study advice",
        arguments: [
            "with five days to go, what would you have me review?",
            "only a couple weeks remaining, where do i put my energy?",
            "how should i divide my study hours",
            "what should i drill hardest before my exam",
            "whats on the exam most often, what do i hammer",
        ])
    func studyAdvice(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .studyAdvice && m.concepts.isEmpty, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A request to be tested stays one; a feeling told beside the time left stays a feeling.
    @Test(
        "a quiz request or a feeling beside the exam keeps its intent",
        arguments: [
            ("quiz me before the exam", Intent.quiz),
            ("test me on empathy", .quiz),
            ("exam in 4 days and im scared", .feelings),
        ])
    func keepsItsIntent(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// The countdown's words are time: "remaining" is no staying in treatment.
    @Test("a countdown's words name no concept")
    func countdownIsTime() {
        let tokens = Fixtures.tutor.analyzer.analyze("with three weeks remaining what now").tokens
        #expect(Matcher.countdown(tokens) == 1..<4)
        #expect(Matcher.countdown(Fixtures.tutor.analyzer.analyze("she stayed three weeks").tokens) == nil)
    }

    /// A feeling said of others, named before it, is asked about; the learner's own is a feeling.
    @Test(
        "a feeling of others is asked about",
        arguments: [
            ("how do therapists avoid burnout and not get overwhelmed", Intent.howTo),
            ("i am so burnt out from studying", .feelings),
        ])
    func othersFeeling(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// A hint's word right after a negation says the learner does not know.
    @Test(
        "a negated clue asks no hint",
        arguments: [
            ("i have not a clue, what is congruence", Intent.define),
            ("zero idea honestly, got no clue what immediacy means", .define),
            ("give me a clue", .hint),
        ])
    func negatedClue(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// Requests in other measures and words: the harder stuff, a little more, another story,
    /// hellos and thanks of other languages, letters held as said.
    @Test(
        "requests in other words",
        arguments: [
            ("give me the tough stuff", Intent.harder),
            ("ok, something more demanding this time", .harder),
            ("another story like that please", .more),
            ("could you say a tad more", .more),
            ("obrigado, that helped", .thanks),
            ("aloha", .greeting),
            ("heyyyy", .greeting),
            ("thaaanks", .thanks),
        ])
    func requests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// Held letters are cut back to a known word; a word known as typed stays.
    @Test("held letters are cut back", arguments: [("soooo", "so"), ("pleeease", "please"), ("coool", "cool")])
    func unstretched(_ typed: String, _ plain: String) {
        #expect(Fixtures.tutor.analyzer.unstretched(typed) == plain)
    }

    /// "How do i …" with a "what" phrase as its object is the how-to question; "two" that
    /// counts the line's own things points back at nothing.
    @Test(
        "a what-phrase object and a counting two",
        arguments: [
            ("how do i raise what is happening between us in the session", Intent.howTo),
            ("no two clients are alike, so how do counselors tailor the plan", .howTo),
        ])
    func objectsAndCounts(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }
}
