import Testing

@testable import TutorCore

/// Which question comes next: nothing finished is asked again while others remain, and
/// harder or easier move the level.
@Suite struct QuestionSelectionTests {
    let kb = Fixtures.kb

    func asked(_ moves: [Move]) -> String? {
        for move in moves {
            switch move {
            case .ask(let id, _), .askLevel(let id, _, _), .offer(let id), .offerEasier(let id): return id
            default: continue
            }
        }
        return nil
    }

    @Test func twelveQuizMeSkipPairsOpenTwelveDifferentQuestions() {
        var s = DialogueSession()
        var seen: [String] = []
        for _ in 0..<12 {
            let r = s.say("quiz me")
            guard let id = asked(r.moves) else {
                Issue.record("no question: \(r.moves)")
                return
            }
            seen.append(id)
            #expect(s.say("skip").moves.first == .moveOn)
        }
        #expect(Set(seen).count == 12, "repeats: \(seen)")
    }

    /// "Quiz me" after a finished question moves to another concept while one has a fresh
    /// question: no two questions in a row on one concept (interleaved practice).
    @Test func quizMeInterleavesConcepts() {
        var s = DialogueSession()
        var concepts: [String] = []
        for _ in 0..<10 {
            guard let id = asked(s.say("quiz me").moves), let q = kb.question(id) else {
                Issue.record("no question")
                return
            }
            concepts.append(q.concept)
            s.say("skip")
        }
        let repeats = zip(concepts, concepts.dropFirst()).filter { $0 == $1 }
        #expect(repeats.isEmpty, "the same concept twice in a row: \(concepts)")
        #expect(Set(concepts).count >= 4, "\(concepts)")
    }

    @Test func aSkippedQuestionOnAConceptIsNotAskedAgainWhileAnotherRemains() {
        var s = DialogueSession()
        let first = asked(s.say("quiz me on court orders").moves)
        s.say("skip")
        s.say("what is trust")
        s.state.open = nil
        let second = asked(s.say("quiz me on court orders").moves)
        #expect(first != nil && second != nil && first != second)
    }

    @Test func harderAfterACompleteAnswerOpensAHigherLevel() {
        var s = DialogueSession()
        let r = s.say("quiz me on court orders")
        guard let id = asked(r.moves), let q = kb.question(id) else {
            Issue.record("no question")
            return
        }
        // Answer it completely with its own expectations.
        s.say(q.expectations.map(\.text).joined(separator: " "))
        #expect(s.state.open == nil, "not closed: \(String(describing: s.state.open))")
        let harder = s.say("give me a harder question")
        guard let next = asked(harder.moves).flatMap(kb.question) else {
            Issue.record("no harder question: \(harder.moves)")
            return
        }
        #expect(next.id != q.id)
        #expect(next.level > q.level, "\(next.id) (\(next.level)) after \(q.id) (\(q.level))")
    }

    @Test func easierOpensALowerLevel() {
        var s = DialogueSession()
        let r = s.say(":quiz court-orders")
        guard let id = asked(r.moves), let q = kb.question(id) else { return }
        s.say("skip")
        let easier = s.say("an easier one please")
        guard let next = asked(easier.moves).flatMap(kb.question) else {
            Issue.record("no easier question: \(easier.moves)")
            return
        }
        #expect(next.id != q.id && next.level < q.level, "\(next.id) after \(q.id)")
    }
}
