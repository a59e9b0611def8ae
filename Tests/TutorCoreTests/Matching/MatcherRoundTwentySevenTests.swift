import Foundation
import Testing

@testable import TutorCore

/// Round 27's single-line mechanisms, each pinned on lines of our own in other words than the
/// development lines that showed the miss.
@Suite struct MatcherRoundTwentySevenTests {
    let matcher = Fixtures.tutor.matcher

    /// Two things named, set equal ("is", "means", "the same as", "just") and closed by a tag
    /// asking whether it holds: the learner offers them as one, a comparison. A relation that
    /// is no equating ("part of") or a negated one is not.
    @Test(
        "two things set equal, then a tag",
        arguments: [
            ("empathy is basically just sympathy, right?", Intent.compare, ["empathy", "sympathy"]),
            (
                "so the alliance means the same as rapport with your doctor, no?", .compare,
                ["therapeutic-alliance", "doctor-patient-bond"]
            ),
            (
                "the working alliance is just the code of ethics, yeah?", .compare,
                ["therapeutic-alliance", "code-of-ethics"]
            ),
            (
                "rapport with a client is the same thing as the doctor patient bond right", .compare,
                ["therapeutic-alliance", "doctor-patient-bond"]
            ),
        ])
    func equated(_ text: String, _ intent: Intent, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(Set(m.concepts.prefix(2)) == Set(concepts), "\(m.concepts) \(m.evidence)")
    }

    @Test(
        "a relation or a denial is no equating",
        arguments: ["trust is part of the alliance, right?", "the alliance is not the code of ethics, right?"])
    func notEquated(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .compare, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A case told with no word that asks anything asks what is going on there.
    @Test(
        "a case told with no question",
        arguments: [
            ("my client keeps calling me mom by accident and gets mad when i set limits", "transference"),
            ("a teenager told me her uncle touches her", "confidentiality-limits"),
            ("my client brought me a bottle of wine for christmas", "boundaries"),
        ])
    func toldWithoutAQuestion(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .explain, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    /// A hint asked with no topic is about the open question: no concept guessed from the
    /// concepts' whole text. One that says what it is about keeps its topic.
    @Test(
        "a hint with no topic names nothing",
        arguments: [
            "give me a small clue", "could you point me the right way without telling me",
            "any tip? don't give it away",
        ])
    func hintWithoutTopic(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .hint && m.concepts.isEmpty, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    @Test("a hint that says its topic keeps it")
    func hintWithTopic() {
        let m = matcher.matchLine("hint about the family pushing him one")
        #expect(m.intent == .hint && m.concepts.first == "family-insistence", "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// Greetings, thanks and leave-taking of languages the glossary's tables did not hold.
    @Test(
        "courtesies of other languages",
        arguments: [
            ("dankjewel, that was clear", Intent.thanks),
            ("kiitos!", .thanks),
            ("arigato", .thanks),
            ("shukran, good explanation", .thanks),
            ("hej hej", .greeting),
            ("tot ziens, see you tomorrow", .goodbye),
            ("doei", .goodbye),
        ])
    func courtesies(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent && m.concepts.isEmpty, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    @Test(
        "a courtesy before a question keeps the question",
        arguments: [("spasibo, what is empathy", "empathy"), ("merhaba, what is the alliance", "therapeutic-alliance")])
    func courtesyBeforeQuestion(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .define && m.concepts.first == concept, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// The learner's own test, told about with no request, is a feeling; a request beside it
    /// is still one.
    @Test(
        "the learner's own test",
        arguments: [
            ("my stomach is in knots about this test", Intent.feelings),
            ("this test has me up at night", .feelings),
            ("my exam is in 3 days, give me a practice question", .quiz),
            ("test me on trust", .quiz),
        ])
    func ownTest(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A line that names nothing of ours and holds several words of another field stays out of
    /// scope, however like a counselor's "how do i fix…" its frame is.
    @Test(
        "another field's repair",
        arguments: [
            "how do i fix an espresso grinder that keeps clogging",
            "how do I fix the carburetor on a vintage moped",
        ])
    func otherFieldsRepair(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .outOfScope, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    @Test("a rupture to fix is ours")
    func ruptureToFix() {
        let m = matcher.matchLine("how do i fix a rupture with a client")
        #expect(m.intent == .howTo && m.concepts.first == "alliance-rupture-repair", "\(m.intent) \(m.concepts)")
    }
}
