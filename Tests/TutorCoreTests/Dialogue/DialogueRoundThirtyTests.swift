import Testing

@testable import TutorCore

/// Round 30, inside a session, in other words (and other languages) than the development
/// lines that showed them: a request for a question made by a topic and "go", by "one" handed
/// to "me", or in the learner's first language before "about X" opens the topic's question; a
/// statement after the close in which the grader finds an idea is more of the answer; a
/// counselor's action offered with a question mark is a guess; how much the exam weighs a
/// topic asks for study advice; how the learner is, with nothing of the answer, is a feeling;
/// not knowing what the question wants asks for it plainer; "show me…" and "do you have…" ask
/// the tutor; "what is this X thing" names its own term. Lines of the same shapes that do
/// something else keep their reading.
@Suite struct DialogueRoundThirtyTests {
    /// A request for a question with no quiz word in it opens the topic's question.
    @Test(
        "a topic and a start signal, one handed to me, a request in another language",
        arguments: [
            ("trust. go.", "build-trust"),
            ("ok cultural humility, ready", "cultural-humility-ask"),
            ("fire one at me on discord", "discord-reply"),
            ("do one for me about insurance", "insurance-secondary"),
            ("Kysy minulta about trust", "build-trust"),
            ("Bana sor about boundaries", "gift-boundary"),
            ("Spurðu mig about lapse and relapse", "lapse-wedding"),
        ])
    func opensTheQuestion(_ line: String, _ id: String) {
        var s = DialogueSession()
        let r = s.say(line)
        #expect(r.match?.intent == .quiz, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == id, "\(line): \(r.moves)")
    }

    /// Near cases: a request verb before "go", the tutor asked to explain "one", an English
    /// typo before "about", a feeling in another language.
    @Test(
        "requests of the same shapes that open no question",
        arguments: [
            "what is trust, go", "explain that one to me", "tel me about trust", "estoy nerviosa about the exam",
        ])
    func opensNoQuestion(_ line: String) {
        var s = DialogueSession()
        let r = s.say(line)
        #expect(s.state.open == nil, "\(line): \(r.moves)")
        #expect(r.match?.intent != .quiz, "\(line)")
    }

    /// After the question closed, a statement in which the grader finds an idea is more of the
    /// answer, also after a side request in between; a question stays a question.
    @Test func statementAfterTheCloseIsGraded() {
        var s = DialogueSession.opened("countertransference", expecting: "irritated-counselor")
        s.say("it's countertransference, coming from my own past")
        s.say("I'd notice it and not act it out on him")
        #expect(s.state.open == nil)
        let asked = s.say("what is transference?")
        #expect(asked.grade == nil, "\(asked.moves)")
        let more = s.say("a clinical supervisor is the right person to hear about it")
        #expect(more.grade?.question == "irritated-counselor", "\(more.moves)")
        #expect(more.grade?.covered == ["e3"], "\(String(describing: more.grade))")
    }

    /// The shape read directly: statements, and lines that ask or request.
    @Test func mayAnswerAfterTheClose() {
        let a = Fixtures.tutor.analyzer
        let m = MatchResult(intent: .define, concepts: ["trust"], confidence: 0.6)
        for line in [
            "drug records get extra protection under federal law",
            "Validate his anger and remind him the choice is his",
            "don't push a plan on him yet",
        ] {
            #expect(Tutor.mayAnswerAfterTheClose(a.analyze(line), m), "\(line)")
        }
        for line in [
            "what does federal protection cover", "tell me more about supervision", "can you explain that again",
        ] {
            #expect(!Tutor.mayAnswerAfterTheClose(a.analyze(line), m), "\(line)")
        }
        let tired = MatchResult(intent: .feelings, concepts: [], confidence: 0.8)
        #expect(!Tutor.mayAnswerAfterTheClose(a.analyze("i am so tired of these questions"), tired))
    }

    /// A counselor's action offered with a question mark is graded; a question is not.
    @Test(
        "an action offered as a guess is graded",
        arguments: ["crack a joke or two to loosen them up?", "Smile and be polite to them, maybe?"])
    func actionAsAGuess(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.grade?.question == "build-trust", "\(line): \(r.moves)")
    }

    @Test func actionAsAGuessForm() {
        let a = Fixtures.tutor.analyzer
        #expect(LineForm.offersAnActionAsAGuess(a.analyze("offer him a coffee first?")))
        #expect(LineForm.offersAnActionAsAGuess(a.analyze("keep the tone light, perhaps?")))
        #expect(!LineForm.offersAnActionAsAGuess(a.analyze("what would you do with them?")))
        #expect(!LineForm.offersAnActionAsAGuess(a.analyze("can you give them an example?")))
        #expect(!LineForm.offersAnActionAsAGuess(a.analyze("keep the tone light, perhaps.")))
    }

    /// How much the exam weighs a topic: study advice beside the open question, never graded.
    @Test(
        "the exam's weight on a topic asks for study advice",
        arguments: [
            "is trust heavily tested?", "is the exam heavy on stages of change", "would this come up on the boards",
            "Does the licensing exam ask about rapport a lot?",
        ])
    func examWeight(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.match?.intent == .studyAdvice, "\(line): \(String(describing: r.match))")
        #expect(r.grade == nil, "\(line)")
        #expect(s.state.open?.id == "build-trust")
    }

    @Test func examWeightForm() {
        let a = Fixtures.tutor.analyzer
        #expect(!LineForm.asksTheExamsWeight(a.analyze("Is trust a thing on the exam?")))
        #expect(!LineForm.asksTheExamsWeight(a.analyze("why does the exam care so much about trust")))
        #expect(!LineForm.asksTheExamsWeight(a.analyze("i failed the exam a lot of times")))
    }

    /// How the learner is, with nothing of the answer: a feeling beside the question.
    @Test(
        "the learner's own state is a feeling",
        arguments: [
            "my nerves are shot before this exam", "I'm losing steam here", "this is dragging on and im beat",
            "my head feels like cotton wool",
        ])
    func ownState(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.match?.intent == .feelings, "\(line): \(String(describing: r.match))")
        #expect(r.grade == nil, "\(line)")
        #expect(s.state.open?.id == "build-trust")
    }

    /// Near cases: what the learner would do, a hedged guess, not knowing.
    @Test func ownStateNearCases() {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        #expect(s.say("I'd listen to them").grade?.covered == ["e1"])
        var t = DialogueSession.opened("trust", expecting: "build-trust")
        #expect(t.say("I think it's about listening").grade?.question == "build-trust")
        var u = DialogueSession.opened("trust", expecting: "build-trust")
        #expect(u.say("I'm not sure").grade?.verdict == .dontKnow)
    }

    /// Not knowing what the question asks for asks for it plainer; a word's meaning is asked.
    @Test(
        "not knowing what the question wants",
        arguments: [
            "I'm sorry, I am not quite sure what the question wants from me",
            "no idea what this question is getting at",
            "im lost, wat r u even asking",
        ])
    func questionsAim(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.match?.intent == .simpler, "\(line): \(String(describing: r.match))")
        #expect(r.grade == nil, "\(line)")
    }

    /// The open question asked for again, otherwise put: plainer, not a new question.
    @Test(
        "the open question asked again otherwise",
        arguments: [
            "ask me that in a simpler way", "could you ask the question differently", "can you reword the question",
            "the question again, slower",
        ])
    func reaskOtherwise(_ line: String) {
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(line)
        #expect(r.match?.intent == .simpler, "\(line): \(String(describing: r.match))")
        #expect(r.grade == nil, "\(line)")
        #expect(s.state.open?.id == "build-trust")
    }

    @Test func reaskOtherwiseForm() {
        let a = Fixtures.tutor.analyzer
        #expect(!LineForm.asksToReaskItOtherwise(a.analyze("ask me another question")))
        #expect(!LineForm.asksToReaskItOtherwise(a.analyze("ask me about trust in a simpler way")))
        #expect(!LineForm.asksToReaskItOtherwise(a.analyze("say it to the client gently")))
    }

    @Test func questionsAimForm() {
        let a = Fixtures.tutor.analyzer
        #expect(!LineForm.asksWhatTheQuestionWants(a.analyze("not sure what it means by passive")))
        #expect(!LineForm.asksWhatTheQuestionWants(a.analyze("i know what the question wants")))
    }

    /// "Show me…", "do you have…": asked of the tutor, never graded.
    @Test(
        "asked of the tutor by its opening",
        arguments: [
            "show me a case where it backfired then",
            "Do you have a story of harsh confrontation going wrong? Stories help me.",
        ])
    func askedOfTheTutor(_ line: String) {
        var s = DialogueSession.opened("harsh confrontation", expecting: "confrontation-effect")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(s.state.open?.id == "confrontation-effect")
    }

    @Test func askedOfTheTutorForm() {
        let a = Fixtures.tutor.analyzer
        #expect(!LineForm.asksTheTutorByItsOpening(a.analyze("do you think it's about listening?")))
        #expect(LineForm.asksTheTutorByItsOpening(a.analyze("got any examples of that")))
    }

    /// "What is this X thing": the term named, not the topic before it.
    @Test func demonstrativeOfANewTerm() {
        var s = DialogueSession.opened("harsh confrontation", expecting: "confrontation-effect")
        let r = s.say("whats this MI thing everybody keeps pushing")
        #expect(r.match?.concepts.first == "motivational-interviewing", "\(String(describing: r.match))")
        var t = DialogueSession.opened("harsh confrontation", expecting: "confrontation-effect")
        let back = t.say("what's that?")
        #expect(back.match?.concepts.first == "strong-confrontation", "\(String(describing: back.match))")
    }
}
