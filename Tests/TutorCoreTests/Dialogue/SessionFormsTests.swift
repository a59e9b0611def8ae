import Testing

@testable import TutorCore

/// Round 15: forms of a line said inside a session that the dialogue reads by their shape,
/// in other words than the development lines that showed them: a question after a lead-in
/// that says nothing of the answer, a term asked about tersely, leave asked to be shown,
/// leave taken beside a courtesy, the learner telling their own state, confusion said
/// first, not knowing said last, a bare "quiz me" after what to be asked about, and a
/// statement that goes on after the question closed.
@Suite struct SessionFormsTests {
    let goals = "collaborative-goals"

    /// The shared-goals question opened and not yet answered.
    func goalsQuestionOpen() -> DialogueSession { .opened("shared-goals", expecting: goals) }

    @Test(
        "a side request is answered beside the open question, which stays open",
        arguments: [
            // A lead-in that says nothing of the answer, then the question.
            "One second, what is the working alliance inventory?",
            "Sorry to cut in, what does a passive recipient mean?",
            // A term, then a request word pressed by another.
            "ownership, definition please",
            // Leave asked to be shown or given.
            "May I have an example of a shared goal?",
            "can I have an example of working on goals together please",
        ])
    func sideRequestKeepsTheQuestion(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.openLine == .sideRequest, "\(line)")
        #expect(s.state.open?.id == goals)
    }

    @Test(
        "asking how they are doing, in a rarer verb or with a letter dropped, is progress",
        arguments: ["how am i doin so far", "How am I faring today?", "how im getting on with these"])
    func askingHowTheyFareIsProgress(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.match?.intent == .progress, "\(line): \(String(describing: r.match?.intent))")
        #expect(r.grade == nil)
        #expect(s.state.open?.id == goals)
        // "How am I going to remember this" asks something else.
        var t = goalsQuestionOpen()
        #expect(t.say("how am I going to remember this").match?.intent != .progress)
    }

    @Test func aLeadInThatArguesIsPartOfTheAnswer() {
        var s = goalsQuestionOpen()
        let r = s.say("he would own the plan, so why would he not care?")
        #expect(r.gradedQuestion == goals, "\(r.moves)")
        #expect(r.grade?.covered == ["e1"])
    }

    @Test(
        "the learner telling their own state is a feeling, not an answer",
        arguments: ["I'm feeling a bit thick today", "honestly I am so tired tonight", "this is a lot to take in"])
    func ownStateIsAFeeling(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.match?.intent == .feelings, "\(line): \(r.match)")
        #expect(r.grade == nil)
        #expect(s.state.open?.id == goals)
    }

    @Test func aBetterStateIsMetGladly() {
        var s = goalsQuestionOpen()
        let r = s.say("ok i feel a little calmer now")
        #expect(r.match?.intent == .feelings)
        #expect(r.reply.hasPrefix("Good to hear"), "\(r.reply)")
    }

    @Test(
        "leave taken in a sentence of its own beside a courtesy is a goodbye",
        arguments: ["Cheers for the help. Time to log off, good night.", "Many thanks! I'll call it a day now."])
    func leaveBesideACourtesy(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.match?.intent == .goodbye, "\(line): \(r.match)")
        #expect(r.grade == nil)
    }

    @Test func confusionSaidFirstAsksForAPlainerTelling() {
        var s = goalsQuestionOpen()
        let r = s.say("im so confused, what are you even getting at")
        #expect(r.match?.intent == .simpler, "\(r.match)")
        #expect(r.grade == nil)
    }

    @Test func notKnowingSaidLastIsADontKnow() {
        var s = goalsQuestionOpen()
        let r = s.say("ugh i keep blanking, no idea")
        #expect(r.grade?.verdict == .dontKnow, "\(r.moves)")
    }

    @Test func aBareQuizRequestAfterWhatToBeAskedAbout() {
        var s = DialogueSession()
        let r = s.say("the client ordered by a court who barely talks. quiz me")
        #expect(r.match?.intent == .quiz, "\(r.match)")
        #expect(s.state.open?.id == "court-order-compliance")
    }

    @Test(
        "a statement that goes on after the question closed is graded against it",
        arguments: ["its the leaving early that hurts, they drop out", "the trust goes once they feel judged"])
    func goesOnAfterTheClose(_ line: String) {
        var s = DialogueSession()
        s.say(":quiz strong-confrontation")
        let first = s.say("he gets defensive, he drops out of treatment, and the trust breaks because he feels judged")
        #expect(s.state.open == nil, "\(first.moves)")
        let r = s.say(line)
        #expect(r.gradedQuestion == "confrontation-effect", "\(line): \(r.moves)")
    }

    // Round 17.

    @Test(
        "a pause asked for, or \"then\" before the question word, leaves the question asked beside the open one",
        arguments: [
            "hang on what is empathy exactly",
            "hold up, what's a working alliance again",
            "ok then why does the research care so much about the alliance?",
            "wait what is a working alliance again",
        ])
    func aPauseOrThenBeforeAQuestionIsASideRequest(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.openLine == .sideRequest, "\(line)")
        #expect(r.match?.intent.isContent == true, "\(line): \(String(describing: r.match?.intent))")
        #expect(s.state.open?.id == goals)
        // "Wait what?" alone is still confusion.
        var t = goalsQuestionOpen()
        #expect(t.say("wait what?").match?.intent == .simpler)
    }

    @Test(
        "the learner counting their right answers, or asking how they fare with the copula dropped, is progress",
        arguments: [
            "how many ive got right now", "how i doing today", "how i doing",
        ])
    func countingOwnAnswersIsProgress(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.match?.intent == .progress, "\(line): \(String(describing: r.match?.intent))")
        #expect(r.grade == nil)
        #expect(s.state.open?.id == goals)
        // "How many stages are there" asks about a topic.
        #expect(!LineForm.asksHowManyTheyGot(["how", "many", "stages", "are", "there"]))
        #expect(!LineForm.asksHowManyTheyGot(["how", "many", "sessions", "do", "i", "need"]))
    }

    @Test(
        "an example asked of what the tutor just said is an example, whatever 'what … mean' cues",
        arguments: [
            "can u give me an example of what u mean", "could you give an example of what you said",
            "yu can give me an example of dat?",
        ])
    func anExampleOfWhatWasSaidIsAnExample(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.match?.intent == .example, "\(line): \(String(describing: r.match?.intent))")
        #expect(r.grade == nil)
        #expect(r.openLine == .sideRequest, "\(line)")
        #expect(s.state.open?.id == goals)
    }
}
