import Testing

@testable import TutorCore

/// Round 31's single-line readings of which concept a line is about, pinned on lines of our
/// own, with near lines each rule must leave alone.
@Suite struct MatcherConceptRoundThirtyOneTests {
    let tutor = Fixtures.tutor

    /// A definition asked of one concept "in" the field it belongs to: the concept asked, not
    /// the field named by a longer term.
    @Test(
        "a definition asked before 'in' its field",
        arguments: [
            ("what is sustain talk in motivational interviewing", "change-talk"),
            ("what is a rupture marker in the working alliance", "metacommunication"),
            ("whats a reflection in motivational interviewing", "reflective-listening"),
        ])
    func askedBeforeItsField(_ text: String, _ concept: String) {
        let m = tutor.matcher.matchLine(text)
        #expect(m.intent == .define, "\(m.intent) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    /// Nothing named before "in": the field is what is asked.
    @Test("nothing asked before 'in' leaves the field")
    func nothingAskedBeforeTheField() {
        let m = tutor.matcher.matchLine("what is OARS in motivational interviewing")
        #expect(m.concepts.first == "motivational-interviewing", "\(m.concepts) \(m.evidence)")
    }

    /// A term of three words, or of two words beside a situation told, keeps its concept over a
    /// guess of the phrasing prior the line gives no evidence to; one word does not.
    @Test("a concept evidenced twice over keeps its place")
    func wellEvidencedOverThePrior() {
        let matcher = tutor.matcher
        let tokens = tutor.analyzer.analyze("why do clients follow the treatment plan better").tokens
        var three = MatchResult(intent: .explain, concepts: ["patient-compliance"], confidence: 0.7)
        three.basis.named = [.init(concept: "patient-compliance", stems: ["follow", "treatment", "plan"])]
        #expect(matcher.keepsItsWellEvidenced("patient-compliance", over: "shared-goals", three, tokens))
        var twoAndTold = MatchResult(intent: .howTo, concepts: ["stages-of-change"], confidence: 0.7)
        twoAndTold.basis.named = [.init(concept: "stages-of-change", stems: ["sai", "problem"])]
        twoAndTold.basis.told = [.init(concept: "stages-of-change", stems: ["problem"])]
        #expect(matcher.keepsItsWellEvidenced("stages-of-change", over: "court-orders", twoAndTold, tokens))
        // One word only: the prior may still weigh it.
        var one = MatchResult(intent: .howTo, concepts: ["treatment-retention"], confidence: 0.7)
        one.basis.named = [.init(concept: "treatment-retention", stems: ["quit"])]
        #expect(!matcher.keepsItsWellEvidenced("treatment-retention", over: "shared-goals", one, tokens))
        // The prior's concept has evidence of its own: not this rule's to settle.
        var both = three
        both.basis.told = [.init(concept: "shared-goals", stems: ["plan"])]
        #expect(!matcher.keepsItsWellEvidenced("patient-compliance", over: "shared-goals", both, tokens))
    }

    /// A comparison naming one side and describing the other: the named concept's counterpart.
    @Test(
        "a comparison's described side",
        arguments: [
            (
                "MI or simply lecturing a drinker about the damage, which one works", "motivational-interviewing",
                "strong-confrontation"
            ),
            (
                "empathic confrontation vs the old drill sergeant approach", "empathic-confrontation",
                "strong-confrontation"
            ),
            (
                "what's the difference between yelling at a client and empathic confrontation",
                "empathic-confrontation",
                "strong-confrontation"
            ),
        ])
    func describedSide(_ text: String, _ named: String, _ other: String) {
        let m = tutor.matchLine(text)
        #expect(m.intent == .compare, "\(m.intent) \(m.evidence)")
        #expect(Set(m.concepts.prefix(2)) == [named, other], "\(m.concepts) \(m.evidence)")
    }

    /// The other side a pronoun ("that"), or a concept that holds both sides itself: nothing added.
    @Test(
        "no described side",
        arguments: ["is empathy different from that", "empathy or the other one", "lapse or relapse, which is it"])
    func noDescribedSide(_ text: String) {
        let m = tutor.matchLine(text)
        #expect(m.concepts.count == 1, "\(m.concepts) \(m.evidence)")
    }
}
