import Testing

@testable import TutorCore

/// Round 32, inside a session, in words of our own: a quiz request that tells a scene opens the
/// question whose words the scene uses, though the matcher read first a concept whose
/// situation only shares the scene's frame; a line the matcher is sure is one of the
/// conversation's own requests is never credited by the graded answers; after the tutor closed
/// a question, a statement with a question word inside it, or opening on a negated auxiliary,
/// is more of the answer. Lines of the same shapes that do something else keep their reading.
@Suite struct DialogueRoundThirtyTwoTests {
    /// A scene told in a quiz request: the question whose text holds the scene's word.
    @Test(
        "a quiz request that tells a scene",
        arguments: [
            "Ask me about a client that wants to know if I am in recovery myself",
            "quiz me on a client who wants to know if his counselor is in recovery",
            "test me on the one where a client wants to know if the counselor is in recovery",
        ])
    func quizRequestTellsAScene(_ line: String) {
        var s = DialogueSession()
        let r = s.say(line)
        #expect(r.match?.intent == .quiz, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == "recovery-disclosure", "\(line): \(String(describing: s.state.open?.id))")
    }

    /// The reordering read directly: a first concept named by a term keeps its place, and so
    /// does one whose own questions share the scene.
    @Test func sceneConceptOrder() {
        let t = Fixtures.tutor
        let line = t.analyzer.analyze("ask me about a client who wants to know if I'm in recovery")
        var told = MatchResult(
            intent: .quiz, concepts: ["feedback-informed-treatment", "counselor-self-disclosure"], confidence: 1)
        told.basis.told = [.init(concept: "feedback-informed-treatment", stems: ["want", "know"])]
        #expect(t.conceptsByTheScene(told, line).first == "counselor-self-disclosure")
        var named = told
        named.basis.named = [.init(concept: "feedback-informed-treatment", stems: ["feedback"])]
        #expect(t.conceptsByTheScene(named, line).first == "feedback-informed-treatment")
        let rated = t.analyzer.analyze("ask me about a client who wants to know how we rate each session")
        #expect(t.conceptsByTheScene(told, rated).first == "feedback-informed-treatment")
        let alone = MatchResult(intent: .quiz, concepts: ["counselor-self-disclosure"], confidence: 1)
        #expect(t.conceptsByTheScene(alone, line) == ["counselor-self-disclosure"])
    }

    /// A leave-taking, thanks or a request for the next question while a question is open: the
    /// request, never an answer the graded answers lend an idea to.
    @Test(
        "the conversation's own request is never credited by the graded answers",
        arguments: [
            "ok gotta run, bye",
            "alright I have to head out now, bye",
            "ok thanks, I'm off, see ya",
        ])
    func ownRequestNotCredited(_ line: String) {
        var s = DialogueSession.opened("unconditional positive regard", expecting: "upr-not-approval")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
    }

    /// The rule read directly: sure conversational requests lend nothing; content questions,
    /// feelings, lines out of scope and unsure requests may be answers.
    @Test func exemplarsLendShape() {
        #expect(!Tutor.exemplarsMayLend(to: MatchResult(intent: .goodbye, concepts: [], confidence: 1)))
        #expect(!Tutor.exemplarsMayLend(to: MatchResult(intent: .harder, concepts: [], confidence: 0.95)))
        #expect(Tutor.exemplarsMayLend(to: MatchResult(intent: .thanks, concepts: [], confidence: 1)))
        #expect(Tutor.exemplarsMayLend(to: MatchResult(intent: .goodbye, concepts: [], confidence: 0.5)))
        #expect(Tutor.exemplarsMayLend(to: MatchResult(intent: .feelings, concepts: [], confidence: 1)))
        #expect(Tutor.exemplarsMayLend(to: MatchResult(intent: .outOfScope, concepts: [], confidence: 1)))
        #expect(Tutor.exemplarsMayLend(to: MatchResult(intent: .define, concepts: ["trust"], confidence: 1)))
    }

    /// After the tutor closed the question with a complete answer, the learner goes on with a
    /// statement that holds a question word inside it, or that opens on a negated auxiliary:
    /// graded against the question just closed.
    @Test(
        "more of the answer after the close",
        arguments: [
            "Doesn't mean I'm okay with what he did, mind you.",
            "Isn't the same as approving what she did, though.",
            "but I am not telling her what she did was fine",
        ])
    func moreAfterTheClose(_ line: String) {
        var s = DialogueSession.opened("unconditional positive regard", expecting: "upr-not-approval")
        s.say("I accept him fully as a person, no judging him")
        s.say("and I'd tell him he seems weighed down by shame")
        #expect(s.state.open == nil, "the question should have closed")
        let r = s.say(line)
        #expect(r.grade?.question == "upr-not-approval", "\(line): \(String(describing: r.grade))")
        #expect(r.grade?.covered.contains("e2") == true, "\(line): \(String(describing: r.grade))")
    }

    /// The shape read directly: a question word opening its clause asks; one inside a
    /// statement does not.
    @Test func questionWordInPlace() {
        let a = Fixtures.tutor.analyzer
        let asking = Tutor.askingWords
        for line in ["what does he do then", "ok so how would that work", "and why is that", "fine. but what now"] {
            #expect(LineForm.questionWordOpensItsClause(a.analyze(line), asking), "\(line)")
        }
        for line in [
            "I'd ask him what his wife noticed", "reflect back how hard it is for her",
            "doesnt mean I approve what he did", "just say why you want to know",
        ] {
            #expect(!LineForm.questionWordOpensItsClause(a.analyze(line), asking), "\(line)")
        }
    }

    /// After the close, a question about the topic stays a question: not graded.
    @Test(
        "a question after the close is no answer",
        arguments: [
            "so what does congruence mean then?",
            "doesn't that just mean being nice?",
        ])
    func questionAfterTheClose(_ line: String) {
        var s = DialogueSession.opened("unconditional positive regard", expecting: "upr-not-approval")
        s.say("I accept him fully as a person, no judging him")
        s.say("and I'd tell him he seems weighed down by shame")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
    }

    /// A side request pointing back at the open question by a pronoun, whose only named word
    /// is one beside the people in every scene ("real" of a term about clients): about the open
    /// question's concept.
    @Test(
        "a side request pointing back at the question",
        arguments: [
            "could u show me what that looks like with a real patient",
            "hold on can you show me how that looks w a real client",
            "wait, show me what that looks like with a real client",
        ])
    func pointsBackAtTheQuestion(_ line: String) {
        var s = DialogueSession.opened("court orders", expecting: "court-order-compliance")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(r.match?.intent == .example, "\(line): \(String(describing: r.match))")
        #expect(r.match?.concepts.first == "court-orders", "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == "court-order-compliance")
    }

    /// A topic named by its own name keeps its place, pronoun or not.
    @Test(
        "a side request naming its topic keeps it",
        arguments: [
            "show me what congruence looks like with a real client",
            "pls show me what this looks like with a genuine client",
        ])
    func namedTopicKept(_ line: String) {
        var s = DialogueSession.opened("court orders", expecting: "court-order-compliance")
        let r = s.say(line)
        #expect(r.match?.concepts.first == "congruence", "\(line): \(String(describing: r.match))")
    }

    /// One word of a concept's own name ("shame" of guilt and shame) names it outright: a pronoun
    /// elsewhere in the line does not hand the request to the open question.
    @Test func wordOfItsNameKept() {
        var s = DialogueSession.opened("court orders", expecting: "court-order-compliance")
        let r = s.say("wait, why is shame bad, it gets him moving")
        #expect(r.match?.concepts.first == "guilt-and-shame", "\(String(describing: r.match))")
    }
}
