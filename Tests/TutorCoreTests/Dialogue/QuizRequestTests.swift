import Testing

@testable import TutorCore

/// A request for a question while one is open is a side request, even when it names words of
/// the open question's answer ("quiz me on building trust" while the insurance question is open).
@Suite struct QuizRequestTests {
    @Test(arguments: ["quiz me on building trust", "test me on trust", "quiz me on the alliance", "ask me about trust"])
    func aQuizRequestIsNeverGradedAsAnAnswer(_ line: String) {
        var s = DialogueSession()
        #expect(s.say("quiz me on insurance coverage").openQuestion == "insurance-secondary")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line) was graded")
        #expect(s.state.open?.id == "insurance-secondary")
        #expect(r.reply.hasPrefix("We're still on this question: "))
        // The answer that follows is still graded against the open question.
        #expect(s.say("it doesnt change whats happening in the sessions").grade?.covered == ["e2"])
    }
}

/// A quiz request that names a question by its scene opens that question, though the concept
/// it names (or none) would give another; one shared word over a named concept is not enough.
@Suite struct QuestionFinderTests {
    @Test(arguments: [
        ("do the question about the client who drinks at a wedding", "lapse-wedding"),
        ("ask me the question about the new client at intake and the room", "confidentiality-promise"),
        ("quiz me about when a counselor gets irritated with a client", "irritated-counselor"),
        ("quiz me on agreeing on goals", "collaborative-goals"),
        ("can you test my knowledge of countertransference", "irritated-counselor"),
        ("give me the one where a client gets pushed into treatment by family", "family-pressure-retention"),
        ("quiz me on court orders", "court-order-compliance"),
    ])
    func aQuizOpensTheQuestionItDescribes(_ line: String, _ question: String) {
        var s = DialogueSession()
        #expect(s.say(line).openQuestion == question)
    }

    @Test(arguments: ["quiz me on the SRS", "test me on the ORS thing", "quiz me on the session rating scale stuff"])
    func aOneWordTermThatNamesTheConceptIsNoScene(_ line: String) {
        // The abbreviation names feedback-informed treatment: its core question, not the one
        // whose text happens to say the abbreviation.
        var s = DialogueSession()
        #expect(s.say(line).openQuestion == "fit-why", "\(line)")
    }

    @Test func theFinderNeedsTheScenesWordsNotTheConceptsName() {
        let tutor = Fixtures.tutor
        let finder = tutor.questionFinder
        let analysis = tutor.analyzer.analyze("quiz me on countertransference")
        #expect(
            finder.question(described: analysis, named: ["countertransference"], fallback: "irritated-counselor") == nil
        )
        let scene = tutor.analyzer.analyze("the one with two beers at a wedding")
        #expect(finder.question(described: scene, named: [], fallback: nil) == "lapse-wedding")
        // The name of the question's own concept counts, so a concept the matcher missed is
        // found ("sympathy" beside "empathy": the question on how the two differ).
        let other = tutor.analyzer.analyze("quiz me on empathy vs sympathy")
        #expect(
            finder.question(described: other, named: ["empathy"], fallback: "empathy-effect")
                == "sympathy-define")
    }
}

/// Our labeled quiz requests (Tests/Data/quiz-requests.tsv) open the question each names.
@Suite struct QuizRequestSetTests {
    @Test func quizRequestsOpenTheirQuestionAtTheFloor() throws {
        // 0.931 (94/101) when set; 0.965 (137/142) in round 5, with 41 lines added
        // over all 20 canonical questions; 0.973 (148/152) in round 6 ("next one about …"
        // read, and 10 lines added of the forms read then: asking to be tested with no quiz
        // cue, a bare "… question please", a case to work through). Left: "another one: the
        // probation officer thing", a bare "court orders. go", and a quiz put after a question
        // about a term ("whats a good question on trust, ask me").
        let text = try String(contentsOfFile: "Tests/Data/quiz-requests.tsv", encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t") }
        #expect(rows.count >= 150, "Tests/Data/quiz-requests.tsv is missing or nearly empty")
        var right = 0
        for row in rows where row.count == 2 {
            var s = DialogueSession()
            if s.say(String(row[0])).openQuestion == String(row[1]) { right += 1 }
        }
        let accuracy = Double(right) / Double(max(rows.count, 1))
        #expect(accuracy >= 0.97, "\(right)/\(rows.count)")
    }

    @Test(
        "a learner who mixes in Spanish asks to be quizzed with its one word for \"ask me\"",
        arguments: [
            ("preguntame sobre court orders", "court-order-compliance"),
            ("pregúntame about agreeing on goals", "collaborative-goals"),
            ("examíname on the wedding lapse", "lapse-wedding"),
        ])
    func aSpanishAskMeOpensTheQuestion(_ line: String, _ question: String) {
        var s = DialogueSession()
        let r = s.say(line)
        #expect(r.match?.intent == .quiz, "\(line): \(String(describing: r.match?.intent))")
        #expect(r.openQuestion == question, "\(line)")
    }
}
