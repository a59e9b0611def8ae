import Testing

@testable import TutorCore

/// Round 32's single-line readings of which concept a line is about and which of define,
/// explain, compare or how-to it asks, pinned on lines of our own, with near lines each rule
/// must leave alone.
@Suite struct MatcherConceptRoundThirtyTwoTests {
    let tutor = Fixtures.tutor

    /// The noun a comparison is asked with fills no situation: "in my language … what is the
    /// difference" tells no client of another culture.
    @Test(
        "the difference asked is no story's word",
        arguments: [
            (
                "in my language there is one word for both, what is the difference between lapse and relapse",
                ["lapse-vs-relapse"]
            ),
            (
                "in my language it is one word, what is the difference between transference and countertransference",
                ["transference", "countertransference"]
            ),
        ])
    func differenceAsked(_ text: String, _ sides: [String]) {
        let m = tutor.matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.intent) \(m.evidence)")
        #expect(Array(m.concepts.prefix(sides.count)) == sides, "\(m.concepts) \(m.evidence)")
    }

    /// Near: a client of a different culture is still told as one.
    @Test func differentCultureStillTold() {
        let m = tutor.matcher.matchLine("my client comes from a very different culture, how do I connect with her")
        #expect(m.concepts.first == "cultural-humility", "\(m.concepts) \(m.evidence)")
    }

    /// "What is the <judged> way/procedure/steps to act" asks how to.
    @Test(
        "the way to act asked with 'what is'",
        arguments: [
            ("what is the right way to bring up the limits of confidentiality", "confidentiality-limits"),
            ("what's the proper way to wrap up therapy with a client who is moving", "termination"),
            ("what are the proper steps to build trust with a new client", "trust"),
        ])
    func wayToAct(_ text: String, _ concept: String) {
        let m = tutor.matcher.matchLine(text)
        #expect(m.intent == .howTo, "\(m.intent) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    /// Near: a term asked for, and a concept named before the way's noun, are no way to act.
    @Test func noWayToAct() {
        for text in [
            "what is the proper term for a client's slip after sobriety", "what is the MI way of seeing resistance",
        ] {
            let m = tutor.matcher.matchLine(text)
            #expect(m.intent != .howTo, "\(text): \(m.intent) \(m.evidence)")
        }
    }

    /// A case, then what "that" tells the learner: what is going on in it.
    @Test(
        "what a case tells",
        arguments: [
            "she keeps arguing with me about every goal, what's that telling me",
            "she cancels every other session lately, what's this saying about us",
            "he keeps arguing with everything I suggest, what does that tell me",
        ])
    func whatACaseTells(_ text: String) {
        let m = tutor.matcher.matchLine(text)
        #expect(m.intent == .explain, "\(m.intent) \(m.evidence)")
        #expect(Matcher.asksWhatThatTells(tutor.analyzer.analyze(text).tokens))
    }

    /// Near: a word's meaning asked is a definition; "tell me what it is" asks nothing of a case.
    @Test func noCaseTold() {
        #expect(tutor.matcher.matchLine("what does discord mean").intent == .define)
        #expect(!Matcher.asksWhatThatTells(tutor.analyzer.analyze("what does discord tell the counselor to do").tokens))
        #expect(!Matcher.asksWhatThatTells(tutor.analyzer.analyze("tell me what that is").tokens))
    }

    /// The alliance asked of a case by a question word is the case's frame.
    @Test func allianceAskedOfACase() {
        let m = tutor.matcher.matchLine(
            "my client started drinking again after a year and hid it from me for a month. what would a strong alliance have changed?"
        )
        #expect(m.concepts.first == "relapse-safety-net", "\(m.concepts) \(m.evidence)")
    }

    /// A case of one concept, then whether it is another: the two compared.
    @Test(
        "whether the case is another concept",
        arguments: [
            "the client and her mother agree on the goals, is that the alliance?",
            "his parents and him agree on the goals for rehab, does that count as the alliance",
        ])
    func caseCountsAs(_ text: String) {
        let m = tutor.matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.intent) \(m.evidence)")
        #expect(
            Set(m.concepts.prefix(2)) == ["family-goal-agreement", "therapeutic-alliance"],
            "\(m.concepts) \(m.evidence)")
    }

    /// Near: what the case does for the alliance, and "is it the alliance", compare nothing.
    @Test func caseDoesSomething() {
        for text in [
            "my client and his wife agree on his goals, does that help the alliance?",
            "the client and her mother agree on the goals, is it the alliance?",
        ] {
            let m = tutor.matcher.matchLine(text)
            #expect(m.intent != .compare, "\(text): \(m.intent) \(m.concepts)")
        }
    }

    /// A learner's word for a hard spell in recovery.
    @Test func badStretch() {
        let m = tutor.matcher.matchLine("what does a counselor do for a client going through a bad stretch")
        #expect(m.concepts.contains("emotional-support"), "\(m.concepts) \(m.evidence)")
    }
}
