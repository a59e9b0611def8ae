import Testing

@testable import TutorCore

/// More of an answer said after its question closed is graded against that question; a
/// request or a bare topic after the close is not.
@Suite struct LateAdditionTests {
    let lapse = "lapse-wedding"

    /// The lapse question opened and answered completely (e1 and e3 of two needed).
    func lapseQuestionClosed() -> DialogueSession {
        var s = DialogueSession()
        #expect(s.say(":quiz lapse-vs-relapse").moves == [.ask(question: lapse, concept: "lapse-vs-relapse")])
        let r = s.say("it's only a lapse, so go over what triggered it and adjust the relapse plan")
        #expect(r.grade?.verdict == .correct)
        #expect(s.state.open == nil)
        return s
    }

    @Test(
        "a line that goes on answering is graded against the question just closed",
        arguments: [
            "and him thinking he blew it could turn it into a real relapse",
            "so the danger is the abstinence violation effect turning it into a relapse",
        ])
    func goesOnAnswering(_ line: String) {
        var s = lapseQuestionClosed()
        let r = s.say(line)
        #expect(r.gradedQuestion == lapse, "\(line): \(r.moves)")
        #expect(r.grade?.covered == ["e2"])
        #expect(r.moves.first == .praise(question: lapse, covered: r.moves.praised, opening: .also))
        #expect(s.state.open == nil)
    }

    @Test(
        "a request or a bare topic after the close is not graded",
        arguments: [
            "what is the abstinence violation effect?", "lapse versus relapse", "give me an example of a lapse",
        ])
    func requestsAreNotGraded(_ line: String) {
        var s = lapseQuestionClosed()
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
    }

    @Test func aMisconceptionAddedAfterTheCloseIsCorrected() {
        var s = lapseQuestionClosed()
        let r = s.say("and honestly any drink means his treatment has failed")
        #expect(r.grade?.misconceptions == ["m1"], "\(r.moves)")
        #expect(r.moves.first == .correct(question: lapse, misconception: "m1"))
    }

    @Test func aHedgedGuessWithAQuestionMarkAddsOn() {
        var s = lapseQuestionClosed()
        let r = s.say("i mean he thinks he blew it so maybe it turns into a relapse?")
        #expect(r.gradedQuestion == lapse, "\(r.moves)")
    }

    @Test func anOptionNamedAsTheSubjectAddsOn() {
        var s = DialogueSession()
        s.say(":quiz sympathy")
        let closed = s.say("B is empathy and A is sympathy, because B reflects what the client feels")
        #expect(closed.grade?.verdict == .correct)
        let r = s.say("A is the helper saying how they themselves feel")
        #expect(r.gradedQuestion == "which-is-empathic", "\(r.moves)")
    }
}

extension [Move] {
    /// The expectations of the first praise move, as praised.
    fileprivate var praised: [Praised] {
        for move in self {
            if case .praise(_, let covered, _) = move { return covered }
        }
        return []
    }
}
