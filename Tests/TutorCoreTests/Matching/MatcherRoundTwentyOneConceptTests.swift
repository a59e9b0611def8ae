import Foundation
import Testing

@testable import TutorCore

/// Round 21's mechanisms for a single line's concept (what it is about), each pinned on lines
/// of our own in other words than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyOneConceptTests {
    let matcher = Fixtures.tutor.matcher

    /// An abbreviation's pieces ("WAI-SR") are one name in its own order: "SRS" said apart
    /// from "WAI" is the Session Rating Scale, so both measures are named and compared.
    @Test(
        "the pieces of an abbreviation keep their order",
        arguments: [
            "how is the SRS different from the WAI",
            "SRS or WAI, which one should i use in group",
        ])
    func abbreviationPiecesKeepTheirOrder(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.evidence)")
        #expect(
            Set(m.concepts.prefix(2)) == ["feedback-informed-treatment", "working-alliance-inventory"],
            "\(m.evidence)")
    }

    /// Said in its own order, the abbreviation still names its concept.
    @Test("the abbreviation in its own order names its concept")
    func abbreviationInOrder() {
        let m = matcher.matchLine("what is the WAI-SR")
        #expect(m.concepts.first == "working-alliance-inventory", "\(m.evidence)")
    }

    /// Working alongside the counselor, rather than having techniques applied: collaboration
    /// in the definition's own words.
    @Test(
        "working alongside the counselor is collaboration",
        arguments: [
            "why does it matter if the client works alongside the counselor",
            "i keep wondering why it's better for clients to work alongside us than to be handed a plan",
            "is it wrong to just have techniques applied to them without asking",
        ])
    func workingAlongside(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "collaboration", "\(m.evidence)")
    }

    /// Negative or harsh messages with the family said only as "them", and the family yelling
    /// at the client, are negative messages from family, not a counselor's harsh confrontation.
    @Test(
        "the family's negative messages and yelling are negative family messaging",
        arguments: [
            "how does involving relatives kindly differ from letting them send negative messages",
            "CRAFT versus the family yelling at him",
            "which one helps, CRAFT or the family yelling at her",
        ])
    func familysMessages(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.evidence)")
        #expect(Set(m.concepts.prefix(2)) == ["family-involvement", "negative-family-messaging"], "\(m.evidence)")
    }

    /// A gentle manner said in everyday words ("confronting them nicely") is empathic
    /// confrontation; a line that names confronting with no such manner keeps harsh
    /// confrontation.
    @Test(
        "confronting nicely or gently is empathic confrontation",
        arguments: [
            "is there a nice sort of confrontation, or is it always harsh",
            "how is yelling at a client different from confronting him gently",
        ])
    func gentleConfrontation(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.contains("empathic-confrontation"), "\(m.evidence)")
    }

    /// Texting words ("lowkey", "fr", "ngl", "def") are how the learner talks: a line naming
    /// one concept among them asks about it, not about another subject that shares its word.
    @Test(
        "texting words are no other subject",
        arguments: [
            ("ngl trust confuses me fr, whats the def", "trust"),
            ("lowkey dont get congruence, can u explain it ngl", "congruence"),
        ])
    func textingWords(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// Another subject said among texting words is still out of scope.
    @Test("another subject among texting words stays out of scope")
    func otherSubjectWithTexting() {
        let m = matcher.matchLine("ngl whats the best insurance policy for a used car fr")
        #expect(m.intent == .outOfScope, "\(m.evidence)")
    }
}
