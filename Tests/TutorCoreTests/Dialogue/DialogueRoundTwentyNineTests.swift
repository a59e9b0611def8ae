import Testing

@testable import TutorCore

/// Round 29, inside a session, in other words than the development lines that showed them: a
/// request for a question that is only part of its line (after a lead-in, before an
/// instruction, hedged, "X one. go"), or an offer to try the defining, opens the question; a
/// term asked with "what" left at the end, confusion then a term, a doubt after a pause, the
/// learner's strain told by the body, "don't get it" before a request, a demonstration asked
/// for and a question about the certification exam are answered beside the open question; a
/// forgotten answer is a don't-know; a feeling imagined in the scene and the learner's reply to
/// the client quoted are answers. Lines of the same shapes that do something else keep their
/// reading.
@Suite struct DialogueRoundTwentyNineTests {
    /// A request for a question, after a lead-in or before an instruction, or hedged, opens it.
    @Test(
        "a request in a part of the line opens its question",
        arguments: [
            ("Go ahead, ask me about the client who slipped at a wedding", "lapse-wedding"),
            ("Do the wedding beers one. Quick.", "lapse-wedding"),
            ("perhaps the grieving client one", "which-is-empathic"),
            ("boundaries one. go", "gift-boundary"),
            ("Hit me with the one about the client who gets on your nerves", "irritated-counselor"),
            ("Pose the question about a client who snaps at the counselor", "discord-reply"),
        ])
    func requestInAPart(_ line: String, _ id: String) {
        var s = DialogueSession()
        let r = s.say(line)
        #expect(r.match?.intent == .quiz, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == id, "\(line): \(r.moves)")
    }

    /// The learner's offer to do the defining or explaining asks for the question that tests it.
    @Test(
        "an offer to attempt opens the question",
        arguments: [
            ("let me have a go at explaining countertransference", "irritated-counselor"),
            ("I'd like one more try at defining unconditional positive regard", "upr-not-approval"),
        ])
    func offerToAttempt(_ line: String, _ id: String) {
        var s = DialogueSession()
        s.say(line)
        #expect(s.state.open?.id == id, "\(line)")
    }

    /// Near cases: the tutor asked to explain, a how-to, a question after a lead-in, "go ahead" alone.
    @Test(
        "lines that ask the tutor open no question",
        arguments: [
            "can you try explaining countertransference",
            "let me try explaining confidentiality to the client",
            "Sure, what is harsh confrontation?",
            "go ahead",
        ])
    func noQuestionOpened(_ line: String) {
        var s = DialogueSession()
        let r = s.say(line)
        #expect(s.state.open == nil, "\(line): \(r.moves)")
        #expect(r.match?.intent != .quiz, "\(line)")
    }

    /// Asked beside the open question, never graded.
    @Test(
        "side questions and feelings are answered beside the question",
        arguments: [
            ("trust", "build-trust", "hold on, rapport here means what exactly?"),
            ("trust", "build-trust", "im confused what does rapport even mean"),
            ("trust", "build-trust", "these practice questions are giving me headaches"),
            ("trust", "build-trust", "studying this stuff makes me want to pull my hair out"),
            ("trust", "build-trust", "Is this heavily tested on the NCAC examination?"),
            ("trust", "build-trust", "Don't get it. Explain the question."),
            ("empathy", "empathy-effect", "wait show me what empathy sounds like"),
            (
                "limits of confidentiality", "confidentiality-promise",
                "hang on, why wouldn't I just promise that? my uncle kept every secret"
            ),
        ])
    func besideTheQuestion(_ topic: String, _ id: String, _ line: String) {
        var s = DialogueSession.opened(topic, expecting: id)
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(s.state.open?.id == id, "\(line)")
    }

    /// The learner's strain is a feeling, by its signs or a habit of mixing things up at exam
    /// time; mixing two terms up while answering is an answer.
    @Test func strainIsAFeeling() {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say("these practice questions are giving me headaches")
        #expect(r.match?.intent == .feelings, "\(String(describing: r.match))")
        var t = DialogueSession.opened("lapse", expecting: "lapse-wedding")
        let habit = t.say("honestly i always confuse these right before a test")
        #expect(habit.grade == nil, "\(String(describing: habit.grade))")
        let answer = t.say("i mix up lapse and relapse, a lapse is one slip")
        #expect(answer.grade?.question == "lapse-wedding", "\(answer.moves)")
    }

    /// Having forgotten what the question asks for is not knowing it, now; a habit is not.
    @Test(
        "a forgotten answer is a don't-know",
        arguments: ["Oh no, I've totally forgotten which one that is.", "hmm i cant remember the name of that stage"])
    func forgotten(_ line: String) {
        var s = DialogueSession.opened("stages of change", expecting: "precontemplation-response")
        let r = s.say(line)
        #expect(r.grade?.verdict == .dontKnow, "\(line): \(String(describing: r.grade))")
    }

    @Test func forgettingAsAHabitOrGoingOn() {
        var s = DialogueSession.opened("stages of change", expecting: "precontemplation-response")
        let habit = s.say("I always forget these on exams")
        #expect(habit.grade?.verdict != .dontKnow, "\(String(describing: habit.grade))")
        var t = DialogueSession.opened("stages of change", expecting: "precontemplation-response")
        let goingOn = t.say("I forgot to say, he is in precontemplation")
        #expect(goingOn.grade?.covered.contains("e1") == true, "\(String(describing: goingOn.grade))")
    }

    /// A feeling imagined in the scene, and the learner's reply to the client quoted: answers.
    @Test func imaginedFeelingIsAnAnswer() {
        var s = DialogueSession.opened("harsh confrontation", expecting: "confrontation-effect")
        s.say("he'd get defensive")
        let r = s.say("and it might not feel great")
        #expect(r.grade?.question == "confrontation-effect", "\(r.moves)")
        // The learner's own feeling, in the first person, stays a feeling.
        var t = DialogueSession.opened("harsh confrontation", expecting: "confrontation-effect")
        let own = t.say("i would feel awful")
        #expect(own.grade == nil, "\(own.moves)")
    }

    @Test func quotedReplyIsAnAnswer() {
        var s = DialogueSession.opened("limits of confidentiality", expecting: "confidentiality-promise")
        let r = s.say("I'd tell him, don't worry, nothing you say leaves this room")
        #expect(r.grade?.misconceptions == ["m1"], "\(String(describing: r.grade))")
    }

    /// Not following the question, after a word of another language, asks it again plainer;
    /// leaving for somewhere takes leave; going to someone answers.
    @Test func lostAndLeaving() {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let lost = s.say("Samahani, what exactly you are asking me?")
        #expect(lost.match?.intent == .simpler, "\(String(describing: lost.match))")
        #expect(lost.grade == nil)
        let leaving = s.say("alright, I must get back to the shop now")
        #expect(leaving.match?.intent == .goodbye, "\(String(describing: leaving.match))")
        var t = DialogueSession.opened("countertransference", expecting: "irritated-counselor")
        let answer = t.say("I have to go to my supervisor now")
        #expect(answer.grade?.question == "irritated-counselor", "\(answer.moves)")
        #expect(!LineForm.leavesForElsewhere(Fixtures.tutor.analyzer.analyze("he has to go to court now")))
    }

    /// The forms read in a line's part, directly.
    @Test func formsInAPart() {
        let a = Fixtures.tutor.analyzer
        #expect(LineForm.asksInAPart(a.analyze("Fine. Ask me about the safety net."), questionOpen: false))
        #expect(!LineForm.asksInAPart(a.analyze("Fine. The safety net is the counselor."), questionOpen: false))
        #expect(LineForm.asksOfATermInPlace(a.analyze("wait, congruence is what again?")))
        #expect(!LineForm.asksOfATermInPlace(a.analyze("he means what he says")))
        #expect(!LineForm.asksOfATermInPlace(a.analyze("the client is what matters")))
        #expect(LineForm.offersToAttempt(a.analyze("can I take a shot at describing UPR")))
        #expect(!LineForm.offersToAttempt(a.analyze("could you take a shot at describing UPR")))
    }
}
