import Testing

@testable import TutorCore

/// Round 33's single-line readings of a comparison's sides, by where they stand in the line:
/// around "than" (the yardstick between them is no side), after "between … and" (a word
/// before "between" that a term took is no side), and a contrast concept whose two sides the
/// line names; with near lines each rule must leave alone.
@Suite struct MatcherConceptRoundThirtyThreeTests {
    let tutor = Fixtures.tutor

    /// The subject and the thing after "than" are the sides; what they are weighed by is not.
    @Test(
        "the sides around 'than'",
        arguments: [
            (
                "is MI better for engagement than confronting him",
                ["motivational-interviewing", "strong-confrontation"]
            ),
            (
                "do open questions build trust faster than reflective listening",
                ["open-ended-questions", "reflective-listening"]
            ),
            (
                "is the alliance better for retention than insurance coverage",
                ["therapeutic-alliance", "insurance-coverage"]
            ),
        ])
    func sidesAroundThan(_ text: String, _ sides: [String]) {
        let m = tutor.matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.intent) \(m.evidence)")
        #expect(Array(m.concepts.prefix(2)) == sides, "\(m.concepts) \(m.evidence)")
    }

    /// The sides after "between" and "and"; "genuine" before them qualifies the question.
    @Test(
        "the sides after 'between … and'",
        arguments: [
            ("Is there a genuine difference between sympathy and empathy", ["sympathy", "empathy"]),
            (
                "any genuine difference between transference and countertransference, honestly",
                ["transference", "countertransference"]
            ),
        ])
    func sidesAroundBetween(_ text: String, _ sides: [String]) {
        let m = tutor.matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.intent) \(m.evidence)")
        #expect(m.concepts.first == sides[0], "\(m.concepts) \(m.evidence)")
        #expect(!m.concepts.contains("congruence"), "\(m.concepts) \(m.evidence)")
    }

    /// Both sides of a contrast named ("complying", "committed"): the contrast leads.
    @Test(
        "a contrast whose two sides are named",
        arguments: [
            "Complying with the program and being committed to it, is that not the same?",
            "complying with treatment vs being committed to it, same thing or no",
        ])
    func contrastFirst(_ text: String) {
        let m = tutor.matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.intent) \(m.evidence)")
        #expect(m.concepts.first == "compliance-vs-commitment", "\(m.concepts) \(m.evidence)")
    }

    /// Near: "rather than" sets a way aside and compares nothing by its sides; "other than"
    /// leaves the order as the line gave it.
    @Test func ratherThanIsNoComparison() {
        let m = tutor.matcher.matchLine("how do I build trust with a new client rather than rushing it")
        #expect(m.concepts.first == "trust", "\(m.concepts) \(m.evidence)")
    }

    /// Near: two boundaries named after "between" are one concept's two sides, kept as one.
    @Test func oneConceptBetween() {
        let m = tutor.matcher.matchLine("what is the difference between a boundary crossing and a boundary violation")
        #expect(m.intent == .compare, "\(m.intent) \(m.evidence)")
        #expect(m.concepts.first == "boundaries", "\(m.concepts) \(m.evidence)")
    }
}
