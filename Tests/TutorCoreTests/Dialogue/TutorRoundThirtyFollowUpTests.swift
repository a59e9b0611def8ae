import Testing

@testable import TutorCore

/// Follow-ups read against the conversation (round 30): a request the matcher put out of
/// scope only for naming nothing leans on the topic just discussed; while a question is open,
/// "something fiercer" or "a gentler one" asks for a harder or an easier question; after an
/// answer, a line that only says it is understood, whatever word of another language opens
/// it, is thanks.
@Suite struct TutorRoundThirtyFollowUpTests {
    typealias Case = FollowUpContextTests.Case

    private func expectRead(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line): \(m?.intent.rawValue ?? "nil")")
        if c.concept == "-" {
            #expect(m?.concepts.isEmpty == true, "\(c.line): \(m?.concepts ?? [])")
        } else {
            #expect(m?.concepts.first == c.concept, "\(c.line): \(m?.concepts ?? [])")
        }
    }

    /// A case, how to act: asked of the topic, with a pronoun, "each" or someone of the work.
    @Test(arguments: [
        Case("how is empathy different from sympathy", "Kindly show an example of both.", .example, "empathy"),
        Case("what is immediacy", "Be so good as to give an example of it.", .example, "immediacy"),
        Case(
            "what is a boundary crossing", "so if my client texts me at midnight what do i say", .howTo,
            "boundaries"),
        Case(
            "what is informed consent", "how do i get one when the person barely reads a word", .howTo,
            "informed-consent"),
    ])
    func aRequestThatNamesNothingLeansOnTheTopic(_ c: Case) { expectRead(c) }

    /// The learner's own life with no one of the work, or a change of subject announced,
    /// stays out of scope.
    @Test(arguments: [
        Case("what is rapport", "my oven keeps beeping, what do i do", .outOfScope, "-"),
        Case("what is rapport", "how do i fix my bike chain", .outOfScope, "-"),
        Case("what is a rupture", "unrelated, but how do i patch it when a tyre goes flat", .outOfScope, "-"),
    ])
    func notTheLearnersOwnLifeNorAnotherSubject(_ c: Case) { expectRead(c) }

    /// A question asked for by a comparative while one is open.
    @Test(arguments: [
        Case("quiz me on empathy", "pfft, too tame. hit me with something fiercer", .harder, "-"),
        Case("test me on trust", "something more demanding, if you would", .harder, "-"),
        Case("quiz me on boundaries", "a gentler one please", .easier, "-"),
    ])
    func aComparativeAsksForAnotherQuestion(_ c: Case) { expectRead(c) }

    /// "One more question" asks for no difficulty; "something about feelings" names none.
    @Test func noComparativeNoDifficulty() {
        for line in ["one more question please", "something about feelings"] {
            let m = readFollowUp(Case("quiz me on empathy", line, .quiz, "-"))
            #expect(m?.intent != .harder && m?.intent != .easier, "\(line)")
        }
    }

    /// Understanding said after an answer, an unknown word before it or none.
    @Test(arguments: [
        Case("what is congruence", "Aitäh, now it is clear", .thanks, "-"),
        Case("what is immediacy", "Ačiū, very clear now", .thanks, "-"),
        Case("explain the working alliance", "ah, I understand it now", .thanks, "-"),
    ])
    func understandingSaidIsThanks(_ c: Case) { expectRead(c) }

    /// A question after the unknown word, or about clarity, asks something.
    @Test(arguments: [
        Case("what is congruence", "Aitäh, but why does it matter?", .explain, "congruence"),
        Case("what is congruence", "is it clear to the client what I feel?", .explain, "congruence"),
    ])
    func aQuestionIsNoThanks(_ c: Case) { expectRead(c) }

    @Test func clearOrUnderstood() {
        #expect(Tutor.saysItIsClearOrUnderstood(["very", "clear"]))
        #expect(Tutor.saysItIsClearOrUnderstood(["it", "is", "clear", "to", "me"]))
        #expect(Tutor.saysItIsClearOrUnderstood(["i", "get", "it"]))
        #expect(!Tutor.saysItIsClearOrUnderstood(["not", "clear", "yet"]))
        #expect(!Tutor.saysItIsClearOrUnderstood(["still", "not", "clear", "why"]))
    }
}
