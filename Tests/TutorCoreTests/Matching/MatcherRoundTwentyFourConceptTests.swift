import Foundation
import Testing

@testable import TutorCore

/// Round 24's mechanisms for a single line's concept (what it is about), each pinned on lines
/// of our own in other words than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyFourConceptTests {
    let matcher = Fixtures.tutor.matcher

    /// A relative named as whose helper it is ("my dad's counselor", "the sponsor of my
    /// cousin", "la terapeuta de mi hermana") owns the one who acts: the line is no case of the
    /// family insisting. A relative who acts still is.
    @Test(
        "a relative who owns the helper is not the family acting",
        arguments: [
            "the sponsor of my cousin shamed him in front of everyone and he relapsed, does shaming work",
            "my dad's counselor made him sign a no-drinking contract, is that a good idea",
            "la terapeuta de mi hermana made her feel judged every session, why did she stop going",
            "my uncle's counselor made him feel ashamed every week and he quit, why",
            "my brothers sponsor made him go to meetings every day, does that work",
        ])
    func possessorIsNotTheFamily(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(!m.concepts.contains("family-insistence"), "\(m.evidence)")
    }

    @Test("the helper's shaming is the topic, not the family who owns the helper")
    func possessorShaming() {
        let m = matcher.matchLine("my uncle's counselor made him feel ashamed every week and he quit, why")
        #expect(m.concepts.first == "guilt-and-shame", "\(m.evidence)")
    }

    @Test("a relative who acts is still the family insisting")
    func relativeActs() {
        let m = matcher.matchLine("my mom made him go to rehab, will he stay")
        #expect(m.concepts.first == "family-insistence", "\(m.evidence)")
    }

    /// Words of another language learners mix in, also alone in an English line: "empatia",
    /// "medicamentos", "la oficina … segura".
    @Test(
        "a concept's word in the learner's first language",
        arguments: [
            ("how do i show empatia to a client who is angry", "empathy"),
            ("empatia, como se usa with a client", "empathy"),
            ("what does the alliance do for the medicamentos, does the client take them more", "medication-adherence"),
            ("por qué importa que el cliente se sienta segura en la oficina", "safe-space"),
        ])
    func firstLanguageWord(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// Knowledge v2's contexts reached in the learner's words: family therapy with the alliance
    /// left implicit, and the alliance with oneself said as getting along with oneself.
    @Test(
        "the alliance's setting or its self-directed form in everyday words",
        arguments: [
            ("in family therapy how do i keep the dad and the daughter both on board", "family-alliance"),
            ("how do you build the alliance with a family in the room", "family-alliance"),
            ("why does being at peace with yourself matter in recovery", "self-alliance"),
            ("what does being friends with yourself mean in recovery", "self-alliance"),
        ])
    func contextsInOwnWords(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// Staying on said in everyday words is retention, not the program's ending ("till the end").
    @Test(
        "staying on in everyday words is retention",
        arguments: [
            "why do clients who stick around do better",
            "how do I get clients to stick it out when it gets hard",
            "what makes a client stay till the end of the program",
        ])
    func stayingOn(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "treatment-retention", "\(m.evidence)")
    }

    /// "Drop me an example" asks to be given one: no dropping out, no goodbye.
    @Test(
        "drop me a thing asks to be given it",
        arguments: [
            ("drop me an example of reflective listening", Intent.example, "reflective-listening"),
            ("drop us an example of change talk please", Intent.example, "change-talk"),
            ("drop me a quick question on empathy", Intent.quiz, "empathy"),
        ])
    func dropAsGive(_ text: String, _ intent: Intent, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    @Test("a client who dropped out is still retention")
    func droppedOut() {
        let m = matcher.matchLine("he dropped out after two sessions, what went wrong")
        #expect(m.concepts.first == "treatment-retention", "\(m.evidence)")
    }

    @Test("a judicial order is the court's")
    func judicial() {
        let m = matcher.matchLine("does a judicial order make clients commit to treatment")
        #expect(m.concepts.first == "court-orders", "\(m.evidence)")
    }
}
