import Testing

@testable import TutorCore

/// Round 27's grading, in other words than the development lines that showed it.
/// - A contrast whose second half opens on its verb, or on "it" or "that" for the first half's
///   subject, denies something of that subject: "pressure gets them in but it doesn't last" says
///   the pressure does not last (`Grader+SameSubject`). A second half with a subject of its own,
///   or one that goes on to say something unnegated, stays apart.
/// - "I don't know" in more of the languages learners type a word or two of.
/// - Trouble or issues said to lie in a relationship are a problem in it; "not just along for
///   the ride" is not passive (`Grader+Trouble`).
@Suite struct GraderRoundTwentySevenTests {
    @Test(
        "trouble placed in the relationship is a problem in it",
        arguments: [
            "this is trouble between him and me, not about the alcohol",
            "we've got issues in our relationship right now",
        ])
    func troubleInRelationship(_ line: String) {
        #expect(gradeAnswer("discord-reply", line).covered.contains("e1"), "\(line)")
    }

    @Test("trouble with a substance is no trouble in the relationship")
    func troubleElsewhere() {
        #expect(gradeAnswer("discord-reply", "he has trouble with his drinking").covered.isEmpty)
    }

    @Test("ratings that bring out trouble in the relationship flag it")
    func flaggedTrouble() {
        let g = gradeAnswer("fit-why", "it lets clients point out trouble in the relationship early")
        #expect(g.covered.contains("e2"), "\(g)")
    }

    @Test(
        "not just along for the ride is taking part",
        arguments: [
            "the client isn't just along for the ride", "they are part of it, not merely along for the ride",
        ])
    func notAlongForTheRide(_ line: String) {
        #expect(gradeAnswer("collaborative-goals", line).covered.contains("e2"), "\(line)")
    }

    @Test("along for the ride, said plainly, is no active part")
    func alongForTheRide() {
        #expect(gradeAnswer("collaborative-goals", "the client is along for the ride").covered.isEmpty)
    }

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
