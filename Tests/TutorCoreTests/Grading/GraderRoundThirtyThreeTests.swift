import Testing

@testable import TutorCore

/// Round 33's grading, in words of our own:
/// - an opening "I see" acknowledges the tutor and holds no belief in seeing
///   (`Grader+Acknowledgement`);
/// - a refused alternative ("not sit at home alone", "instead of brooding alone") belongs to
///   the act it is refused for, and its word credits no idea of its own
///   (`Grader+RefusedAlternative`);
/// - a condition put first after a linking word ("so if…", "and when…") is the cause of the
///   relation it opens, not a claim of its own (`Grader+SentenceOpeners`);
/// - a fronted object taken up by "that bit" or a relative "which" is denied with its verb
///   (`Grader+FrontedObjectTakenUp`);
/// - a denied verb of noticing with an object misses that object (`Grader+UnnoticedThing`).
@Suite struct GraderRoundThirtyThreeTests {
    @Test(
        "an opening 'I see' is no belief in seeing",
        arguments: [
            "oh i see, so therapists often overlook a client sliding backwards",
            "okay I see. Many counselors miss it when someone gets worse",
            "ah I see now: counselors often miss the ones going downhill",
        ])
    func acknowledgement(_ line: String) {
        let g = gradeAnswer("fit-why", line)
        #expect(g.misconceptions.isEmpty && g.covered == ["e1"], "\(line): \(g)")
    }

    @Test(
        "a seeing that is said of the counselor is still the belief",
        arguments: [
            "I see him as the expert, he can tell without asking", "a good counselor can see it without asking",
        ])
    func seeingStillHeld(_ line: String) {
        #expect(gradeAnswer("fit-why", line).misconceptions == ["m2"], "\(line)")
    }

    @Test(
        "a refused alternative's word belongs to the act",
        arguments: [
            "he phones his counselor, not sit at home alone",
            "instead of brooding alone at home, she calls her counselor",
            "he calls his sponsor, not wait it out alone",
            "she texts the counselor and not drink alone",
        ])
    func refusedAlternative(_ line: String) {
        let g = gradeAnswer("relapse-reach-out", line)
        #expect(g.covered == ["e1"], "\(line): \(g)")
    }

    @Test(
        "a state denied outright is still its idea",
        arguments: ["he calls the counselor, he knows he is not alone", "reach out, not alone"])
    func stateDenied(_ line: String) {
        #expect(gradeAnswer("relapse-reach-out", line).covered == ["e1", "e2"], "\(line)")
    }

    @Test("a thing denied after a determiner is still denied")
    func thingDenied() {
        let g = gradeAnswer("insurance-secondary", "it only decides who can pay to get in, not the actual relationship")
        #expect(g.covered == ["e1", "e2"], "\(g)")
    }

    @Test(
        "a condition after a linking word is the relation's cause",
        arguments: [
            "so if you trust your counselor, you open up more",
            "but once they trust the counselor, they engage",
            "And when she trusts the counselor, she opens up",
            "well, if he trusts his counselor, he engages more",
        ])
    func linkedCondition(_ line: String) {
        #expect(gradeAnswer("family-pressure-retention", line).covered == ["e3"], "\(line)")
    }

    @Test("a condition whose effect is staying names who stays")
    func conditionOfStaying() {
        let g = gradeAnswer("family-pressure-retention", "and when he trusts the counselor, he stays")
        #expect(g.covered.contains("e1"), "\(g)")
    }

    @Test(
        "a fronted object taken up by 'that bit' or 'which' is denied",
        arguments: [
            "the bond, which insurance can't touch",
            "the relationship, insurance dont touch that part",
            "the connection, insurance does not shape that bit",
        ])
    func frontedObjectTakenUp(_ line: String) {
        #expect(gradeAnswer("insurance-secondary", line).covered == ["e2"], "\(line)")
    }

    @Test(
        "a 'which' that is a subject takes nothing up",
        arguments: ["insurance, which doesn't shape much", "the relationship, which does not matter to insurers"])
    func relativeSubject(_ line: String) {
        #expect(gradeAnswer("insurance-secondary", line).covered.isEmpty, "\(line)")
    }

    @Test(
        "a denied noticing with an object misses it",
        arguments: [
            "clinicians often don't detect decline",
            "many therapists never realize the deterioration",
            "counselors fail to catch a downward slide",
            "counselors never catch the deterioration on their own",
        ])
    func unnoticed(_ line: String) {
        let g = gradeAnswer("fit-why", line)
        #expect(g.covered == ["e1"] && g.misconceptions.isEmpty, "\(line): \(g)")
    }

    /// The rereading itself: the verb is "miss", the object keeps its own polarity; with no
    /// object the denial stands.
    @Test func unnoticedReading() {
        let a = Fixtures.tutor.analyzer
        var tokens = a.analyze("they fail to detect deterioration").tokens
        Grader.readUnnoticed(&tokens, a)
        let verb = tokens.first { $0.typed == "detect" }!
        #expect(verb.stem == a.stem("miss") && !verb.negated)
        #expect(tokens.first { $0.typed == "deterioration" }.map { !$0.negated } == true)
        var bare = a.analyze("she didn't notice").tokens
        Grader.readUnnoticed(&bare, a)
        #expect(bare.first { $0.typed == "notice" }.map { $0.negated && $0.stem != a.stem("miss") } == true)
    }
}
