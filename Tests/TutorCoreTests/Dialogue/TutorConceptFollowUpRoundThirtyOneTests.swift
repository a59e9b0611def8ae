import Testing

@testable import TutorCore

/// Round 31's follow-ups read for which concept they are about, on lines of our own: a texted
/// "y" opening a question, a noun of the topic's own name pointed at, a pronoun named after the
/// question, a plural pronoun for a plural topic beside the alliance, and another concept
/// weighed against the topic; with near lines each rule must leave alone.
@Suite struct TutorConceptFollowUpRoundThirtyOneTests {
    typealias Case = FollowUpContextTests.Case

    private func expectRead(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line): \(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
        #expect(m?.concepts.first == c.concept, "\(c.line): \(m?.concepts ?? []) \(m?.evidence ?? [])")
    }

    @Test(arguments: [
        // A texted "y" before an auxiliary asks why, of the topic.
        Case("what is the early alliance", "y does it predict who drops out", .explain, "early-alliance"),
        // A noun of the topic's own name pointed at.
        Case("what is a safe space", "how would I create such a space on a video call", .howTo, "safe-space"),
        Case(
            "what is agreement on goals", "what if his only goal is to keep the judge off his back", .howTo,
            "shared-goals"),
        // The pronoun named after the question.
        Case("what is treatment retention", "how does it work, the safety net?", .explain, "relapse-safety-net"),
        // A plural pronoun of a plural topic, the alliance its frame.
        Case("what are Rogers' core conditions", "how do they help the alliance", .explain, "rogers-core-conditions"),
        Case("what are open-ended questions", "why do those matter for the alliance", .explain, "open-ended-questions"),
        // Another concept weighed against the topic.
        Case(
            "what are court orders for treatment", "and a spouse pushing him, which is stronger", .compare,
            "court-orders"),
        Case(
            "what is a court order for treatment", "and his mother nagging him, same thing or worse", .compare,
            "court-orders"),
    ])
    func conceptOfTheFollowUp(_ c: Case) { expectRead(c) }

    /// Near lines: the alliance as topic is every concept's frame, so "such a bond" in the first
    /// session asks of the early alliance; "they" after a singular topic is the clients; a
    /// concept acting on the topic said as "it" is not weighed against it.
    @Test func nearLinesLeftAlone() {
        let bond = readFollowUp(
            Case("what is the therapeutic alliance", "how is such a bond built in the first session", .explain, "-"))
        #expect(bond?.concepts.first == "early-alliance", "\(bond?.concepts ?? [])")
        let they = readFollowUp(Case("what is empathy", "how do they help the alliance", .explain, "-"))
        #expect(they?.concepts.first != "empathy", "\(they?.concepts ?? [])")
        let acts = readFollowUp(Case("what is trust", "does empathy make it better or worse", .explain, "-"))
        #expect(acts?.intent != .compare, "\(acts?.intent.rawValue ?? "nil") \(acts?.concepts ?? [])")
    }

    /// The loose shape of "how … set them with …": the verb plain or in "-ing", words between.
    @Test func howToDoThemLoosely() {
        let yes = "so practically how would i go about setting them with a teen".split(separator: " ").map(String.init)
        #expect(Tutor.howToDoThemLoosely(yes))
        let ing = "how can you actually start building those when he is angry".split(separator: " ").map(String.init)
        #expect(Tutor.howToDoThemLoosely(ing))
        // "Reach" acts on people, not on a thing: "them" are the clients.
        let people = "how would i go about reaching them with a letter".split(separator: " ").map(String.init)
        #expect(!Tutor.howToDoThemLoosely(people))
    }

    /// The texted "y" is "why" only before an auxiliary, at the line's start.
    @Test func textedWhy() {
        var words = ["y", "does", "it", "matter"]
        LineForm.readTextedWhy(&words, at: 0)
        #expect(words[0] == "why")
        var spanish = ["y", "respeto"]
        LineForm.readTextedWhy(&spanish, at: 0)
        #expect(spanish[0] == "y")
    }
}
