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

    /// `state` with `concept`'s FSRS card reviewed `good` at each of `times`.
    func reviewed(_ state: TutorState, _ concept: String, good times: [String]) -> TutorState {
        var s = state
        for t in times { s.reviewConcept(concept, verdict: .correct, now: t, fsrs: scheduler.fsrs) }
        return s
    }

    @Test func aConceptComesBackWhenItsFSRSCardIsDue() throws {
        var s = state(
            seen: ["trust", "empathy", "court-orders"],
            mastery: ["trust": 0.97, "empathy": 0.98, "court-orders": 0.4],
            practised: [
                "trust": "2026-01-10T09:00:00Z", "empathy": "2026-01-15T09:00:00Z",
                "court-orders": "2026-01-19T09:00:00Z",
            ])
        // Trust: one good review, then the first learning step, then graduated: a few days.
        s = reviewed(s, "trust", good: ["2026-01-10T09:00:00Z", "2026-01-10T09:02:00Z", "2026-01-10T09:20:00Z"])
        s = reviewed(s, "empathy", good: ["2026-01-15T09:00:00Z", "2026-01-15T09:02:00Z", "2026-01-15T09:20:00Z"])
        let trustDue = try #require(scheduler.due("trust", in: s))
        let days = ISOTime.days(from: ISOTime.parse("2026-01-10T09:20:00Z")!, to: trustDue)
        #expect(days >= 1 && days <= 10, "FSRS's first interval after a good answer: \(days) days")
        #expect(scheduler.isDue("trust", in: s, now: now))
        #expect(!scheduler.isDue("empathy", in: s, now: ISOTime.parse("2026-01-15T10:00:00Z")))
        let ranked = scheduler.ranked(s, now: now)
        #expect(ranked[0].concept == "trust" && ranked[0].reason == .review)
        // Exactly the due time is due; a second before is not.
        #expect(scheduler.isDue("trust", in: s, now: trustDue))
        #expect(!scheduler.isDue("trust", in: s, now: trustDue.addingTimeInterval(-1)))
        // Without a time nothing is due.
        #expect(scheduler.ranked(s, now: nil).first?.concept == "court-orders")
        // A concept never reviewed has no card and is never due.
        #expect(!scheduler.isDue("court-orders", in: s, now: now))
    }

    @Test func goodAnswersSpaceReviewsOutAndAMissBringsTheConceptBackSoon() throws {
        var s = state(seen: ["trust"], mastery: ["trust": 0.97])
        var time = ISOTime.parse("2026-01-01T09:00:00Z")!
        var intervals: [Double] = []
        for _ in 0..<5 {
            s.reviewConcept("trust", verdict: .correct, now: ISOTime.format(time), fsrs: scheduler.fsrs)
            let due = try #require(scheduler.due("trust", in: s))
            intervals.append(due.timeIntervalSince(time))
            time = due
        }
        #expect(zip(intervals, intervals.dropFirst()).allSatisfy { $0 < $1 }, "\(intervals)")
        s.reviewConcept("trust", verdict: .incorrect, now: ISOTime.format(time), fsrs: scheduler.fsrs)
        let back = try #require(scheduler.due("trust", in: s))
        // A lapse comes back far sooner than the last interval (FSRS's post-lapse stability).
        #expect(back.timeIntervalSince(time) < intervals.last! / 4, "\(back.timeIntervalSince(time)) vs \(intervals)")
        // A wrong first answer comes back the next day.
        var fresh = state(seen: ["empathy"])
        fresh.reviewConcept("empathy", verdict: .incorrect, now: "2026-01-01T09:00:00Z", fsrs: scheduler.fsrs)
        #expect(scheduler.due("empathy", in: fresh) == ISOTime.parse("2026-01-02T09:00:00Z"))
    }

    @Test func theMostOverdueComesFirst() {
        var s = state(seen: ["trust", "empathy"], mastery: ["trust": 0.97, "empathy": 0.96])
        s = reviewed(s, "trust", good: ["2026-01-05T09:00:00Z", "2026-01-05T09:02:00Z", "2026-01-05T09:20:00Z"])
        s = reviewed(s, "empathy", good: ["2026-01-01T09:00:00Z", "2026-01-01T09:02:00Z", "2026-01-01T09:20:00Z"])
        #expect(scheduler.ranked(s, now: now).prefix(2).map(\.concept) == ["empathy", "trust"])
        #expect(scheduler.ranked(s, now: now).prefix(2).allSatisfy { $0.reason == .review })
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
