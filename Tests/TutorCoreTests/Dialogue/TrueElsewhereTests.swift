import Testing

@testable import TutorCore

/// An answer that says none of the open question's ideas but, in more than one word, an idea of
/// another recall question (same or related concept) is told it is true, not "not quite yet".
@Suite struct TrueElsewhereTests {
    let alliance = "alliance-definition"

    func allianceQuestionOpen() -> DialogueSession {
        var s = DialogueSession()
        #expect(
            s.say(":quiz therapeutic-alliance").moves.first == .ask(question: alliance, concept: "therapeutic-alliance")
        )
        return s
    }

    @Test(
        "a true idea of Bordin's model, said about the alliance, is called true and the ladder goes on",
        arguments: ["agreement on the tasks too", "they have to agree on the tasks as well", "both agreeing on tasks"])
    func trueOfARelatedConcept(_ line: String) {
        var s = allianceQuestionOpen()
        let r = s.say(line)
        #expect(r.grade?.covered == [], "\(line)")
        guard case .trueElsewhere(let q, let e)? = r.moves.first else {
            Issue.record("\(line): \(r.moves)")
            return
        }
        #expect(q == "bordin-working-alliance-parts" && e == "e2")
        #expect(!r.moves.contains(.notYet(firstAnswer: true)))
        #expect(s.state.open?.id == alliance)
    }

    @Test(
        "one shared word, a bare term or a wrong answer is not called true",
        arguments: [
            "tasks", "you have to be honest with them", "the counselor is the expert who tells them what to do",
        ])
    func notTrueElsewhere(_ line: String) {
        var s = allianceQuestionOpen()
        let r = s.say(line)
        #expect(!r.moves.contains { if case .trueElsewhere = $0 { true } else { false } }, "\(line): \(r.moves)")
    }
}
