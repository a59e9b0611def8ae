import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 23): a part of a listed topic picked by its
/// place, the words after "the two" that tell how the sides relate, how the one pointed at is
/// not another, a contrast question put in other words by both its sides, and the offered
/// check question kept when the topic is asked for in plainer words.
@Suite struct FollowUpRoundTwentyThreeTests {
    typealias Case = FollowUpContextTests.Case

    /// After a definition that lists concepts of ours (Rogers' core conditions: empathy,
    /// unconditional positive regard and congruence), an ordinal picks the part by its place,
    /// the line's own request kept; an ordinal that counts a time picks nothing.
    @Test(arguments: [
        Case("what are rogers core conditions", "quiz me on the second one", .quiz, "unconditional-positive-regard"),
        Case("what are the core conditions", "an example of the first one?", .example, "empathy"),
        Case("whats rogers core conditions", "and the last one, what does it mean", .define, "congruence"),
        Case("what are the three core conditions", "why does the third one matter", .explain, "congruence"),
        Case("what are rogers core conditions", "how do i do the second one", .howTo, "unconditional-positive-regard"),
    ])
    func aListedPartByItsPlace(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts == [c.concept])
    }

    @Test func anOrdinalThatCountsATimePicksNoPart() {
        let m = readFollowUp(
            Case("what are rogers core conditions", "what happens in the first session", .explain, "-"))
        #expect(m?.concepts.first != "empathy")
    }

    /// The list is read from the definition: its parts in order, nil where a part names none
    /// of ours; a definition with no such list has none.
    @Test func theListInADefinition() {
        let t = Fixtures.tutor
        #expect(
            t.listedConcepts(in: "rogers-core-conditions")?.suffix(3) == [
                "empathy", "unconditional-positive-regard", "congruence",
            ])
        #expect(t.listedConcepts(in: "trust") == nil)
        #expect(Tutor.listPlace(["quiz", "me", "on", "the", "last", "one"]) == -1)
        #expect(Tutor.listPlace(["the", "first", "session"]) == nil)
    }

    /// "And congruence, how do the two fit together": the words after "the two" or "both"
    /// tell how the sides relate ("fit together", "work together" are collaboration's words);
    /// the sides are the topic and the concept named before.
    @Test(arguments: [
        ("what's UPR", "and congruence, how do the two fit together", ["unconditional-positive-regard", "congruence"]),
        ("what is trust", "and respect, how do both work together", ["trust", "mutual-respect"]),
        ("what is empathy", "and active listening, how do the two work together?", ["empathy", "active-listening"]),
        ("what is collaboration", "and shared goals, how do both fit together", ["collaboration", "shared-goals"]),
    ])
    func theRelationsWordsAreNoSide(_ context: String, _ line: String, _ sides: [String]) {
        let m = readFollowUp(Case(context, line, .compare, sides[0]))
        #expect(m?.intent == .compare)
        #expect(m?.concepts == sides)
    }

    /// With more discussed before, the sides are still the topic and the one named before
    /// "the two", not the last two concepts.
    @Test func theTwoAfterALongerConversation() {
        var s = DialogueSession()
        s.say("what are rogers core conditions")
        s.state.open = nil
        s.say("what's UPR")
        s.state.open = nil
        let m = s.say("and congruence, how do the two fit together").match
        #expect(m?.intent == .compare)
        #expect(m?.concepts == ["unconditional-positive-regard", "congruence"])
    }

    /// "How is that not the harsh kind", "how's it not just sympathy": how the one pointed at
    /// is not another is a comparison of the two, the other named or guessed.
    @Test(arguments: [
        (
            "what is empathic confrontation", "and how is that not the harsh kind",
            ["empathic-confrontation", "strong-confrontation"]
        ),
        ("what is empathy", "how's it not just sympathy", ["empathy", "sympathy"]),
        ("what is sympathy", "how is it not empathy", ["sympathy", "empathy"]),
        (
            "what is motivational interviewing", "how is that not just harsh confrontation",
            ["motivational-interviewing", "strong-confrontation"]
        ),
    ])
    func howItIsNotTheOther(_ context: String, _ line: String, _ sides: [String]) {
        let m = readFollowUp(Case(context, line, .compare, sides[0]))
        #expect(m?.intent == .compare)
        #expect(m?.concepts == sides)
    }

    /// A question that sets two concepts apart is about both: put in other words, it names
    /// the one it asks about first (the question on empathic replies is filed under sympathy).
    @Test func aContrastQuestionsSides() {
        let t = Fixtures.tutor
        let sides = { (id: String) in t.question(id).flatMap { t.contrastSides(of: $0) } }
        #expect(sides("which-is-empathic") == ["empathy", "sympathy"])
        #expect(sides("sympathy-define") == ["sympathy", "empathy"])
        #expect(sides("empathic-confrontation-vs-harsh") == ["empathic-confrontation", "strong-confrontation"])
        #expect(sides("family-lever") == ["family-involvement", "guilt-and-shame"])
        // A contrast concept is one topic; a question of one concept has one side.
        #expect(sides("lapse-define") == nil)
        #expect(sides("alliance-definition") == nil)
    }

    @Test func aContrastQuestionRewordedNamesTheSideItAsksAbout() {
        var s = DialogueSession()
        s.say("quiz me on empathy vs sympathy")
        #expect(s.state.open?.id == "which-is-empathic")
        let r = s.say("what do you mean")
        #expect(r.moves.first == .questionReworded(question: "which-is-empathic"))
        #expect(r.reply.contains("I'm asking about empathy and how it differs from sympathy"), "\(r.reply)")
        #expect(s.state.open?.id == "which-is-empathic")
    }

    /// "Another way?", "simpler please" right after a definition that offered a check question:
    /// the plainer words, then the check question offered again (still open as an offer); a
    /// request about another topic drops it as before.
    @Test(arguments: ["another way?", "simpler please", "can you say that another way"])
    func theOfferedCheckStaysAfterPlainerWords(_ line: String) {
        var s = DialogueSession()
        s.say("what is congruence")
        s.state.open = OpenQuestion(id: "congruence-define", isOffer: true)
        s.state.offeredLastTurn = true
        let r = s.say(line)
        #expect(r.moves.first == .simpler(concept: "congruence", whileOpen: nil), "\(r.moves)")
        #expect(r.moves.last == .offer(question: "congruence-define"), "\(r.moves)")
        #expect(s.state.open?.id == "congruence-define")
        #expect(s.state.open?.isOffer == true)
    }

    @Test func anotherTopicStillDropsTheOffer() {
        var s = DialogueSession()
        s.say("what is congruence")
        s.state.open = OpenQuestion(id: "congruence-define", isOffer: true)
        s.state.offeredLastTurn = true
        let r = s.say("what is trust")
        #expect(!r.moves.contains(.offer(question: "congruence-define")), "\(r.moves)")
        #expect(s.state.open?.id != "congruence-define")
    }
}
