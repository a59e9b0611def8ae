import Testing

@testable import TutorCore

/// Round 19's grader mechanisms, each pinned in other words than the development lines that
/// showed them: a sentence of assent is no name an "it" after it stands for, "ain't" denies,
/// "it's her call" with what is chosen after it, "say early" as telling the counselor, the
/// counselor's own transference, goals that feel like the client's, "rules are rules", "X is
/// everything", "isnt it" typed whole as a question that claims, a possessive after
/// "transferring", "doing its job", and a second language's "I not know".
@Suite struct GraderRoundNineteenTests {
    func grade(_ question: String, _ answer: String) -> Grade { gradeAnswer(question, answer) }

    typealias Case = GradedCase

    @Test(
        "each mechanism reads its line as labeled",
        arguments: [
            // A sentence that only assents ("Okay.", "Sure.") names nothing: "it" keeps its own reading.
            Case(
                question: "collaborative-goals", answer: "Okay. The client owns it, tries harder.", covered: ["e1"],
                misconceptions: []),
            Case(question: "collaborative-goals", answer: "Sure. They own it.", covered: ["e1"], misconceptions: []),
            // "Ain't" denies what follows it, as "isn't" does.
            Case(
                question: "family-pressure-retention",
                answer: "family pushing aint what keeps him, its trusting the counselor", covered: ["e1", "e2", "e3"],
                misconceptions: []),
            // "It's her call" with what she chooses said after it: the choice is the client's.
            Case(
                question: "discord-reply", answer: "it's her call whether she keeps coming", covered: ["e3"],
                misconceptions: []),
            Case(
                question: "discord-reply", answer: "its his call how we go from here", covered: ["e3"],
                misconceptions: []),
            // "Say early" tells the counselor, as "tell you early" does.
            Case(
                question: "fit-why", answer: "the client can say early if the work isnt helping", covered: ["e2"],
                misconceptions: []),
            // The counselor's own transference is countertransference, said as "my" or as "mine".
            Case(
                question: "irritated-counselor", answer: "this is my own transference from my divorce", covered: ["e1"],
                misconceptions: []),
            Case(
                question: "irritated-counselor", answer: "it isnt her transference but mine", covered: ["e1"],
                misconceptions: []),
            // Goals that feel like the client's own are owned.
            Case(
                question: "collaborative-goals", answer: "goals feel a lot like theirs then", covered: ["e1"],
                misconceptions: []),
            // "Rules are rules": the act is against the rules.
            Case(question: "gift-boundary", answer: "no cards, a rule is a rule", covered: [], misconceptions: ["m1"]),
            // "Isnt it …" typed with no apostrophe asks to agree: it claims, it does not deny.
            Case(
                question: "fit-why", answer: "isnt it mostly red tape for the agency", covered: [],
                misconceptions: ["m1"]),
            // "Transferring his anger onto me": "his" owns the anger; no client is transferred.
            Case(
                question: "irritated-counselor", answer: "the client is transferring his anger onto me", covered: [],
                misconceptions: ["m1"]),
            // "Doing its job" is working.
            Case(
                question: "court-order-compliance", answer: "he comes every week, so the program is doing its job",
                covered: [], misconceptions: ["m1"]),
            // "X is everything": X is the key.
            Case(
                question: "insurance-secondary", answer: "honestly the insurance is everything", covered: [],
                misconceptions: ["m1"]),
        ])
    func readsAsLabeled(_ c: Case) {
        let g = grade(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    @Test(
        "not knowing said with no auxiliary, as a second language says it, is a don't-know",
        arguments: ["i not know", "me not understand this one"])
    func dontKnows(_ line: String) {
        #expect(grade("relapse-reach-out", line).verdict == .dontKnow, "\(line)")
    }

    @Test func aDeniedEverythingClaimsNothing() {
        #expect(grade("insurance-secondary", "insurance isn't everything, the relationship is").misconceptions.isEmpty)
    }
}
