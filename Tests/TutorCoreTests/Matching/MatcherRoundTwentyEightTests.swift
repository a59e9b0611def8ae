import Foundation
import Testing

@testable import TutorCore

/// Round 28's single-line mechanisms, each pinned on lines of our own in other words than the
/// development lines that showed the miss, with near lines the rule must leave alone.
@Suite struct MatcherRoundTwentyEightTests {
    let matcher = Fixtures.tutor.matcher

    /// Whether a case is one side of a contrast concept ("is that a relapse?", "how is that not
    /// commitment") compares the contrast's sides.
    @Test(
        "a case asked as one side of a contrast",
        arguments: [
            (
                "she had a glass of wine at her sister's party after eight months clean, is that a relapse?",
                "lapse-vs-relapse"
            ),
            ("my guy drank one night after a long dry spell. was that a full relapse or what", "lapse-vs-relapse"),
            ("he signs in every week and never misses, how is that not commitment", "compliance-vs-commitment"),
        ])
    func whichSide(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    @Test(
        "a side named with no case asked of it is no comparison",
        arguments: ["what is a lapse", "is relapse common in early recovery", "why do clients relapse after rehab"])
    func noSideAsked(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .compare, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// "What on earth is X": the intensifier is read away, the question is "what is X".
    @Test(
        "an intensifier inside the question word",
        arguments: [
            (
                "What on earth is metacommunication? sounds like something from a sci-fi film", Intent.define,
                "metacommunication"
            ),
            ("what the heck is a working alliance inventory", .define, "working-alliance-inventory"),
            ("what on earth do I say to a client who yells at me", .howTo, "discord"),
        ])
    func intensifier(_ text: String, _ intent: Intent, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    @Test("an intensifier is taken out only after a question word")
    func intensifierTokens() {
        let tokens = Fixtures.tutor.analyzer.analyze("what on earth is empathy").tokens
        #expect(matcher.droppingIntensifiers(tokens).map(\.word) == ["what", "is", "empathy"])
        let kept = Fixtures.tutor.analyzer.analyze("the best counselor on earth").tokens
        #expect(matcher.droppingIntensifiers(kept).count == kept.count)
    }

    /// A bare "what is it" beside a concept named by its term asks the definition, whatever
    /// the rest of the line; after a case told in the line's own words it does not.
    @Test(
        "a bare 'what is it' beside a named concept",
        arguments: [
            ("what does countertransference look like for a new counselor, what is it", "countertransference"),
            ("the judge orders him into the program, so that's mandated treatment? what is that", "court-orders"),
        ])
    func whatIsIt(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .define, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    @Test("a clause that goes on is no bare 'what is it'")
    func notBareWhatIsIt() {
        let analyzer = Fixtures.tutor.analyzer
        #expect(Matcher.asksBareWhatIsIt(analyzer.analyze("empathy, what is it exactly?").tokens))
        #expect(!Matcher.asksBareWhatIsIt(analyzer.analyze("what is it about trust that helps clients").tokens))
        #expect(!Matcher.asksBareWhatIsIt(analyzer.analyze("the WAI, what is it for").tokens))
    }

    /// What a thing does, the verb last, is its work explained; the learner's own doing is not.
    @Test(
        "what a thing does, the verb last",
        arguments: [
            ("what does the working alliance inventory measure", Intent.explain, "working-alliance-inventory"),
            ("what does the first part of bordin's three part model do", .explain, "bordin-working-alliance"),
            ("what do i do if a client brings me a gift", .howTo, "boundaries"),
        ])
    func whatItDoes(_ text: String, _ intent: Intent, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    /// "How do they differ" compares, though the cultural frame's "different" tells a story.
    @Test(
        "the verb 'differ' is no story of a different culture",
        arguments: [
            ("cultural humility and cultural competence - how do they differ?", Intent.compare),
            ("how do humility and cultural competence differ", .compare),
            ("my client is from a very different culture, how do I build trust", .howTo),
        ])
    func differ(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.first == "cultural-humility", "\(m.concepts) \(m.evidence)")
    }

    /// "I'm listening" as what the learner means to show names the listening; said alone it
    /// still asks the tutor to go on.
    @Test(
        "'I'm listening' shown, or said alone",
        arguments: [
            ("how can I let a client know that I'm listening and not judging", Intent.howTo, ["active-listening"]),
            ("How I show that I am listening and not only waiting to talk?", .howTo, ["active-listening"]),
            ("go on, i'm listening", .more, []),
        ])
    func listeningShown(_ text: String, _ intent: Intent, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(Array(m.concepts.prefix(concepts.count)) == concepts, "\(m.concepts) \(m.evidence)")
    }

    /// A particle of another language alone between commas is a small word; the same word
    /// inside a clause is left as it is.
    @Test("a particle of another language between commas")
    func foreignParticle() {
        let analyzer = Fixtures.tutor.analyzer
        let alone = matcher.settingAsideForeignParticles(
            analyzer.analyze("how do I show empathy, ja, without sounding fake").tokens)
        #expect(alone.first { $0.word == "ja" }.map { !$0.isContent } == true)
        let inside = matcher.settingAsideForeignParticles(analyzer.analyze("is ja a word for yes").tokens)
        #expect(inside.first { $0.word == "ja" }.map(\.isStop) == false)
    }

    /// "I always mix them up" after two things named compares them by its own cue.
    @Test("two things mixed up")
    func mixedUp() {
        let m = matcher.matchLine(
            "countertransference and transference, I always mix them up, even after reading the chapter twice at the laundromat"
        )
        #expect(m.intent == .compare, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.evidence.contains { $0.hasPrefix("cue 'mix * up'") }, "\(m.evidence)")
        #expect(Set(m.concepts.prefix(2)) == ["transference", "countertransference"], "\(m.concepts)")
    }
}
