import Testing

@testable import TutorCore

/// Round 31, inside a session, in other words (and other languages) than the development lines
/// that showed them: a question of what to answer asks for the question plainer; a question
/// closed by its mark before a remark is the line's request; a side request that names no other
/// topic outright reads in the open question's sense; what was said, echoed as a question, then
/// a bare "why" asks the reason; what the exam weighs most asks for study advice; how the
/// learner is about the exam between questions is a feeling; a pointer asked for is a hint, and
/// the thing always got wrong said first is a feeling. Lines of the same shapes that do
/// something else keep their reading.
@Suite struct DialogueRoundThirtyOneTests {
    /// The learner asks outright what they are to answer, a phrase of their own language first
    /// or none: the question plainer, nothing graded, the question still open.
    @Test(
        "what to answer, asked",
        arguments: [
            "Sijaelewa, what do you want me to say?",
            "nie rozumiem, what should I answer here?",
            "what am I supposed to type here?",
            "what kind of answer are you looking for?",
        ])
    func asksWhatToAnswer(_ line: String) {
        var s = DialogueSession.opened("court orders", expecting: "court-order-compliance")
        let r = s.say(line)
        #expect(r.match?.intent == .simpler, "\(line): \(String(describing: r.match))")
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(s.state.open?.id == "court-order-compliance")
    }

    /// The shape read directly, with lines that ask how to act in the scene or what to do.
    @Test func whatToAnswerShape() {
        let a = Fixtures.tutor.analyzer
        for line in [
            "what exactly you want me to say?", "what I should answer?", "what would you like me to write",
            "what do I have to put here", "hmm what do u want from me",
        ] {
            #expect(LineForm.asksWhatToAnswer(a.analyze(line)), "\(line)")
        }
        for line in [
            "what should I say to him?", "what should I do", "what do you want me to tell the client",
            "what should I say", "what answer would you give?", "what do you mean by rapport",
        ] {
            #expect(!LineForm.asksWhatToAnswer(a.analyze(line)), "\(line)")
        }
    }

    /// A question closed by its mark, then a remark that asks nothing: the question is answered
    /// beside the open one, not graded.
    @Test(
        "a question before a remark",
        arguments: [
            ("While I'm at it, what was a lapse again? Our teacher mentioned it twice.", Intent.define),
            ("Let me think, what did Bordin say again? We had him in class.", Intent.define),
            ("Mientras pienso, what is discord again? The book said something else.", Intent.define),
            ("While I ponder, what was immediacy? Heard it in a lecture.", Intent.define),
        ])
    func questionBeforeARemark(_ line: String, _ intent: Intent) {
        var s = DialogueSession.opened("court orders", expecting: "court-order-compliance")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(r.match?.intent == intent, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == "court-order-compliance")
    }

    /// The split read directly: the remark must follow the question mark, with no second one.
    @Test func questionBeforeARemarkShape() {
        let a = Fixtures.tutor.analyzer
        let split = LineForm.questionBeforeARemark(a.analyze("so what is rapport? just wondering."))
        #expect(split?.question == "so what is rapport?")
        #expect(split?.remark == "just wondering.")
        #expect(LineForm.questionBeforeARemark(a.analyze("what is rapport?")) == nil)
        #expect(LineForm.questionBeforeARemark(a.analyze("what is rapport? is it trust?")) == nil)
        #expect(LineForm.questionBeforeARemark(a.analyze("rapport is trust. just wondering.")) == nil)
    }

    /// A remark about someone in the scene argues an answer: the line is not made a request by
    /// this rule (the grader, not this rule, says what it covers).
    @Test func aRemarkAboutTheClientIsNoRemark() {
        let s = DialogueSession.opened("court orders", expecting: "court-order-compliance")
        let q = Fixtures.kb.question("court-order-compliance")!
        let line = s.tutor.analyzer.analyze("would he ever talk? he has no bond with the counselor")
        let graded = Grade(question: q.id, covered: [], misconceptions: [], verdict: .incorrect)
        #expect(s.tutor.questionBeforeARemark(line, q, cloze: nil, graded: graded) == nil)
    }

    /// A side request whose concept was only a guess, or a word of the open question's own
    /// concept's name, is about the open question.
    @Test(
        "a side request in the open question's sense",
        arguments: [
            (
                "family insistence", "family-pressure-retention", "Why wouldn't the husband leaning on her be enough?",
                "family-insistence"
            ),
            (
                "family insistence", "family-pressure-retention", "why wouldn't her parents standing over her work?",
                "family-insistence"
            ),
            ("lapse", "lapse-wedding", "give me an example of a proper relapse", "lapse-vs-relapse"),
            ("lapse", "lapse-wedding", "example of a real relapse pls", "lapse-vs-relapse"),
            (
                "self disclosure", "recovery-disclosure", "whats the rule for self disclosure here",
                "counselor-self-disclosure"
            ),
            (
                "self disclosure", "recovery-disclosure", "so what is the rule about self-disclosure in recovery work",
                "counselor-self-disclosure"
            ),
        ])
    func inTheQuestionsSense(_ topic: String, _ id: String, _ line: String, _ concept: String) {
        var s = DialogueSession.opened(topic, expecting: id)
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(r.match?.concepts.first == concept, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == id)
    }

    /// A concept named by its own name keeps its place, and a guess of what a word means is not
    /// replaced.
    @Test func aNamedTopicKeepsItsPlace() {
        for (line, concept) in [
            ("what is empathy?", "empathy"),
            ("what is unconditional positive regard?", "unconditional-positive-regard"),
        ] {
            var s = DialogueSession.opened("trust", expecting: "build-trust")
            let r = s.say(line)
            #expect(r.match?.concepts.first == concept, "\(line): \(String(describing: r.match))")
        }
        let q = Fixtures.kb.question("build-trust")!
        let s = DialogueSession.opened("trust", expecting: "build-trust")
        var guessed = MatchResult(intent: .define, concepts: ["confidentiality-limits"], confidence: 0.6)
        guessed.basis.guessed = true
        #expect(s.tutor.inTheQuestionsSense(guessed, q, s.state) == nil)
        var compared = MatchResult(intent: .compare, concepts: ["empathy", "trust"], confidence: 0.8)
        compared.basis.guessed = true
        #expect(s.tutor.inTheQuestionsSense(compared, q, s.state) == nil)
    }

    /// What was said, echoed as a question, then a bare why: the reason asked, nothing graded.
    @Test(
        "an echo, then why",
        arguments: [
            "I can't promise her? why not?", "so I can't keep it all secret? how come?",
            "Sindikubali, I cannot promise her? why not?",
        ])
    func echoThenWhy(_ line: String) {
        var s = DialogueSession.opened("confidentiality limits", expecting: "confidentiality-promise")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(r.match?.intent == .explain, "\(line): \(String(describing: r.match))")
        #expect(r.match?.concepts.first == "confidentiality-limits")
        #expect(s.state.open?.id == "confidentiality-promise")
    }

    /// The shape read directly: a question of its own before the why, or a statement closed by
    /// a full stop, is not an echo.
    @Test func echoThenWhyShape() {
        let a = Fixtures.tutor.analyzer
        #expect(LineForm.echoesThenAsksWhy(a.analyze("it's not resistance? how come?")))
        #expect(LineForm.echoesThenAsksWhy(a.analyze("no quit date yet? why?")))
        #expect(!LineForm.echoesThenAsksWhy(a.analyze("what is a lapse? why?")))
        #expect(!LineForm.echoesThenAsksWhy(a.analyze("because he has no trust. why?")))
        #expect(!LineForm.echoesThenAsksWhy(a.analyze("is it resistance? why do you ask?")))
    }

    /// What the exam weighs most, asked with "what": study advice; without the exam, content.
    @Test func theExamsMainThing() {
        for line in [
            "what's the main thing on the boards?", "whats the key part 4 the certification test",
            "which topic matters most for the exam",
        ] {
            var s = DialogueSession.opened("trust", expecting: "build-trust")
            let r = s.say(line)
            #expect(r.match?.intent == .studyAdvice, "\(line): \(String(describing: r.match))")
            #expect(r.grade == nil)
        }
        let a = Fixtures.tutor.analyzer
        #expect(!LineForm.asksWhatMattersMostForTheExam(a.analyze("what's the most important thing about trust?")))
        #expect(!LineForm.asksWhatMattersMostForTheExam(a.analyze("what is important on the exam about trust")))
    }

    /// Between questions, how the learner is about the exam is a feeling; a line about
    /// themselves that is not about the exam stays as it was.
    @Test func ownStateAfterTheClose() {
        var s = DialogueSession.opened("discord", expecting: "discord-reply")
        s.say("its friction in the relationship itself")
        s.say("reflect that hes mad n remind him its his choice")
        #expect(s.state.open == nil)
        let r = s.say("honestly my gut is churning over the boards")
        #expect(r.match?.intent == .feelings, "\(String(describing: r.match))")
        let m = MatchResult(intent: .outOfScope, concepts: [], confidence: 0.8)
        let a = Fixtures.tutor.analyzer
        #expect(Tutor.ownStateOnTheExam(m, a.analyze("my chest is tight before the licensing test")) != nil)
        #expect(Tutor.ownStateOnTheExam(m, a.analyze("I'm a crane operator from Lagos")) == nil)
        #expect(Tutor.ownStateOnTheExam(m, a.analyze("he is nervous about the exam")) == nil)
    }

    /// A pointer asked for after a wrong try is a hint; the subject got wrong said first, with a
    /// feeling in another language before it, is a feeling.
    @Test func pointerAndAlwaysWrong() {
        var s = DialogueSession.opened("feedback informed treatment", expecting: "fit-why")
        s.say("Tell him everything. My whole story.")
        let r = s.say("Alright, that's wrong. Give me a pointer.")
        #expect(r.match?.intent == .hint, "\(String(describing: r.match))")
        #expect(r.grade == nil)
        var t = DialogueSession.opened("court orders", expecting: "court-order-compliance")
        let f = t.say("I am nervoza, these court questions I always get wrong")
        #expect(f.match?.intent == .feelings, "\(String(describing: f.match))")
        #expect(t.state.open?.id == "court-order-compliance")
    }

    /// After an answer, a statement going on with it, about someone in the scene, in which the
    /// grader finds an idea, is graded though a word of it is a hint's cue in another sense; the
    /// learner's own "and I'm stuck again" is not.
    @Test func goesOnStatingTheAnswer() {
        var s = DialogueSession.opened("family insistence", expecting: "family-pressure-retention")
        s.say("the one who clicks with the counselor stays")
        let r = s.say("and if she trusts the counselor she'll open up and get stuck in")
        #expect(r.grade?.covered.contains("e3") == true, "\(String(describing: r.grade)) \(r.moves)")
        let a = Fixtures.tutor.analyzer
        for line in [
            "and the shame could tip him straight back into using",
            "so she keeps coming because the plan is her own",
            "plus \"I've ruined it\" thinking can tip him into a binge",
        ] {
            #expect(LineForm.goesOnStating(a.analyze(line)), "\(line)")
        }
        for line in [
            "and I'm stuck again", "and can I get a tip?", "so give me a tip about him", "he gets stuck in his ways",
        ] {
            #expect(!LineForm.goesOnStating(a.analyze(line)), "\(line)")
        }
    }
}
