import Testing

@testable import TutorCore

/// Round 19: lines said inside a session, in other words than the development lines that
/// showed them: a term named first and then asked about, a question after a filler "like",
/// a question set by "pose" or "present", and quiz requests that describe a question's scene
/// with someone indefinite or with being hard on a drinker.
@Suite struct SessionRoundNineteenTests {
    let goals = "collaborative-goals"

    func goalsQuestionOpen() -> DialogueSession { .opened("shared-goals", expecting: goals) }

    @Test(
        "a term named first, then asked about, is a side request and the question stays open",
        arguments: [
            "shared goals, what does that mean exactly?",
            "wait, ownership - what it mean here?",
            "like how would that look with a real client",
        ])
    func askedAboutAFrontedTerm(_ line: String) {
        var s = goalsQuestionOpen()
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == goals)
    }

    @Test func aListOfGuessesWithAQuestionMarkIsStillAnAnswer() {
        var s = goalsQuestionOpen()
        let r = s.say("ownership, motivation, they care more?")
        #expect(r.grade?.covered == ["e1"], "\(r.moves)")
    }

    @Test(
        "a quiz request opens the question its scene describes",
        arguments: [
            ("could you present the case where the client says I'm just like his probation officer", "discord-reply"),
            ("quiz me on coming down hard on an alcoholic", "confrontation-effect"),
            ("ask me about being tough on the drinkers", "confrontation-effect"),
            ("test me on the family forcing someone into rehab", "family-pressure-retention"),
        ])
    func quizRequestBySceneOpensIt(_ line: String, _ id: String) {
        var s = DialogueSession()
        s.say(line)
        #expect(s.state.open?.id == id, "\(line)")
    }
}
