import Testing

@testable import TutorCore

/// Round 28's grading, in other words than the development lines that showed it.
/// - Who stays: a staying said of the connected client or of the counselor is not the
///   family-pressure belief (`Grader+OtherStayer`); said of the pushed client it still is.
/// - Getting someone in (in, started, through the door, to intake) is entry; being there
///   because one must or for the judge is attending because of the court; "little will change"
///   denies the change (`Grader+EntryFrames`).
/// - "Substance abuse" is use, paying said slow or late is no access (`Grader+Compounds`); "you"
///   joined to the client is the counselor (`Grader+AddressedCounselor`); caring denied about
///   imposed goals is ownership (`Grader+ImposedGoals`); a ranking "it" with nothing before it
///   stands for the question's topic (`Grader+TopicIt`); a condition ends where a negation or
///   modal follows its noun (`Grader+ConditionEnds`); not knowing in Tagalog with its particles
///   (`Grader+DontKnowAsTyped`); an infinitive named to condemn it (`Grader+CondemnedInfinitive`).
@Suite struct GraderRoundTwentyEightTests {
    @Test(
        "a staying said of the connected client or the counselor is not the family-pressure belief",
        arguments: [
            "the guy with the real bond is the one who stays, pushing only gets a person as far as intake",
            "the therapist who gets on with the parents will stay on the case longer",
            "the connected one stays, pressure just shoves you through the door",
        ])
    func otherStayer(_ line: String) {
        let g = gradeAnswer("family-pressure-retention", line)
        #expect(g.misconceptions.isEmpty, "\(line): \(g)")
    }

    @Test(
        "a staying said of the pushed client, or made by the family, is still the belief",
        arguments: [
            "the pushed one stays because his family never lets up", "his family makes him stay",
            "family pressure is enough to keep them there",
        ])
    func pushedStayer(_ line: String) {
        #expect(gradeAnswer("family-pressure-retention", line).misconceptions == ["m1"], "\(line)")
    }

    @Test(
        "getting someone in, started or to intake is entry",
        arguments: [
            ("insurance-secondary", "coverage just lets people in", "e1"),
            ("insurance-secondary", "the plan gets folks started", "e1"),
            ("family-pressure-retention", "his parents can drag him to intake but they can't make him care", "e2"),
        ])
    func entry(_ question: String, _ line: String, _ idea: String) {
        #expect(gradeAnswer(question, line).covered.contains(idea), "\(line)")
    }

    @Test(
        "getting in the way, or getting someone to open up, is no entry",
        arguments: ["it gets in the way of the relationship", "insurance gets them to open up"])
    func noEntry(_ line: String) {
        #expect(!gradeAnswer("insurance-secondary", line).covered.contains("e1"), "\(line)")
    }

    @Test("being there for the judge is complying; being there to get better is not")
    func outsideReason() {
        #expect(gradeAnswer("court-order-compliance", "he sits there for the judge, not for himself").covered == ["e1"])
        #expect(gradeAnswer("court-order-compliance", "he's there because he wants to get better").covered.isEmpty)
    }

    @Test("little will change denies the change")
    func littleChange() {
        let g = gradeAnswer("court-order-compliance", "so little will change for him")
        #expect(g.covered == ["e3"] && g.misconceptions.isEmpty, "\(g)")
    }

    @Test("drug abuse records are no reportable abuse; elder abuse is")
    func substanceAbuse() {
        #expect(
            gradeAnswer("confidentiality-promise", "drug abuse records fall under their own federal rule").covered == [
                "e3"
            ])
        #expect(gradeAnswer("confidentiality-promise", "elder abuse has to be reported").covered == ["e2"])
    }

    @Test("an insurer paying late is no access; paying for treatment is")
    func slowPayment() {
        #expect(gradeAnswer("insurance-secondary", "because the insurer pays so late").covered.isEmpty)
        #expect(gradeAnswer("insurance-secondary", "insurance pays for treatment").covered == ["e1"])
    }

    @Test("you joined to the client is the counselor; a you alone is not")
    func addressedCounselor() {
        #expect(gradeAnswer("alliance-definition", "the bond between you and your patient").covered.contains("e1"))
        #expect(gradeAnswer("alliance-definition", "you listen to your patient").covered.isEmpty)
    }

    @Test("not caring about goals handed to them is ownership; not caring at all is not")
    func imposedGoals() {
        #expect(gradeAnswer("collaborative-goals", "clients won't care about goals handed to them").covered == ["e1"])
        #expect(gradeAnswer("collaborative-goals", "they don't care about the goals at all").covered.isEmpty)
    }

    @Test("a ranking it with nothing before it is the question's topic; with a subject before, it is that")
    func topicIt() {
        #expect(
            gradeAnswer("insurance-secondary", "honestly it's the number one thing for getting better").misconceptions
                == ["m1"])
        #expect(
            gradeAnswer("insurance-secondary", "the alliance is what matters, it's the most important thing")
                .misconceptions.isEmpty)
    }

    @Test(
        "not knowing in Tagalog with its particles, and declining to say, is a don't-know",
        arguments: ["hindi ko po alam", "wala po akong idea", "hindi ko po talaga alam ito", "I really couldn't say"])
    func dontKnow(_ line: String) {
        #expect(gradeAnswer("lapse-wedding", line).verdict == .dontKnow, "\(line)")
    }

    @Test("refusing named to condemn it holds no misconception; refusing recommended does")
    func condemnedInfinitive() {
        #expect(gradeAnswer("gift-boundary", "in my country to refuse a gift is an insult").misconceptions.isEmpty)
        #expect(gradeAnswer("gift-boundary", "you should refuse the card").misconceptions == ["m1"])
    }
}
