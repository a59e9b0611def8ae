import Testing

@testable import TutorCore

/// Round 23: lines written partly in another language are read in English (`Glossary`), so
/// the question frame the learner wrote in their first language asks what it asks. Lines of
/// our own, in other words than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyThreeLanguageTests {
    let matcher = Fixtures.tutor.matcher

    @Test(
        "a question asked in another language",
        arguments: [
            ("ano po ang reflective listening?", Intent.define, ["reflective-listening"]),
            ("paano ko gagawin ang open-ended questions sa client", .howTo, ["open-ended-questions"]),
            ("bakit mahalaga ang trust sa counseling", .explain, ["trust"]),
            ("c'est quoi la congruence exactement", .define, ["congruence"]),
            ("pourquoi l'alliance thérapeutique est importante?", .explain, ["therapeutic-alliance"]),
            ("quelle est la différence entre empathy et sympathy", .compare, ["empathy", "sympathy"]),
            ("was ist immediacy?", .define, ["immediacy"]),
            ("warum ist empathy so wichtig in der Beratung", .explain, ["empathy"]),
            ("o que é discord no MI?", .define, ["discord"]),
            ("cos'è il transference", .define, ["transference"]),
            ("que significa congruence", .define, ["congruence"]),
            ("cómo le hago para reparar a rupture with a client", .howTo, ["alliance-rupture-repair"]),
        ])
    func contentQuestions(_ text: String, _ intent: Intent, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(
            m.intent == intent && Array(m.concepts.prefix(concepts.count)) == concepts,
            "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    @Test(
        "a request of the conversation in another language",
        arguments: [
            ("salamat po!", Intent.thanks),
            ("merci beaucoup", .thanks),
            ("danke schön", .thanks),
            ("kumusta na ako sa quiz?", .progress),
            ("au revoir, à demain", .goodbye),
            ("je ne comprends pas, plus simple svp", .simpler),
            ("isa pang halimbawa", .more),
        ])
    func conversationRequests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A question in another language about another field stays out of scope: an everyday
    /// English word left in the line is another subject, not a word of that language.
    @Test(
        "another field asked in another language",
        arguments: [
            "¿cuál es la capital de Francia?", "c'est quoi la meilleure recette de crêpes",
            "was ist die Hauptstadt von Spanien?",
        ])
    func otherFields(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .outOfScope, "\(m.intent) \(m.concepts) \(m.evidence)")
    }
}
