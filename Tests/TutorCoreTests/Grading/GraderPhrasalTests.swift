import Foundation
import Testing

@testable import TutorCore

/// Round 16's grader mechanisms, each pinned by lines in other words than the development
/// lines that showed it: phrasal verbs of small words, senses that turn on what follows, a
/// pressure gone "out of the picture", a foil owned by the idea it is set against, the reach
/// of "rather than", a claim hedged by a closing "idk", the client said by a pronoun, named
/// feelings and past forms the stemmer leaves apart.
@Suite struct GraderPhrasalTests {
    let tutor = Fixtures.tutor

    func grade(_ question: String, _ answer: String) -> Grade {
        tutor.grader.grade(questionID: question, analysis: tutor.analyzer.analyze(answer))!
    }

    @Test(arguments: [
        "I won't take my frustration out on him",
        "i'd be careful not to take things out on the client",
    ])
    func takingItOutOnTheClientDeniedIsNotActingItOut(_ line: String) {
        #expect(grade("irritated-counselor", line).covered == ["e2"], "\(grade("irritated-counselor", line))")
    }

    @Test(arguments: [
        "an experienced therapist can read people fine without any questionnaire",
        "she reads the room well, the ratings add nothing",
    ])
    func readingTheRoomIsTellingWithoutAsking(_ line: String) {
        #expect(grade("fit-why", line).misconceptions == ["m2"], "\(grade("fit-why", line))")
    }

    @Test func readingAboutACultureIsNoReadingOfTheClient() {
        let g = grade("fit-why", "i read about it in a book, clients can flag problems early")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test(arguments: [
        "once probation is out of the picture he'll be gone",
        "when the court is out of his hair he stops showing up",
    ])
    func aPressureOutOfThePictureIsTheOrderEnding(_ line: String) {
        #expect(
            grade("court-order-compliance", line).covered.contains("e3"), "\(grade("court-order-compliance", line))")
    }

    @Test(arguments: [
        "coverage has nothing to do with how treatment itself goes",
        "the plan has nothing to do with how therapy goes once they're in",
    ])
    func howTreatmentGoesIsItsExperience(_ line: String) {
        #expect(grade("insurance-secondary", line).covered.contains("e2"), "\(grade("insurance-secondary", line))")
    }

    @Test(arguments: ["therapy will do squat for him", "the meetings won't do a thing for him"])
    func doingNothingInEverydayWordsIsNoEffect(_ line: String) {
        #expect(grade("court-order-compliance", line).covered == ["e3"], "\(grade("court-order-compliance", line))")
    }

    @Test(arguments: [
        "she'd text her counselor rather than sitting alone with the craving",
        "he'd ring the counselor instead of sitting alone in his room",
    ])
    func theFoilOfReachingOutIsNoSecondIdeaNorADeniedCraving(_ line: String) {
        let g = grade("relapse-reach-out", line)
        #expect(g.covered == ["e1"], "\(g)")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test func anIdeaWithoutAFoilLeavesWhatItReplacesToTheOthers() {
        let g = grade("collaborative-goals", "they feel ownership rather than being passive")
        #expect(g.covered == ["e1", "e2"], "\(g)")
    }

    @Test(arguments: ["treat them like a friend i dunno", "they should feel safe idk"])
    func aClaimHedgedByAClosingDontKnowIsAnAttempt(_ line: String) {
        #expect(grade("build-trust", line).verdict != .dontKnow, "\(grade("build-trust", line))")
    }

    @Test(arguments: ["i always mix these up, dunno", "me no know"])
    func notKnowingAboutOnesOwnStateStaysADontKnow(_ line: String) {
        #expect(grade("build-trust", line).verdict == .dontKnow, "\(grade("build-trust", line))")
    }

    @Test(arguments: ["B, since it reflects her sadness", "B, it names what he is going through"])
    func theClientsFeelingsByAPronounOrByName(_ line: String) {
        #expect(grade("which-is-empathic", line).covered == ["e1", "e2"], "\(grade("which-is-empathic", line))")
    }

    @Test(arguments: ["my cousin fought back and quit coming", "my brother dug in his heels"])
    func pastFormsTheStemmerLeavesApartAreTheirVerb(_ line: String) {
        #expect(grade("confrontation-effect", line).covered.contains("e1"), "\(grade("confrontation-effect", line))")
    }

    @Test func theSameCrewIsAPartnership() {
        #expect(grade("alliance-definition", "counselor and client on the same crew").covered == ["e1"])
    }

    @Test(arguments: ["no money, no treatment", "insurance is the main factor, no money no treatment"])
    func noXNoYIsOneThingNeededForAnother(_ line: String) {
        #expect(grade("insurance-secondary", line).covered == ["e1"], "\(grade("insurance-secondary", line))")
    }

    @Test(arguments: ["it mostly affects who gets in the door", "coverage only matters for getting in"])
    func gettingInIsAccess(_ line: String) {
        #expect(grade("insurance-secondary", line).covered == ["e1"], "\(grade("insurance-secondary", line))")
    }

    @Test func gettingInTouchIsNoAccess() {
        #expect(grade("insurance-secondary", "it only affects getting in touch").covered.isEmpty)
    }

    @Test(arguments: [
        ("court-order-compliance", "once the mandate done he'll leave", "e3"),
        ("confrontation-effect", "they'll ghost the program", "e2"),
        ("which-is-empathic", "B, because it says what they are feeling", "e2"),
        ("alliance-definition", "a partnership aiming at the same treatment targets", "e3"),
        ("cultural-humility-ask", "check what i am assuming about them", "e1"),
    ])
    func everydayWordsForAnIdea(_ question: String, _ line: String, _ idea: String) {
        #expect(grade(question, line).covered.contains(idea), "\(grade(question, line))")
    }

    @Test func aSayInSomethingIsNoNaming() {
        #expect(grade("which-is-empathic", "B gives her a say in what they talk about").covered == ["e1"])
    }

    @Test func aNegatedJudgementsSubjectStopsAtItsAndAtACondition() {
        let g = grade("fit-why", "you adjust the approach if its not helping")
        #expect(g.covered == ["e3"], "\(g)")
    }
}
