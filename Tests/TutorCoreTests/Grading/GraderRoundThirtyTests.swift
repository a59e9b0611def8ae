import Testing

@testable import TutorCore

/// Round 30's grading, in other words than the development lines that showed it.
/// - Not knowing read by its shape (`Grader+NotKnowingShape`): typos in the words of knowing,
///   a verb of having, a progressive, a lost or blank state, giving up, a denied ability to
///   answer, a bare guess, with words of another language or a question back around it; not
///   when the line is about the client or goes on to an attempt.
/// - A request for help in the learner's voice masks its "help"; confusion is a cue of the
///   learner's own only.
/// - An object said first is read inside its clause's negation (`Grader+FrontedObject`); "em"
///   and "w" are "them" and "with".
/// - "That's …" after a claim is read with it (`Grader+ThatClaim`); an "it" a verb of judging
///   ranks first; "shooting for" is a goal, "concur" agrees; a prohibition denies its deed
///   (`Grader+Prohibition`); a raised guard is defensiveness.
@Suite struct GraderRoundThirtyTests {
    @Test(
        "a short line of not knowing is a don't-know, typed with typos or other words around it",
        arguments: [
            "i dont knwo this one", "honestly no ideea", "I dont have a single clue", "ive got no idea sorry",
            "Aroha mai, I am not knowing this", "totally clueless here", "my brain has gone blank",
            "I cannot come up with an answer", "gave up on this one", "I'd only be guessing",
            "Mmm. That's beyond me. What's the term?",
        ])
    func notKnowingByShape(_ line: String) {
        #expect(gradeAnswer("build-trust", line).verdict == .dontKnow, "\(line)")
    }

    @Test(
        "a line about the client, or one that goes on to an attempt, is no don't-know",
        arguments: [
            "they don't know what to do", "be patient with them i dunno", "they'd be confused and leave",
            "I guess they'd stop coming",
        ])
    func attemptsStayAttempts(_ line: String) {
        #expect(gradeAnswer("build-trust", line).verdict == .incorrect, "\(line)")
    }

    @Test("a hedge that goes on to an idea is graded on the idea")
    func hedgedIdea() {
        let g = gradeAnswer("build-trust", "not sure, maybe listen to them more")
        #expect(g.verdict == .partial && g.covered == ["e1"], "\(g)")
    }

    @Test("not knowing said of the family is an answer, not the learner's")
    func notKnowingOfAnother() {
        #expect(
            gradeAnswer("family-pressure-retention", "he has no idea how much his family cares").verdict != .dontKnow)
    }

    @Test("a request for help in the learner's voice credits nothing")
    func helpRequest() {
        let g = gradeAnswer("recovery-disclosure", "I'd need help with this one")
        #expect(g.verdict == .dontKnow && g.covered.isEmpty, "\(g)")
        #expect(gradeAnswer("recovery-disclosure", "only when it helps the client").covered == ["e1"])
    }

    @Test(
        "an object said first is denied by the clause after it",
        arguments: ["the bond in the room, coverage doesn't shape it", "the therapy relationship it doesnt affect"])
    func frontedObject(_ line: String) {
        #expect(gradeAnswer("insurance-secondary", line).covered.contains("e2"), "\(line)")
    }

    @Test("a clause said first keeps its own claim")
    func frontedClause() {
        let g = gradeAnswer(
            "relapse-reach-out",
            "the urge still shows up, the relationship doesn't remove it, but he phones the counselor")
        #expect(g.misconceptions.isEmpty && g.covered == ["e1"], "\(g)")
    }

    @Test("'em' and 'w' are 'them' and 'with'")
    func smallWords() {
        #expect(gradeAnswer("insurance-secondary", "it lets em get in the door").covered == ["e1"])
        #expect(gradeAnswer("build-trust", "decide the goals w them").covered == ["e4"])
    }

    @Test(
        "what the two are after, in other words, is their goals",
        arguments: ["they agree on what they are shooting for", "both sides concur on the aims"])
    func goalWords(_ line: String) {
        #expect(gradeAnswer("alliance-definition", line).covered == ["e3"], "\(line)")
    }

    @Test("'that means …' after a claim is read with it")
    func thatClaim() {
        let g = gradeAnswer("court-order-compliance", "she comes every single week. that means the order is working.")
        #expect(g.misconceptions == ["m1"], "\(g)")
        let denied = gradeAnswer("court-order-compliance", "he shows up every week. that's not the same as engaging.")
        #expect(denied.misconceptions.isEmpty, "\(denied)")
    }

    @Test("a prohibition denies the deed it names, a denied one allows it")
    func prohibition() {
        #expect(gradeAnswer("gift-boundary", "counselors are banned from taking any gifts").misconceptions == ["m1"])
        #expect(
            gradeAnswer("recovery-disclosure", "counselors are not forbidden to share a little").misconceptions.isEmpty)
    }

    @Test("an 'it' a verb of judging ranks first is the question's topic ranked first")
    func judgedFirst() {
        #expect(
            gradeAnswer("insurance-secondary", "I'd consider it the single biggest factor in recovery").misconceptions
                == ["m1"])
        #expect(gradeAnswer("insurance-secondary", "I'd consider it a minor factor").misconceptions.isEmpty)
    }

    @Test(
        "a guard raised is defensiveness, a guard let down is not",
        arguments: [
            ("she'd get her guard up fast", true), ("he would put up his guard", true),
            ("he'd let his guard down", false),
        ])
    func guardRaised(_ line: String, _ defensive: Bool) {
        #expect(gradeAnswer("confrontation-effect", line).covered.contains("e1") == defensive, "\(line)")
    }
}
