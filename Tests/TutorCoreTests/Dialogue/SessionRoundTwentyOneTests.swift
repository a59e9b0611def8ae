import Testing

@testable import TutorCore

/// Round 21: lines said while a question is open, in other words than the development lines
/// that showed them: a guess after "not sure, but maybe" is an answer, question mark and all;
/// "which one is … and which is …" asks which is which; a hint cue in another sense ("tip him
/// into") inside a statement of an idea is no request for a hint.
@Suite struct SessionRoundTwentyOneTests {
    @Test(
        "a hedged guess with a question mark is graded",
        arguments: [
            "not sure, but maybe A because it shows more emotion?",
            "no idea really, but probably A, since it sounds more caring?",
        ])
    func hedgedGuess(_ line: String) {
        var s = DialogueSession.opened("sympathy", expecting: "which-is-empathic")
        let r = s.say(line)
        #expect(r.grade?.misconceptions == ["m1"], "\(line): \(r.moves)")
    }

    @Test(
        "which one is which is a side request, and the question stays open",
        arguments: [
            "wait, which one is the counselor's feeling and which is the client's",
            "which one's the client's and which one's the counselor's",
        ])
    func whichIsWhich(_ line: String) {
        var s = DialogueSession.opened("countertransference", expecting: "irritated-counselor")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "irritated-counselor")
    }

    @Test(
        "a hint cue in another sense inside a stated idea is an answer",
        arguments: [
            "and thinking he blew it is the abstinence violation effect, which can tip him into a relapse"
        ])
    func hintCueInAnotherSense(_ line: String) {
        var s = DialogueSession.opened("lapse-vs-relapse", expecting: "lapse-wedding")
        let r = s.say(line)
        #expect(r.grade?.covered == ["e2"], "\(line): \(r.moves)")
    }
}
