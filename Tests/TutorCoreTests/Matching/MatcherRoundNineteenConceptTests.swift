import Foundation
import Testing

@testable import TutorCore

/// Round 19's mechanisms for a single line's concept (what it is about), each pinned on lines
/// of our own in other words than the development lines that showed the miss.
@Suite struct MatcherRoundNineteenConceptTests {
    let matcher = Fixtures.tutor.matcher

    /// A word that opens a clause (a reason, a condition, a relative clause) or sets aside the
    /// way not taken lies between two words: they are two clauses' words, not one term
    /// ("the alliance | because my study group…" is no "alliance studies", "the alliance | if
    /// the dad…" no family alliance).
    @Test(
        "a term's words split by a clause word are no one term",
        arguments: [
            (
                "what counts more, taking meds or the alliance, because my study group argues about it",
                "therapeutic-alliance",
                "alliance-outcome-research"
            ),
            (
                "is it still the alliance when the dad and the grandma finally want the same thing for her",
                "therapeutic-alliance",
                "family-alliance"
            ),
            (
                "how can a wife support her husband's recovery without nagging or threats", "family-involvement",
                "family-insistence"
            ),
        ])
    func clauseSplitsATerm(_ text: String, _ kept: String, _ notFirst: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.contains(kept), "\(m.evidence)")
        #expect(m.concepts.first != notFirst, "\(m.evidence)")
    }

    /// The split is seen between the term's words only; a term whose own wording bridges the
    /// clause word ("reach out when tempted") keeps it.
    @Test(
        "a clause word splits only the words on its two sides",
        arguments: [
            ("she dropped the alliance because her study ran out", ["allianc", "studi"], true),
            ("the alliance studies she read", ["allianc", "studi"], false),
            ("how does the alliance work when it's a whole group", ["allianc", "group"], false),
            ("ask me about counselors sharing if they're in recovery", ["share", "recoveri"], false),
        ])
    func splitByAClause(_ text: String, _ stems: [String], _ split: Bool) {
        let tokens = matcher.analyzer.analyze(text).tokens
        let positions = stems.compactMap { s in tokens.firstIndex { $0.stem == s } }
        #expect(positions.count == stems.count)
        #expect(Matcher.splitByAClause(positions, tokens) == split)
    }

    @Test("a term written across a clause word still bridges it")
    func bridgingTerm() {
        let m = matcher.matchLine("she knows to reach out when tempted, why does that matter")
        #expect(m.concepts.first == "relapse-safety-net", "\(m.evidence)")
    }

    /// A quiz or hint on one word that two concepts' names share ("confidentiality": the safe
    /// space and the limits of confidentiality) asks for the question on it: the concept with
    /// a canonical question comes first. A question about the word itself keeps the term's.
    @Test(
        "a quiz on a shared name word goes to the concept with a canonical question",
        arguments: [
            ("can you quiz me on confidentiality", "confidentiality-limits"),
            ("give me a hint for the confidentiality question", "confidentiality-limits"),
            ("what is confidentiality", "safe-space"),
            ("quiz me on empathy", "empathy"),
        ])
    func quizOnASharedName(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// A comparison of kinds of confronting that names one kind by a word of its name ("the
    /// empathic kind") sets the two confrontations side by side, not harsh confrontation and
    /// empathy.
    @Test(
        "'the empathic kind' in a comparison of confronting is empathic confrontation",
        arguments: [
            "Confronting clients. Harsh kind vs empathic kind?",
            "is confronting ever useful? the harsh kind vs the empathic kind",
        ])
    func kindNamedByItsName(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.evidence)")
        #expect(Set(m.concepts.prefix(2)) == ["strong-confrontation", "empathic-confrontation"], "\(m.evidence)")
    }

    /// Knowledge in learners' everyday words: a harsh dressing-down, coming and working,
    /// acceptance whatever the client did, what can and cannot be kept private, and a family
    /// that sends the client.
    @Test(
        "everyday words name their concept",
        arguments: [
            ("why would a counselor tear a strip off somebody in group", "strong-confrontation"),
            ("does gettin in they face ever help a client quit", "strong-confrontation"),
            ("what helps clients start showing up and doing the work", "client-engagement"),
            ("quiz me on what i can and cannot keep confidential", "confidentiality-limits"),
        ])
    func everydayWords(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    @Test(
        "a comparison's second side in everyday words",
        arguments: [
            (
                "is congruence the same thing as accepting clients no matter what",
                ["congruence", "unconditional-positive-regard"]
            ),
            (
                "tell me about the difference between court sending the client and family sending the client",
                ["court-orders", "family-insistence"]
            ),
        ])
    func secondSide(_ text: String, _ sides: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.evidence)")
        #expect(Set(m.concepts.prefix(2)) == Set(sides), "\(m.evidence)")
    }
}
