import Foundation
import Testing

@testable import TutorCore

/// The progress report and the class summary, built from folded logs (no files).
@Suite struct ProgressReportTests {
    let kb = Fixtures.kb
    let now = ISOTime.parse("2026-01-20T09:00:00Z")!

    /// Trust mastered 10 days ago, empathy weak, court orders learning, active listening only asked about.
    func samLog() -> LogLines {
        var log = LogLines()
        log.add(.sessionStart, at: "2026-01-10T09:00:00Z", [("seed", .number(1)), ("resumed", .bool(false))])
        log.answer(
            "build-trust", concept: "trust", verdict: "correct", covered: ["e1", "e2"], before: 0.9, after: 0.97,
            at: "2026-01-10T09:00:00Z")
        log.answer(
            "empathy-show", concept: "empathy", verdict: "incorrect", before: 0.2, after: 0.18,
            at: "2026-01-18T09:00:00Z")
        log.answer(
            "court-order-compliance", concept: "court-orders", verdict: "correct", covered: ["e1", "e2"], before: 0.2,
            after: 0.6, at: "2026-01-19T09:00:00Z")
        log.ask("what is active listening", concepts: ["active-listening"], at: "2026-01-19T09:05:00Z")
        log.add(.sessionEnd, at: "2026-01-19T09:06:00Z", [("turns", .number(4))])
        return log
    }

    @Test func rowsStatusesAndSections() throws {
        let report = ProgressReport(learner: "sam", history: try samLog().fold(), kb: kb, now: now)
        let byID = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.concept, $0) })
        #expect(Set(byID.keys) == ["trust", "empathy", "court-orders", "active-listening"])
        #expect(report.rows.map(\.concept) == kb.concepts.map(\.id).filter { byID[$0] != nil })  // knowledge-base order
        #expect(byID["trust"]?.status == .mastered && byID["trust"]?.reviewDue == true)
        #expect(byID["empathy"]?.status == .weak && byID["empathy"]?.attempts == 1)
        #expect(byID["court-orders"]?.status == .learning)
        #expect(byID["court-orders"]?.lastPractised == "2026-01-19T09:00:00Z")
        #expect(byID["active-listening"]?.status == .notPractised && byID["active-listening"]?.mastery == 0.2)
        #expect(report.mastered.map(\.concept) == ["trust"])
        #expect(report.weak.map(\.concept) == ["empathy"])
        #expect(report.next.map(\.concept) == ["trust", "empathy", "active-listening"])
        // Empathy, answered wrong two days ago, is due again (FSRS: a miss comes back the next day).
        #expect(report.next.map(\.reason) == [.review, .review, .unmastered])
        #expect(byID["empathy"]?.reviewDue == true && byID["empathy"]?.due == "2026-01-19T09:00:00Z")
        #expect(byID["court-orders"]?.reviewDue == false && byID["court-orders"]?.due == "2026-01-21T09:00:00Z")
        #expect(report.dueNow.map(\.id) == ["trust", "empathy"])
        #expect(report.sessions == 1 && report.answers == 3)
    }

    @Test func jsonIsStable() throws {
        var log = LogLines()
        log.answer(
            "empathy-show", concept: "empathy", verdict: "incorrect", before: 0.2, after: 0.18,
            at: "2026-01-18T09:00:00Z")
        let report = ProgressReport(learner: "sam", history: try log.fold(), kb: kb, now: now)
        let expected: String =
            #"{"format":"tutor-progress","version":1,"learner":"sam","asOf":"2026-01-20T09:00:00Z","sessions":1,"answers":1,"#
            + #""concepts":[{"id":"empathy","name":"Empathy","mastery":0.18,"attempts":1,"lastPractised":"2026-01-18T09:00:00Z","status":"weak","reviewDue":true,"due":"2026-01-19T09:00:00Z"}],"#
            + #""mastered":[],"weak":["empathy"],"next":[{"concept":"empathy","reason":"review","mastery":0.18,"attempts":1,"daysSincePractice":2}"#
            + #",{"concept":"therapeutic-alliance","reason":"new","mastery":0.2,"attempts":0,"daysSincePractice":null}"#
            + #",{"concept":"trust","reason":"new","mastery":0.2,"attempts":0,"daysSincePractice":null}],"#
            + #""reviews":[{"kind":"concept","id":"empathy","due":"2026-01-19T09:00:00Z","dueNow":true}],"readiness":"#
        let json = report.json.serialized()
        #expect(json.hasPrefix(expected), "\(json)")
    }

    @Test func textWithASCIIBars() throws {
        let text = ProgressReport(learner: "sam", history: try samLog().fold(), kb: kb, now: now).text(
            bars: .ascii, kb: kb)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines[0] == "Progress for sam (as of 2026-01-20T09:00:00Z): 4 concepts met, 1 session, 3 answers graded")
        #expect(
            text.contains("  Trust                            [########] 0.97         1  2026-01-10 (review due)\n"))
        #expect(
            text.contains("  Empathy                          [#-------] 0.18         1  2026-01-18 (review due)\n"))
        #expect(text.contains("  Active listening and validation  [##------] 0.20         0  -\n"))
        #expect(text.contains("\nMastered: Trust.\nWeak: Empathy (0.18).\nNext to practise:\n"))
        #expect(text.contains("  1. Trust: review due: mastered (0.97), last practised 10 days ago\n"))
        #expect(text.contains("  2. Empathy: review due: weak (0.18), last practised 2 days ago\n"))
        #expect(text.contains("  3. Active listening and validation: met, not practised yet (0.20)\n"))
        // Court orders (0.60) is the practised, unmastered concept nearest mastery.
        #expect(
            text.contains(
                "(0.20)\nNext milestone: 2 more first answers right in a row on Court-ordered treatment reach mastered (now 0.60).\n"
            ))
        #expect(!text.contains("Misconceptions"), "none shown, none listed")
        #expect(text.contains("\nReviews: 2 due now; `tutor review` runs them.\n  Trust: due since 2026-01-12\n"))
        #expect(text.contains("\nExam readiness (predicted score on the item bank, 90% interval; see the README):\n"))
        #expect(
            text.range(of: #"\n  All  +3/\d+  +0\.\d\d  +0  +-  +\d+% \(\d+-\d+%\)\n"#, options: .regularExpression)
                != nil)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func bars() {
        #expect(MasteryBar.unicode.render(0.52) == "████░░░░ 0.52")
        #expect(MasteryBar.ascii.render(0.52) == "[####----] 0.52")
        #expect(MasteryBar.none.render(0.52) == "0.52")
        #expect(MasteryBar.ascii.render(1) == "[########] 1.00")
        #expect(MasteryBar.ascii.render(0.04) == "[--------] 0.04")
    }

    @Test func anEmptyLogSaysSo() throws {
        let report = ProgressReport(learner: "new", history: try LogLines().fold(), kb: kb, now: nil)
        #expect(report.rows.isEmpty && report.next.isEmpty)
        #expect(report.text(bars: .none, kb: kb).contains("No progress yet"))
    }

    @Test func classSummaryOverTwoLearners() throws {
        var ben = LogLines()
        ben.learner = "ben"
        ben.answer(
            "build-trust", concept: "trust", verdict: "partial", covered: ["e1"], before: 0.2, after: 0.4,
            at: "2026-01-12T09:00:00Z")
        let summary = ClassSummary(
            learners: [("sam", try samLog().fold()), ("ben", try ben.fold())], kb: kb, now: now)
        #expect(summary.learners.map(\.learner) == ["ben", "sam"])
        #expect(
            summary.learners[1]
                == .init(
                    learner: "sam", met: 4, mastered: 1, weak: 1, answers: 3, sessions: 1,
                    lastAnswer: "2026-01-19T09:00:00Z",
                    predicted: ProgressReport(learner: "sam", history: try samLog().fold(), kb: kb, now: now).readiness
                        .all.predicted))
        #expect(summary.learners[0].met == 1 && summary.learners[0].weak == 1)
        let trust = try #require(summary.concepts.first { $0.concept == "trust" })
        #expect(trust.learners == 2 && trust.mastered == 1)
        #expect(abs(trust.meanMastery - (0.97 + 0.4) / 2) < 1e-9)
        #expect(summary.concepts.first { $0.concept == "empathy" }?.learners == 1)
        let text = summary.text(bars: .ascii)
        #expect(text.hasPrefix("Class summary: 2 learners (as of 2026-01-20T09:00:00Z)\n"))
        #expect(text.contains("  sam        4         1     1        3                    0  2026-01-19   "))
        #expect(text.contains("  Trust                                   2  [#####---] 0.69         1\n"))
        let json = summary.json
        #expect(json["format"]?.stringValue == "tutor-class-progress")
        #expect(json["learners"]?.arrayValue?.count == 2)
    }
}

/// The session's `:progress` does not show exam readiness, so it does not compute it.
@Suite struct ProgressWithoutReadinessTests {
    @Test func theSessionsProgressLeavesReadinessOutAndSaysTheSame() {
        var state = TutorState(seed: 1)
        state.mastery["trust"] = 0.6
        state.attempts["trust"] = 1
        state.seen = ["trust"]
        let kb = Fixtures.kb
        let full = ProgressReport(learner: "", state: state, kb: kb, now: nil)
        let light = ProgressReport(learner: "", state: state, kb: kb, now: nil, withReadiness: false)
        #expect(light.readiness == .notComputed)
        #expect(full.readiness != .notComputed)
        #expect(light.rows == full.rows && light.next == full.next && light.reviews == full.reviews)
    }
}
