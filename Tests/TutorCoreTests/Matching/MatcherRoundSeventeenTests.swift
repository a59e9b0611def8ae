import Foundation
import Testing

@testable import TutorCore

/// Round 17's single-line mechanisms, each pinned on lines of our own in other words than the
/// development lines that showed the miss.
@Suite struct MatcherRoundSeventeenTests {
    let matcher = Fixtures.tutor.matcher

    /// The alliance named beside a concept the line says by its own name is the frame: the
    /// phrasing prior does not put it back in front.
    @Test(
        "the frame stays behind a concept said by its own name",
        arguments: [
            ("What does a strong therapeutic alliance do for client retention?", "treatment-retention"),
            ("How does a good alliance improve compliance with the medication plan?", "medication-adherence"),
        ])
    func frameBehindTheSpecific(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// A strong cue of two words or more says what the line asks, whatever story comes before
    /// it: the prior does not overrule it.
    @Test(
        "a strongly cued question after a case keeps its intent",
        arguments: [
            (
                "she swears her drinking is no problem at all and her kids exaggerate. which stage would that be",
                Intent.define
            ),
            ("he snaps at me whenever I bring up his dad and I get tense with him too. what is that called", .define),
            ("my client keeps showing up late and shrugs at everything. what's going on with her", .explain),
        ])
    func strongCueAfterACase(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// "They" of people in general, saying or naming something, points back at no one: "is
    /// that just…" then glosses the thing named, and asks what it is.
    @Test(
        "a generic 'they say' does not point back",
        arguments: [
            "when they talk about empathy, is that just being nice to people?",
            "what do they mean by congruence, is that just being honest?",
        ])
    func genericThey(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .define, "\(m.evidence)")
    }

    /// A phrase that asks, after a preposition, is part of the line, not its question.
    @Test(
        "a question phrase after a preposition does not ask",
        arguments: [
            "how can i bring up in session the topic of what is going on in our relationship",
            "she agrees with everything lately. how do i open a conversation about what is going on with us",
        ])
    func anEmbeddedPhraseDoesNotAsk(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .howTo, "\(m.evidence)")
    }

    /// "Stay" before a word that says how is staying so, not staying in treatment.
    @Test func stayingSoIsNoRetention() {
        let so = matcher.match("how do i stay nonjudgmental with a client who relapsed again")
        #expect(!so.concepts.contains("treatment-retention"), "\(so.evidence)")
        let on = matcher.match("clients with a good alliance stay in treatment longer, why is that")
        #expect(on.concepts.first == "treatment-retention", "\(on.evidence)")
    }

    /// Hearing of a word is meeting it, not listening; hearing a person is listening.
    @Test func hearingOfAWordIsNoListening() {
        let word = matcher.matchLine("I keep hearing the term countertransference at my practicum. What is it?")
        #expect(word.concepts == ["countertransference"], "\(word.evidence)")
        let person = matcher.matchLine("how do i show a client i hear them")
        #expect(person.concepts.first == "active-listening", "\(person.evidence)")
    }

    /// Words of a multi-word request ("the right process for…") are the request's, not another
    /// field's sense; a word named as a term ("the word transference") is the field's.
    @Test(
        "the request's words and a word named as a term stay in scope",
        arguments: [
            ("what is the right process for closing a case with a client so it's not abandonment", "termination"),
            ("my pastor used the word transference in his sermon yesterday. what does it mean?", "transference"),
        ])
    func staysInScope(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// Spanish function words mixed into a line are small words: "mi" is "my", and the
    /// language's other words are no unknown subject.
    @Test(
        "mixed-in Spanish is no evidence",
        arguments: [
            ("que significa la transference", "transference"),
            (
                "my uncle's counselor in el barrio de mi familia shamed him, is that why he dropped out?",
                "guilt-and-shame"
            ),
        ])
    func mixedInSpanish(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
        #expect(!m.concepts.contains("motivational-interviewing"), "\(m.evidence)")
    }

    /// "What do they call it now" asks for a name; "call it now" alone takes leave.
    @Test func askingWhatItIsCalledIsNoGoodbye() {
        #expect(matcher.match("so what do they call it these days, discord?").intent != .goodbye)
        #expect(matcher.match("what do people call it now").intent != .goodbye)
        #expect(matcher.match("ok lets call it now").intent == .goodbye)
    }

    /// A guess from the concepts' whole text does not turn a progress request into a question.
    @Test func aGuessDoesNotOverrideProgress() {
        let m = matcher.matchLine("score so far?")
        #expect(m.intent == .progress, "\(m.evidence)")
    }

    /// A scene asked for, or the thing shown in action, is an example; whether a thing can be
    /// done at all ("can you even…") asks why, not how.
    @Test func sceneAndPossibility() {
        #expect(matcher.matchLine("give me a scene where a client shows change talk").intent == .example)
        #expect(matcher.matchLine("is it even possible to bond with a client over video").intent == .explain)
        #expect(
            matcher.matchLine("can you even have a real alliance with a client you only text with").intent == .explain)
    }
}
