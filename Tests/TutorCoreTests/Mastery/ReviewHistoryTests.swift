import Foundation
import Testing

@testable import TutorCore

/// FSRS cards (issue 16): derived from the log's grade and mastery events, the same as the
/// live session's; ratings from verdicts.
@Suite struct ReviewHistoryTests {
    @Test func verdictsMapToRatings() {
        #expect(ReviewHistory.rating(.correct) == .good)
        #expect(ReviewHistory.rating(.partial) == .hard)
        for v in [Verdict.incorrect, .misconception, .dontKnow] { #expect(ReviewHistory.rating(v) == .again) }
    }

    @Test func theFoldOfASessionsLogGivesTheLiveSessionsCards() throws {
        let tutor = Fixtures.tutor
        var state = TutorState(seed: 4)
        let recorder = SessionRecorder(learner: "sam", session: "s1")
        var lines: [String] = []
        var seq = 0
        let days = ["2026-01-01T09:00:00Z", "2026-01-03T09:00:00Z", "2026-01-09T09:00:00Z"]
        for (d, time) in days.enumerated() {
            var script = [
                ":quiz trust", "the client can count on the counselor to be consistent", "skip", ":quiz court orders",
                "i don't know", "skip", ":exam 3",
            ]
            script += ["A", "B", "C", "D", "A", "B"]
            if d == 1 { script[1] = "bananas" }
            for line in script {
                let result = tutor.respond(to: line, state: &state, now: time)
                for var event in recorder.events(for: result, state: state, time: time) {
                    seq += 1
                    event.seq = seq
                    lines.append(event.line)
                }
            }
        }
        let live = try #require(state.reviews)
        #expect(live.concepts.keys.sorted() == ["court-orders", "trust"])
        #expect(live.items.count >= 3)
        let history = try LearnerHistory.fold(lines: lines.map { Substring($0) }, seed: 4)
        #expect(history.state.reviews == live)
        // Court orders: "I don't know" three times, so again and again: due a day after the last.
        let court = try #require(live.concepts["court-orders"])
        #expect(court.due == ISOTime.parse("2026-01-10T09:00:00Z")!.timeIntervalSince1970)
    }

    @Test func examAnswersReviewTheItemNotTheConcept() throws {
        let tutor = Fixtures.tutor
        var state = TutorState(seed: 1)
        _ = tutor.startExam(count: 1, state: &state)
        let id = try #require(state.exam?.current)
        _ = tutor.respond(to: "A", state: &state, now: "2026-01-01T09:00:00Z")
        #expect(state.reviews?.items[id] != nil)
        #expect(state.reviews?.concepts.isEmpty == true)
        #expect(Fixtures.tutor.dueForReview(state, now: ISOTime.parse("2026-02-01T00:00:00Z")!).items == [id])
    }
}
