import Testing

@testable import TutorCore

/// Round 25: follow-ups and session lines in other words than the development lines that
/// showed them. Follow-ups: the other side of a concept that holds two typed alone, "which of
/// them" weighed after one concept, a count of the topic asked to be named or listed, whom or
/// why the topic helps, and "diff from" for "different from". In a session: a question put
/// with a grudging word before it or an adverb after its question word, "which is which", and
/// "what <noun>" alone are side requests, never graded.
@Suite struct DialogueRoundTwentyFiveTests {
    typealias Case = FollowUpContextTests.Case

    /// The other side of a two-sided concept, typed alone, sets the two side by side.
    @Test(arguments: [
        Case("what is a boundary crossing", "and a violation?", .compare, "boundaries"),
        Case("whats a boundary violation exactly", "what about a crossing", .compare, "boundaries"),
        Case("what's a lapse", "and a relapse then?", .compare, "lapse-vs-relapse"),
        Case("what counts as a boundary violation", "and a crossing then", .compare, "boundaries"),
    ])
    func theOtherSideTypedAlone(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts == [c.concept])
    }

    /// The same side again, or a request of its own, is no comparison.
    @Test func aRequestOfItsOwnIsNoComparison() {
        #expect(
            readFollowUp(Case("how do i respond to a lapse", "and to a full relapse?", .howTo, ""))?.intent == .howTo)
        #expect(
            readFollowUp(Case("what is a boundary crossing", "give me an example of a violation", .example, ""))?.intent
                == .example)
    }

    /// "Which of them" weighed after one concept: the topic and its counterpart.
    @Test(arguments: [
        Case("what is sympathy", "which of them is better for a counselor", .compare, "sympathy"),
        Case("define empathy", "so which of those should i use", .compare, "empathy"),
    ])
    func whichOfThemWeighed(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
        #expect(m?.concepts.count == 2)
    }

    /// A count of the topic asked to be named or listed: cases of it.
    @Test(arguments: [
        Case("what are the common factors", "name a couple", .example, "common-factors"),
        Case("what is change talk", "can you name some", .example, "change-talk"),
        Case("what are open ended questions", "list a few of them please", .example, "open-ended-questions"),
        Case("what is attending behavior", "list some", .example, "attending-behavior"),
    ])
    func aCountNamedOrListed(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// Whom or why the topic helps is why it matters; help asked for stays help.
    @Test(arguments: [
        Case("what is feedback informed treatment", "who does it help most", .explain, "feedback-informed-treatment"),
        Case(
            "what is the working alliance inventory", "who gets helped by that", .explain, "working-alliance-inventory"),
    ])
    func whomTheTopicHelps(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    @Test func helpAskedForStaysHelp() {
        #expect(readFollowUp(Case("what is empathy", "can you help me with it", .help, ""))?.intent == .help)
    }

    /// "Diff from" is "different from".
    @Test func diffFromCompares() {
        let m = readFollowUp(Case("what is empathy", "how is compassion diff from it", .compare, "empathy"))
        #expect(m?.intent == .compare)
    }

    /// Side questions put with a word before or inside their opening, while a question is open.
    @Test(
        "a side question with a qualifier keeps the question open, ungraded",
        arguments: [
            "fine, what is empathy then",
            "acha, what is sympathy",
            "sorry, what exactly is empathy in counseling?",
            "how exactly does empathy work",
            "which one is which again, empathy or sympathy?",
            "wait which is which",
            "what sympathy?",
        ])
    func sideQuestionWithAQualifier(_ line: String) {
        var s = DialogueSession.opened("empathy", expecting: "empathy-effect")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "empathy-effect")
    }

    /// An answer still is one.
    @Test(
        "an answer with a grudging word is graded",
        arguments: ["fine, they feel understood and open up more", "they feel understood so they keep coming"])
    func answerIsGraded(_ line: String) {
        var s = DialogueSession.opened("empathy", expecting: "empathy-effect")
        let r = s.say(line)
        #expect(r.grade != nil, "\(line): \(r.moves)")
    }

    /// The line forms on their own.
    @Test func theForms() {
        #expect(LineForm.withoutAQualifier(["fine", "why", "is", "it", "so"]) == ["why", "is", "it", "so"])
        #expect(
            LineForm.withoutAQualifier(["how", "exactly", "is", "it", "defined"]) == ["how", "is", "it", "defined"])
        #expect(LineForm.withoutAQualifier(["why", "is", "it"]) == nil)
        #expect(LineForm.asksWhichIsWhich(["which", "one", "is", "which", "again"]))
        #expect(!LineForm.asksWhichIsWhich(["which", "one", "is", "empathic"]))
        #expect(LineForm.asksWhatNoun(["what", "limits"]))
        #expect(!LineForm.asksWhatNoun(["what", "else"]))
        #expect(LineForm.asksToNameAFew(["can", "you", "name", "a", "few"]))
        #expect(!LineForm.asksToNameAFew(["list", "the", "principles"]))
    }
}
