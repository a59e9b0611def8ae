import Foundation
import Testing

@testable import TutorCore

/// Round 20's mechanisms for a single line's concept (what it is about) and its scope, each
/// pinned on lines of our own in other words than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyConceptTests {
    let matcher = Fixtures.tutor.matcher

    /// A part of the relationship (trust, empathy) named beside what it does for the client, by
    /// a term of its own as strong: the effect is the topic, as it is beside the alliance.
    @Test(
        "a part of the relationship acting on an effect leaves the effect the topic",
        arguments: [
            ("what does a trusting bond do for a person stuck in a rough patch", "emotional-support"),
            ("how does feeling understood get a client to actually show up and do the work", "client-engagement"),
        ])
    func partActingOnAnEffect(_ text: String, _ topic: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == topic, "\(m.evidence)")
    }

    /// The part stays the topic when the effect is named by one word only, or when nothing of
    /// the effects is named.
    @Test(
        "the part stays the topic beside a one-word effect",
        arguments: [
            ("how do i stay empathetic with clients who keep relapsing", "empathy"),
            ("new client, first session, she won't look at me. how do i get her to trust me", "trust"),
        ])
    func partStaysTheTopic(_ text: String, _ topic: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == topic, "\(m.evidence)")
    }

    /// A part of the relationship asked about in a setting said as strongly (the alliance over
    /// video): the setting's concept is the topic.
    @Test("trust asked about over video is the alliance in telehealth")
    func trustOverVideo() {
        let m = matcher.matchLine("does trust really build the same over a video call? lots of my clients meet online")
        #expect(m.concepts.first == "telehealth-alliance", "\(m.evidence)")
    }

    /// A concept named only inside a verbless clause opening on "not" ("not the nagging kind")
    /// is the sense the learner sets aside; a concept named outside it comes first.
    @Test("a concept named only in a 'not the … kind' clause goes after one named outside it")
    func notTheKind() {
        let m = matcher.matchLine("how can his family actually help, not the nagging sort")
        #expect(m.concepts.first == "family-involvement", "\(m.evidence)")
    }

    /// A concept named only inside parentheses (a citation, an aside) goes after one named
    /// outside them.
    @Test(
        "a concept named only in parentheses goes after one named outside",
        arguments: [
            ("what exactly is meant by a \"helping alliance\" (see Bordin, 1979)?", "therapeutic-alliance"),
            ("Tell me about the \"working relationship\" (Bordin 1979 and others), what is it", "therapeutic-alliance"),
        ])
    func parenthesizedAside(_ text: String, _ topic: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == topic, "\(m.evidence)")
    }

    @Test("words inside parentheses are marked")
    func parenthesizedTokens() {
        let tokens = matcher.analyzer.analyze("the bond (Bordin, 1979) matters").tokens
        #expect(tokens.map(\.parenthesized) == [false, false, true, true, false])
    }

    /// A word of emphasis inside a phrasal verb ("shuts straight down", "clams right up")
    /// leaves a situation's phrase whole.
    @Test(
        "a situation's phrasal verb is read with a word of emphasis inside it",
        arguments: [
            "one of my clients shuts straight down whenever she senses she's being judged, what now",
            "a man in my group clams right up when he feels criticized. how do i handle that",
        ])
    func emphasisInsideAPhrase(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "safe-space", "\(m.evidence)")
    }

    /// "The ACA code" is the professional code of ethics.
    @Test(
        "the ACA code is the code of ethics",
        arguments: ["what does the ACA code say, in a nutshell", "is the ACA code the same thing everywhere"])
    func acaCode(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
        #expect(m.concepts.first == "code-of-ethics", "\(m.evidence)")
    }

    /// A concept named in a sentence of its own, with the learner's chatter (an interjection,
    /// a pet name) in another: the other sentence's unknown words are how the learner talks.
    @Test(
        "unknown words of another sentence do not put a named concept out of scope",
        arguments: [
            ("Och, immediacy. Whit's that then?", "immediacy"),
            ("Sweetie, everyone says empathy matters most. Why is it the headliner of the whole ballgame?", "empathy"),
        ])
    func chatterInAnotherSentence(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// Another field's subject shares the sentence the word is named in: still out of scope.
    @Test(
        "another subject in the concept's own sentence stays out of scope",
        arguments: [
            "how do we form an alliance with the rival guild in warcraft",
            "what was the triple alliance before ww1",
            "how do i bond two planks of wood with glue",
        ])
    func otherSubjectStaysOut(_ text: String) {
        #expect(matcher.matchLine(text).intent == .outOfScope)
    }

    /// The learner's own example after "like when" ("like when i greet a customer"), or a
    /// clause telling their own work beside a clause that asks about the concept ("i sell
    /// houses on trust"), is where they met the word, not another field's subject.
    @Test(
        "the learner's own example or work beside a question keeps the concept in scope",
        arguments: [
            (
                "what makes it active listening and not plain listening, like when i smile at a customer",
                "active-listening"
            ),
            ("why is trust such a big deal in therapy, I sell houses on trust and it's not the same", "trust"),
        ])
    func learnersOwnExample(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// The other field's words still count when the concept is not asked about in a clause of
    /// its own.
    @Test(
        "trust in the learner's own business stays out of scope",
        arguments: ["how do i build trust with customers at my car dealership", "what is a living trust"])
    func ownBusinessStaysOut(_ text: String) {
        #expect(matcher.matchLine(text).intent == .outOfScope)
    }
}
