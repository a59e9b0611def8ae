import Testing

@testable import TutorCore

/// Round 20's grader mechanisms, each pinned in other words than the development lines that
/// showed them: a "he", "she" or "they" told what to do right after the counselor's clause is
/// the counselor; "the first … the second …" are the two options, kept apart as "A" and "B"
/// are; "argue for" makes a case, it argues with no one; "start" before a verb starts no
/// treatment; a denied verb of perceiving does not deny what is perceived; what counselors in
/// general think is reported; after "and", "the client can …" is a subject of its own; and,
/// through `Tutor.grade`, an
/// answer leans on its question ("Never." to "When should …", "Yes." to a claim put for
/// confirmation).
@Suite struct GraderRoundTwentyTests {
    typealias Case = GradedCase

    @Test(
        "each mechanism reads its line as labeled",
        arguments: [
            // The counselor's clause, then a pronoun told what it should do: the counselor does it.
            Case(
                question: "collaborative-goals",
                answer: "the counselor studied this stuff for years, so they should decide",
                covered: [], misconceptions: ["m1"]),
            Case(
                question: "collaborative-goals",
                answer: "my counselor has seen a hundred cases like mine, she should call the shots", covered: [],
                misconceptions: ["m1"]),
            Case(
                question: "collaborative-goals",
                answer: "the therapist has been doing this forever, he needs to decide",
                covered: [], misconceptions: ["m1"]),
            // Not a pronoun that feels what the counselor's act brings about, nor one after a
            // clause that names the client, nor one that acts jointly.
            Case(
                question: "collaborative-goals", answer: "the counselor explains the options, so they feel invested",
                covered: ["e1"], misconceptions: []),
            Case(
                question: "collaborative-goals",
                answer: "the counselor asks what matters to them, and they should decide",
                covered: [], misconceptions: []),
            Case(
                question: "collaborative-goals", answer: "the counselor listens, then they get to decide together",
                covered: ["e2"], misconceptions: []),
            // The options by their order, each said of itself.
            Case(
                question: "which-is-empathic", answer: "the second one is empathic, the first is the helper's own pity",
                covered: ["e1", "e3"], misconceptions: []),
            Case(
                question: "which-is-empathic", answer: "the first is more empathic, the second sounds cold",
                covered: [], misconceptions: ["m1"]),
            // "Start" before a verb only says when it begins: no start of treatment.
            Case(
                question: "family-pressure-retention",
                answer: "the one who gets on with her counselor, since she trusts him and starts speaking openly",
                covered: ["e1", "e3"], misconceptions: []),
            // A denied verb of perceiving leaves what is perceived as it is: they are getting worse.
            Case(
                question: "fit-why", answer: "therapists cant see that someone is getting worse", covered: ["e1"],
                misconceptions: []),
            // What counselors in general think is reported, not held; and after "and", a person with
            // a verb of their own is the subject of what follows.
            Case(
                question: "fit-why",
                answer: "counselors believe they're doing fine and the client can tell you early when it's off",
                covered: ["e2"], misconceptions: []),
            // "Argue for" makes a case.
            Case(
                question: "change-sustain",
                answer: "the kids bit is change talk, the sleep bit is him arguing for the drinking",
                covered: ["e1"], misconceptions: []),
        ])
    func readsAsLabeled(_ c: Case) {
        let g = gradeAnswer(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    @Test(
        "an answer graded by its question leans on it, as in the dialogue",
        arguments: [
            // "Never" answers "when": never should a counselor disclose.
            Case(question: "recovery-disclosure", answer: "Never ever.", covered: [], misconceptions: ["m1"]),
            Case(
                question: "recovery-disclosure", answer: "never. what I went through is my business",
                covered: [], misconceptions: ["m1"]),
            // A never qualified at once is no flat refusal.
            Case(
                question: "recovery-disclosure", answer: "never, unless sharing it helps the client", covered: ["e1"],
                misconceptions: []),
            // A plain yes to "Everything I say stays in this room, right?" confirms it…
            Case(
                question: "confidentiality-promise", answer: "yes, so they feel they can open up", covered: [],
                misconceptions: ["m1"]),
            // …a yes with its exceptions does not.
            Case(
                question: "confidentiality-promise", answer: "yes, with a few exceptions I'd explain right now",
                covered: ["e1"], misconceptions: []),
        ])
    func gradedByItsQuestion(_ c: Case) {
        let g = Fixtures.tutor.grade(questionID: c.question, answer: c.answer)!
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    @Test func aWhenQuestionAloneIsCompleted() {
        let q = "A client asks: \"Are you in recovery yourself?\" When and how should a counselor disclose?"
        let a = Fixtures.tutor.analyzer.analyze("Never. Keep it out.")
        #expect(Tutor.timeCompleted(a, question: q) == "never should a counselor disclose . keep it out")
        #expect(Tutor.timeCompleted(a, question: "Why does it matter?") == nil)
    }
}
