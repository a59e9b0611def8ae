import Foundation
import Testing

@testable import TutorCore

/// What to practise next: unmastered concepts by mastery and readiness, and mastered ones
/// back for review after the interval.
@Suite struct ReviewSchedulerTests {
    let kb = Fixtures.kb
    let scheduler = ReviewScheduler(kb: Fixtures.kb)
    let now = ISOTime.parse("2026-01-20T09:00:00Z")!

    func state(seen: [String], mastery: [String: Double] = [:], practised: [String: String] = [:]) -> TutorState {
        var s = TutorState(seed: 1)
        s.seen = seen
        s.mastery = mastery
        s.lastPractised = practised
        for (concept, _) in mastery { s.attempts[concept] = 1 }
        return s
    }

    @Test func theDialoguesQuizAsksAboutTheScheduledConcept() {
        let states = [
            state(seen: []),
            state(seen: ["trust", "empathy"]),
            state(seen: ["trust", "empathy", "court-orders"], mastery: ["empathy": 0.6, "court-orders": 0.1]),
            state(seen: ["trust"], mastery: ["trust": 0.97], practised: ["trust": "2026-01-01T09:00:00Z"]),
        ]
        var asked: Set<String> = []
        for var s in states {
            let expected = scheduler.next(s, now: now)
            let r = Fixtures.tutor.respond(to: ":quiz", state: &s, now: "2026-01-20T09:00:00Z")
            guard case .ask(_, let concept) = r.moves.first else {
                Issue.record("no question asked: \(r.moves)")
                continue
            }
            #expect(concept == expected)
            asked.insert(concept)
        }
        #expect(asked.count > 1, "the states lead to different concepts")
    }

    @Test func lowestMasteryAmongMetComesFirst() {
        let s = state(
            seen: ["trust", "empathy", "court-orders"], mastery: ["trust": 0.7, "empathy": 0.4, "court-orders": 0.55])
        let ranked = scheduler.ranked(s, now: now)
        #expect(ranked.prefix(3).map(\.concept) == ["empathy", "court-orders", "trust"])
        #expect(ranked.prefix(3).allSatisfy { $0.reason == .unmastered })
        #expect(ranked[3].reason == .new)
        #expect(ranked.count == kb.concepts.count)
    }

    @Test func equalMasteryPrefersTheConceptWhoseRelatedConceptsAreMastered() {
        // Empathy's related concepts include active listening and trust; court orders' do not.
        let relatedOfEmpathy = kb.concept("empathy")!.related.map(\.concept)
        #expect(relatedOfEmpathy.contains("trust"))
        var mastery = ["court-orders": 0.3, "empathy": 0.3]
        for id in relatedOfEmpathy { mastery[id] = 0.97 }
        let s = state(seen: ["court-orders", "empathy"], mastery: mastery)
        #expect(scheduler.ranked(s, now: now).first?.concept == "empathy")
        let plain = state(seen: ["court-orders", "empathy"], mastery: ["court-orders": 0.3, "empathy": 0.3])
        #expect(scheduler.ranked(plain, now: now).first?.concept == "court-orders")  // met first
    }

    @Test func aMasteredConceptComesBackAfterTheReviewInterval() {
        let s = state(
            seen: ["trust", "empathy", "court-orders"],
            mastery: ["trust": 0.97, "empathy": 0.98, "court-orders": 0.4],
            practised: [
                "trust": "2026-01-10T09:00:00Z",  // 10 days before now: due
                "empathy": "2026-01-15T09:00:00Z",  // 5 days: not yet
                "court-orders": "2026-01-19T09:00:00Z",
            ])
        let ranked = scheduler.ranked(s, now: now)
        #expect(
            ranked[0] == .init(concept: "trust", reason: .review, mastery: 0.97, attempts: 1, daysSincePractice: 10))
        #expect(ranked[1].concept == "court-orders" && ranked[1].reason == .unmastered)
        #expect(ranked.last?.concept == "empathy" && ranked.last?.reason == .mastered)
        #expect(scheduler.isDue("trust", in: s, now: now))
        #expect(!scheduler.isDue("empathy", in: s, now: now))
        // Exactly the interval is due; a day less is not.
        #expect(scheduler.isDue("trust", in: s, now: ISOTime.parse("2026-01-17T09:00:00Z")))
        #expect(!scheduler.isDue("trust", in: s, now: ISOTime.parse("2026-01-16T09:00:00Z")))
        // The interval is a parameter.
        #expect(ReviewScheduler(kb: kb, reviewAfterDays: 3).isDue("empathy", in: s, now: now))
        // Without a time nothing is due.
        #expect(scheduler.ranked(s, now: nil).first?.concept == "court-orders")
    }

    @Test func theOldestReviewComesFirstAndAFailedReviewReturnsAsUnmastered() {
        var s = state(
            seen: ["trust", "empathy"], mastery: ["trust": 0.97, "empathy": 0.96],
            practised: ["trust": "2026-01-05T09:00:00Z", "empathy": "2026-01-01T09:00:00Z"])
        #expect(scheduler.ranked(s, now: now).prefix(2).map(\.concept) == ["empathy", "trust"])
        // The review goes wrong: P(known) falls below mastery and the concept is unmastered again.
        s.mastery["empathy"] = scheduler.tracer.update("empathy", from: 0.96, correct: false)
        s.lastPractised["empathy"] = "2026-01-20T09:00:00Z"
        let ranked = scheduler.ranked(s, now: now)
        #expect(ranked[0].concept == "trust" && ranked[0].reason == .review)
        #expect(ranked[1].concept == "empathy" && ranked[1].reason == .unmastered)
    }

    @Test func aMasteredClassWithNothingDueStillHasANextConcept() {
        let all = kb.concepts.map(\.id)
        var mastery: [String: Double] = [:]
        for id in all { mastery[id] = 0.99 }
        let s = state(seen: all, mastery: mastery)
        #expect(scheduler.next(s, now: now) == Fixtures.tutor.nextConcept(s))
        #expect(scheduler.ranked(s, now: now).allSatisfy { $0.reason == .mastered })
    }
}
