import Testing

@testable import TutorCore

/// Round 27's grading, in other words than the development lines that showed it.
/// - A contrast whose second half opens on its verb, or on "it" or "that" for the first half's
///   subject, denies something of that subject: "pressure gets them in but it doesn't last" says
///   the pressure does not last (`Grader+SameSubject`). A second half with a subject of its own,
///   or one that goes on to say something unnegated, stays apart.
/// - "I don't know" in more of the languages learners type a word or two of.
@Suite struct GraderRoundTwentySevenTests {
    @Test(
        "a denial after a contrast with no subject of its own is said of the first half's subject",
        arguments: [
            "pushing from relatives gets him to go but it does not last",
            "insisting can bring a person in but it doesn't stick",
            "pressure makes them show up but never makes them stay",
            "the family's pressure brings him in but does not last long",
            "his mother's nagging got him to come but it will not last",
            "family pressure gets a person in, but doesnt make them stay",
        ])
    func sameSubjectDenial(_ line: String) {
        let g = gradeAnswer("family-pressure-retention", line)
        #expect(g.covered.contains("e2"), "\(line): \(g)")
        #expect(g.misconceptions.isEmpty, "\(line): \(g)")
    }

    @Test(
        "a second half with its own subject, or saying something unnegated, stays apart",
        arguments: [
            "well insurance matters for getting in and paying, but it's not what shapes the sessions, the relationship is",
            "coverage decides who gets in, but the relationship decides who gets better",
            "insurance pays for treatment but it does not change how the sessions go",
        ])
    func otherSubject(_ line: String) {
        let g = gradeAnswer("insurance-secondary", line)
        #expect(g.misconceptions.isEmpty, "\(line): \(g)")
        #expect(g.verdict == .correct, "\(line): \(g)")
    }

    @Test("a stay said of the connected client after the pressure's denial holds no belief in pressure")
    func connectedStays() {
        let g = gradeAnswer(
            "family-pressure-retention", "the bonded one stays. pressure gets you to the door but it won't last")
        #expect(g.misconceptions.isEmpty, "\(g)")
        #expect(g.covered.contains("e2"), "\(g)")
    }

    @Test(
        "not knowing in more languages",
        arguments: [
            "geen flauw idee", "ik weet niet", "eg veit ekki", "jeg vet ikke", "jeg ved det ikke", "ingen aning",
            "en tieda", "ma ei tea", "nem tudom", "nu stiu", "ne znam, sorry", "nemam pojma", "den xero", "nuk e di",
            "sijui", "angazi", "nemidoonam", "lo yodea", "ami jani na", "thaha chaina", "m pa konnen", "ez dakit",
        ])
    func foreignDontKnow(_ line: String) {
        #expect(gradeAnswer("alliance-definition", line).verdict == .dontKnow, "\(line)")
    }

    @Test("a word of another language's not knowing inside an answer does not make it one")
    func answerStaysAnswer() {
        let g = gradeAnswer("alliance-definition", "trust and respect between counselor and client")
        #expect(g.verdict != .dontKnow)
    }
}
