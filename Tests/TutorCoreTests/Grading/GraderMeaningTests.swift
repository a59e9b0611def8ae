import Foundation
import Testing

@testable import TutorCore

/// The grader reads meaning and context (issue #14): negation scope, don't-know versus an
/// attempt, a cloze completed by a short reply, a misconception in its own words, and who
/// does what. Each test quotes a line testers typed.
@Suite struct GraderMeaningTests {
    let tutor = Fixtures.tutor

    func grade(_ question: String, _ answer: String, context: String? = nil) -> Grade {
        tutor.grader.grade(questionID: question, analysis: tutor.analyzer.analyze(answer), context: context)!
    }

    @Test func itIsNotXItIsYNegatesOnlyXAndAssertsY() {
        let g = grade("confrontation-effect", "it's not that they lose trust, they just need to hear the truth")
        #expect(g.covered.isEmpty, "\(g)")
        #expect(g.misconceptions == ["m1"], "\(g)")
        #expect(g.verdict == .misconception)
    }

    @Test func aGradeHoldingAMisconceptionIsNeverCorrect() {
        let g = grade(
            "confrontation-effect",
            "they get defensive, stop coming and feel judged, but it breaks through their denial")
        #expect(g.misconceptions == ["m1"], "\(g)")
        #expect(g.verdict == .misconception)
    }

    @Test(arguments: [
        "it doesnt change whats happening in the sessions",
        "nothing, insurance has nothing to do with how the sessions go",
    ])
    func sayingInsuranceLeavesTheSessionsAloneCoversE2(_ line: String) {
        let g = grade("insurance-secondary", line)
        #expect(g.covered == ["e2"], "\(g)")
        #expect(g.verdict == .partial)
    }

    @Test func aShortReplyCompletesTheTutorsCloze() {
        let cloze = "Insurance does not shape the therapeutic …"
        #expect(grade("insurance-secondary", "relationship", context: cloze).covered == ["e2"])
        #expect(grade("insurance-secondary", "relationship").covered.isEmpty)
        // A reply that does not fill the blank is not credited with the prompt's own words.
        #expect(grade("insurance-secondary", "pizza", context: cloze).covered.isEmpty)
    }

    @Test func aMisconceptionInItsOwnWordsIsFound() {
        let g = grade(
            "insurance-secondary", "i mean insurance coverage is the most important factor in treatment success")
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    @Test(arguments: ["be nice to them", "be friendly i guess"])
    func aVagueAttemptIsGradedAsAnAttempt(_ line: String) {
        let g = grade("build-trust", line)
        #expect(g.verdict == .incorrect, "\(g)")
        #expect(tutor.grader.isAttempt(tutor.analyzer.analyze(line)))
    }

    @Test func thanksIsNotAnAttempt() {
        #expect(!tutor.grader.isAttempt(tutor.analyzer.analyze("thanks!")))
        #expect(!tutor.grader.isAttempt(tutor.analyzer.analyze("what is trust?")))
    }

    @Test func aHedgedAnswerIsAnAnswerAndABareNoIdeaIsADontKnow() {
        #expect(grade("build-trust", "I'm not sure but maybe listen to them without judging").covered == ["e1"])
        #expect(grade("build-trust", "I'm not sure but maybe give them a snack").verdict == .incorrect)
        #expect(grade("build-trust", "no idea").verdict == .dontKnow)
        #expect(grade("relapse-reach-out", "no clue honestly").verdict == .dontKnow)
        #expect(grade("build-trust", "can you give me a hint").verdict == .dontKnow)
    }

    @Test func whoDoesWhatMatters() {
        #expect(grade("confrontation-effect", "the client gets defensive").covered == ["e1"])
        #expect(grade("confrontation-effect", "the counselor gets defensive").covered.isEmpty)
    }

    @Test func theMisconceptionsWordsAreNotAlsoCreditedAsAnExpectation() {
        let g = grade("alliance-definition", "it's when the patient and their family agree on the treatment goals")
        #expect(g.covered.isEmpty, "\(g)")
        #expect(g.misconceptions == ["m2"])
    }

    @Test func aNegativeQuestionDoesNotNegate() {
        let g = grade("alliance-definition", "isn't it the code of ethics therapists follow")
        #expect(g.misconceptions == ["m3"], "\(g)")
    }
}

/// The dialogue around the grader: it never praises over a misconception, and a vague
/// attempt while a question is open is graded, not taken for thanks.
@Suite struct DialogueGradingTests {
    @Test func aMisconceptionIsCorrectedFirstAndTheAnswerIsNotComplete() {
        var s = DialogueSession()
        s.say("test me on confrontation")
        s.say("they get defensive")
        s.say("and they stop coming")
        let r = s.say("they feel judged, but honestly they need a wake-up call to break their denial")
        #expect(r.grade?.misconceptions == ["m1"], "\(String(describing: r.grade))")
        #expect(r.reply.hasPrefix("A common trap"), "\(r.reply)")
        #expect(!r.reply.contains("Well done"), "\(r.reply)")
    }

    @Test func aVagueAttemptIsGradedNotThanked() {
        var s = DialogueSession()
        s.say("quiz me on building trust")
        let r = s.say("be nice to them")
        #expect(r.grade?.question == "build-trust", "\(r.reply)")
        #expect(r.openQuestion == "build-trust")
    }

    @Test func relationshipCompletesTheClozeInTheDialogue() {
        var s = DialogueSession()
        s.say("quiz me on insurance")
        s.say("it lets them afford it")
        s.say("i guess it matters a lot")  // an attempt that covers nothing ("hmm" is thinking, not graded)
        let prompt = s.say("no idea")
        #expect(prompt.reply.contains("Insurance does not shape the therapeutic …"), "\(prompt.reply)")
        let r = s.say("relationship")
        #expect(r.grade?.covered == ["e2"], "\(String(describing: r.grade))")
    }
}
