import Testing

@testable import TutorCore

/// Round 22: lines said while a question is open, in other words than the development lines
/// that showed them: an answer the matcher put out of scope for its Spanish words, or for a
/// word of another field in a hedge ("I'd bet"), is graded when the grader finds an idea in
/// it; a relative "who" ("the one who …") asks nothing; a Spanish don't-know is one.
@Suite struct SessionRoundTwentyTwoTests {
    @Test(
        "an answer in Spanish is graded",
        arguments: [
            ("no hay confianza con el consejero todavía", "e2"),
            ("viene nomas porque el juez lo obliga, no hay compromiso", "e1"),
        ])
    func spanishAnswer(_ line: String, _ idea: String) {
        var s = DialogueSession.opened("court-orders", expecting: "court-order-compliance")
        let r = s.say(line)
        #expect(r.grade?.covered.contains(idea) == true, "\(line): \(r.moves)")
        #expect(s.state.open?.id == "court-order-compliance")
    }

    @Test(
        "the one who … is an answer, hedged or not",
        arguments: [
            "the one who clicks with her counselor, I'd bet",
            "my money's on the person who actually connects with the counselor",
        ])
    func relativeWho(_ line: String) {
        var s = DialogueSession.opened("family-insistence", expecting: "family-pressure-retention")
        let r = s.say(line)
        #expect(r.grade?.covered.contains("e1") == true, "\(line): \(r.moves)")
    }

    @Test("a Spanish don't-know is a don't-know", arguments: ["no sé, la neta", "ni idea"])
    func spanishDontKnow(_ line: String) {
        var s = DialogueSession.opened("court-orders", expecting: "court-order-compliance")
        let r = s.say(line)
        #expect(r.grade?.verdict == .dontKnow, "\(line): \(r.moves)")
    }

    @Test("a question with who is still a side request")
    func whoStillAsks() {
        var s = DialogueSession.opened("family-insistence", expecting: "family-pressure-retention")
        let r = s.say("btw who came up with the idea of the working alliance?")
        #expect(r.grade == nil, "\(r.moves)")
        #expect(s.state.open?.id == "family-pressure-retention")
    }

    @Test(
        "not knowing what the tutor wants asks for the question in plainer words",
        arguments: ["honestly no idea what you're getting at", "sorry, not sure what exactly you want here"])
    func whatTheTutorWants(_ line: String) {
        var s = DialogueSession.opened("family-insistence", expecting: "family-pressure-retention")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(r.moves)")
        #expect(r.match?.intent == .simpler, "\(line): \(String(describing: r.match))")
        #expect(s.state.open?.id == "family-pressure-retention")
    }

    @Test("a clue asked for about what the tutor wants is a hint", arguments: ["got any clue what you're looking for"])
    func clueAskedFor(_ line: String) {
        var s = DialogueSession.opened("family-insistence", expecting: "family-pressure-retention")
        let r = s.say(line)
        #expect(r.match?.intent != .simpler, "\(line): \(String(describing: r.match))")
    }
}
