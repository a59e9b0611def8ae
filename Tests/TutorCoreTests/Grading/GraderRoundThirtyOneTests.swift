import Testing

@testable import TutorCore

/// Round 31's grading, in other words than the development lines that showed it.
/// - A request put to the tutor ("could you help?", "please explain it") is no part of the
///   answer, and the question's two options named back beside a not-knowing choose neither
///   (`Grader+RequestsOfTheTutor`); "I confess", "with any confidence" are words of not knowing.
/// - Whose own (`Grader+Owner`): "her own feelings" are the client's, "the helper's own sorrow"
///   the helper's; in a question that sets two owners against each other the owner said decides
///   without "own" too; "my stuff, not his" is the counselor's own reaction.
/// - A bare verdict ("fine", "totally ok") whose only reason is a held belief is the belief's
///   conclusion (`Grader+VerdictOnBelief`).
/// - A claim after a bare "idk" is a hedged guess (`Grader+GuessAfterIdk`).
/// - A denied verb of telling says sharing (`Grader+DeniedTelling`).
/// - "Bought in" is commitment, "hit up" gets in touch, a texter's "w" is "with" inside a
///   multi-word synonym (`Analyzer+ShortWith`).
@Suite struct GraderRoundThirtyOneTests {
    @Test(
        "a not-knowing with a request to the tutor is a don't-know, whatever the request's words",
        arguments: [
            "No clue about the rules here, can you help?", "I've no idea here. Could you help?",
            "I'm not sure of this one. Would you explain it please?",
            "I don't know. Could u rephrase the question?", "I must admit I'm lost, please explain it",
        ])
    func requestToTheTutor(_ line: String) {
        let g = gradeAnswer("recovery-disclosure", line)
        #expect(g.verdict == .dontKnow && g.covered.isEmpty, "\(line): \(g)")
    }

    @Test("a request after an answer leaves the answer graded")
    func requestAfterAnswer() {
        let g = gradeAnswer("recovery-disclosure", "keep it short and for the client's benefit. can you explain more?")
        #expect(g.covered == ["e1", "e2"], "\(g)")
    }

    @Test("an unsure answer at length is not a don't-know")
    func cannotAnswerWithConfidence() {
        #expect(
            gradeAnswer("family-pressure-retention", "I can't answer that with any certainty. Could you reword it?")
                .verdict == .dontKnow)
        #expect(
            gradeAnswer("family-pressure-retention", "I can't answer that, the family one stays").verdict != .dontKnow)
    }

    @Test(
        "both options named back beside a not-knowing choose neither",
        arguments: ["Relapse or lapse... I honestly don't know", "I keep mixing up lapse and relapse, no idea"])
    func namedPair(_ line: String) {
        let g = gradeAnswer("lapse-wedding", line)
        #expect(g.verdict == .dontKnow && g.covered.isEmpty, "\(line): \(g)")
    }

    @Test("one option chosen, or the other denied, is still a choice")
    func optionChosen() {
        #expect(gradeAnswer("lapse-wedding", "a lapse, not a relapse, I think").covered == ["e1"])
    }

    @Test(
        "the client's own feelings are empathy's, not sympathy's",
        arguments: [
            "B captures their own fear", "B reflects his own pain back", "B, since it is about what he is feeling",
            "B gets at what they are feeling",
        ])
    func clientsOwn(_ line: String) {
        let g = gradeAnswer("which-is-empathic", line)
        #expect(g.covered.contains("e2") && !g.covered.contains("e3"), "\(line): \(g)")
    }

    @Test(
        "the helper's own feelings are sympathy's",
        arguments: [
            "A is sympathy: the speaker is telling us about his own sadness", "A is sympathy, about your own feelings",
            "A is sympathy, it's about how sad i feel", "A = sympathy, my feelings",
        ])
    func helpersOwn(_ line: String) {
        let g = gradeAnswer("which-is-empathic", line)
        #expect(g.covered.contains("e3") && !g.covered.contains("e2"), "\(line): \(g)")
    }

    @Test(
        "the learner's own set against the client's is the counselor's own reaction",
        arguments: [
            "this one's on me, not on her", "that's mine, not his", "the trouble sits with me, not the client",
        ])
    func mineNotTheirs(_ line: String) {
        #expect(gradeAnswer("irritated-counselor", line).covered.contains("e1"), "\(line)")
    }

    @Test("the client's own, the learner's denied, is no counselor's reaction")
    func theirsNotMine() {
        #expect(!gradeAnswer("irritated-counselor", "it's his problem, not mine").covered.contains("e1"))
    }

    @Test(
        "a verdict resting on a held belief is not the expectation",
        arguments: [
            "totally ok, boundaries only mean not dating a client", "it's fine, boundaries only cover dating clients",
            "all fine, a boundary only gets crossed with romance",
        ])
    func verdictOnBelief(_ line: String) {
        let g = gradeAnswer("gift-boundary", line)
        #expect(g.misconceptions == ["m2"] && !g.covered.contains("e1"), "\(line): \(g)")
    }

    @Test("a verdict with its own reason, or set against the belief, is kept")
    func verdictKept() {
        #expect(gradeAnswer("gift-boundary", "it's totally fine to accept a small card").covered == ["e1"])
        #expect(gradeAnswer("gift-boundary", "it's fine, a small card is a crossing not a violation").covered == ["e1"])
    }

    @Test("a claim after a bare idk is graded as a guess")
    func guessAfterIdk() {
        #expect(gradeAnswer("change-sustain", "idk the kids bit is change talk?").covered == ["e1"])
        #expect(gradeAnswer("change-sustain", "idk the part about sleeping is sustain talk maybe").covered == ["e2"])
        #expect(gradeAnswer("change-sustain", "idk the kids bit").verdict == .dontKnow)
        #expect(gradeAnswer("change-sustain", "idk what sustain talk is").verdict == .dontKnow)
    }

    @Test("a denied verb of telling says what never sharing says")
    func deniedTelling() {
        #expect(
            gradeAnswer("recovery-disclosure", "never reveal personal details to a client").misconceptions == ["m1"])
        #expect(gradeAnswer("recovery-disclosure", "don't ever mention your personal life").misconceptions == ["m1"])
        #expect(gradeAnswer("recovery-disclosure", "never tell them, keep it brief").misconceptions.isEmpty)
    }

    @Test("everyday words for commitment, getting in touch and getting on")
    func everydayWords() {
        #expect(
            gradeAnswer("court-order-compliance", "he's there but he isn't bought in at all").covered.contains("e1"))
        #expect(gradeAnswer("relapse-reach-out", "she'd hit up her counselor before the bar").covered == ["e1"])
        #expect(gradeAnswer("family-pressure-retention", "the one who gets on w her therapist stays").covered == ["e1"])
    }
}
