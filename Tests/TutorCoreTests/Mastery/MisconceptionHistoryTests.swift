import Foundation
import Testing

@testable import TutorCore

/// Misconceptions shown and resolved (issue 16.2): the fold of the log, the live session,
/// selection and progress.
@Suite struct MisconceptionHistoryTests {
    let kb = Fixtures.kb
    let tutor = Fixtures.tutor
    static let trap = "nothing is missing, if he attends every session the treatment is working"

    /// A complete answer to `question`: its expectations' own words.
    func complete(_ question: String) -> String {
        kb.question(question)!.expectations.map(\.text).joined(separator: " ")
    }

    /// A grade event that shows `misconceptions` (with the concept when `concept` is given, as
    /// this tutor writes it; without, as older logs have it).
    func show(
        _ log: inout LogLines, _ question: String, _ misconceptions: [String], concept: String?, at time: String
    ) {
        var fields: [(String, JSON)] = [
            ("question", .string(question)), ("answer", .string("…")), ("covered", .array([])),
            ("misconceptions", .array(misconceptions.map(JSON.string))), ("verdict", .string("misconception")),
        ]
        if let concept { fields.append(("concept", .string(concept))) }
        log.add(.grade, at: time, fields)
    }

    @Test func aGradeShowsAndALaterRightFirstAnswerResolves() throws {
        var log = LogLines()
        show(&log, "court-order-compliance", ["m1"], concept: "court-orders", at: "2026-01-01T09:00:00Z")
        var history = try log.fold()
        let entry = try #require(history.state.misconceptions.entries.first)
        #expect(entry.question == "court-order-compliance" && entry.misconception == "m1")
        #expect(entry.concept == "court-orders" && entry.times == 1 && entry.firstShown == "2026-01-01T09:00:00Z")
        #expect(history.state.misconceptions.openConcepts { _ in nil } == ["court-orders"])

        // A wrong first answer on the concept does not resolve it; a right one on another question does.
        log.answer(
            "court-orders-commitment", concept: "court-orders", verdict: "partial", before: 0.2, after: 0.3, at: "t2")
        history = try log.fold()
        #expect(history.state.misconceptions.open { _ in nil }.count == 1)
        log.answer(
            "court-orders-commitment", concept: "court-orders", verdict: "correct", before: 0.3, after: 0.6, at: "t3")
        history = try log.fold()
        #expect(history.state.misconceptions.open { _ in nil }.isEmpty)
        #expect(history.state.misconceptions.resolution(of: entry, { _ in nil })?.time == "t3")
        #expect(history.state.firstAnswers["court-orders"] == Tally(right: 1, total: 2))

        // Shown again: open again, twice shown.
        show(&log, "court-order-compliance", ["m1"], concept: "court-orders", at: "t4")
        history = try log.fold()
        #expect(history.state.misconceptions.open { _ in nil }.map(\.times) == [2])
    }

    @Test func aRightAnswerOnAnotherConceptResolvesNothing() throws {
        var log = LogLines()
        show(&log, "court-order-compliance", ["m1"], concept: "court-orders", at: "t1")
        log.answer("build-trust", concept: "trust", verdict: "correct", before: 0.2, after: 0.6, at: "t2")
        #expect(try log.fold().state.misconceptions.openConcepts { _ in nil } == ["court-orders"])
    }

    @Test func aRightExamAnswerResolvesItsConceptsButIsNotAQuestionsFirstAnswer() throws {
        var log = LogLines()
        show(&log, "court-order-compliance", ["m1"], concept: "court-orders", at: "t1")
        log.add(
            .grade, at: "t2",
            [
                ("question", .string("item-1")), ("answer", .string("b")), ("covered", .array([.string("key")])),
                ("misconceptions", .array([])), ("verdict", .string("correct")), ("option", .string("B")),
                ("response", .string("…")),
            ])
        log.add(
            .mastery, at: "t2",
            [
                ("concept", .string("court-orders")), ("before", .number(0.2)), ("after", .number(0.4)),
                ("mastered", .bool(false)), ("question", .string("item-1")),
            ])
        let state = try log.fold().state
        #expect(state.misconceptions.open { _ in nil }.isEmpty)
        #expect(state.firstAnswers["court-orders"] == nil)
    }

    @Test func anOlderLogWithoutTheConceptStillFolds() throws {
        var log = LogLines()
        // A first answer: its mastery event names the concept.
        show(&log, "court-order-compliance", ["m1"], concept: nil, at: "t1")
        log.add(
            .mastery, at: "t1",
            [
                ("concept", .string("court-orders")), ("before", .number(0.2)), ("after", .number(0.18)),
                ("mastered", .bool(false)), ("question", .string("court-order-compliance")),
            ])
        // A later answer to another question: no mastery event, so the concept is looked up.
        show(&log, "empathy-show", ["m1"], concept: nil, at: "t2")
        let history = try log.fold().state.misconceptions
        #expect(history.entries.map(\.concept) == ["court-orders", nil])
        #expect(history.openConcepts { kb.question($0)?.concept } == ["court-orders", "empathy"])
    }

    /// The live session keeps the same value as the fold of its log, turn by turn.
    @Test func theLiveStateMatchesTheFoldOfItsLog() throws {
        let log = MemoryLogSink()
        let session = TutorSession(
            tutor: tutor, learner: "fay", session: "s1", seed: 16, history: nil, resumed: false, sink: log,
            now: { "2026-01-01T09:00:00Z" })
        let lines = [
            ":quiz court-orders", Self.trap, complete("court-order-compliance"), ":quiz court-orders",
            complete("court-orders-commitment"),
        ]
        for (n, line) in lines.enumerated() {
            _ = session.turn(line)
            let folded = try LearnerHistory.fold(lines: log.lines.map { Substring($0) }, seed: 16).state
            #expect(folded.misconceptions == session.state.misconceptions, "after line \(n + 1)")
            #expect(folded.firstAnswers == session.state.firstAnswers, "after line \(n + 1)")
        }
        // The answer completed after the correction did not resolve it; the next question's right first answer did.
        #expect(session.state.misconceptions.entries.count == 1)
        #expect(session.state.misconceptions.open { _ in nil }.isEmpty)
    }

    @Test func theAnswersAfterTheCorrectionDoNotResolveIt() {
        var s = DialogueSession()
        _ = s.run([":quiz court-orders", Self.trap, complete("court-order-compliance")])
        #expect(s.state.open == nil, "the question closed")
        #expect(s.state.misconceptions.openConcepts { _ in nil } == ["court-orders"])
    }
}

/// "Quiz me" probes a concept with an open misconception (issue 16.2).
@Suite struct MisconceptionSelectionTests {
    let tutor = Fixtures.tutor

    /// Court orders weaker than empathy: the scheduler's first choice.
    func state() -> TutorState {
        var state = TutorState(seed: 1)
        for (concept, p) in [("court-orders", 0.1), ("empathy", 0.4)] {
            state.meet(concept)
            state.mastery[concept] = p
            state.attempts[concept] = 1
        }
        return state
    }

    @Test func quizMePrefersAConceptWithAnOpenMisconception() {
        var state = state()
        #expect(tutor.conceptToQuiz(state, now: nil) == "court-orders")
        state.misconceptions.show(["m1"], question: "empathy-show", concept: "empathy", time: "t")
        #expect(tutor.conceptToQuiz(state, now: nil) == "empathy")
        var s = DialogueSession()
        s.state = state
        let r = s.say("quiz me")
        guard case .ask(_, "empathy") = r.moves.last else {
            Issue.record("not asked on empathy: \(r.moves)")
            return
        }
        // Resolved: back to the scheduler's order.
        state.misconceptions.right(on: "empathy", time: "t2")
        #expect(tutor.conceptToQuiz(state, now: nil) == "court-orders")
    }

    @Test func notTheConceptJustAskedWhileAnotherIsEligible() {
        var state = state()
        state.misconceptions.show(["m1"], question: "court-order-compliance", concept: "court-orders", time: "t")
        state.misconceptions.show(["m1"], question: "empathy-show", concept: "empathy", time: "t")
        state.lastAsked = "empathy-show"
        #expect(tutor.conceptToQuiz(state, now: nil) == "court-orders")
        state.lastAsked = "court-order-compliance"
        #expect(tutor.conceptToQuiz(state, now: nil) == "empathy")
    }

    @Test func finishedQuestionsAreStillNotReasked() {
        var state = state()
        state.misconceptions.show(["m1"], question: "empathy-show", concept: "empathy", time: "t")
        state.finished = Fixtures.kb.concept("empathy")!.questions.map(\.id)
        #expect(tutor.conceptToQuiz(state, now: nil) == "court-orders")
    }
}

/// Open misconceptions in `tutor progress` (text, JSON), readiness, the class summary and `:progress`.
@Suite struct MisconceptionProgressTests {
    let kb = Fixtures.kb
    let now = ISOTime.parse("2026-01-20T09:00:00Z")!

    /// Shown on court orders and on empathy; empathy's resolved by a right first answer.
    func log() -> LogLines {
        var log = LogLines()
        for (question, concept) in [("court-order-compliance", "court-orders"), ("empathy-show", "empathy")] {
            log.add(
                .grade, at: "2026-01-18T09:00:00Z",
                [
                    ("question", .string(question)), ("answer", .string("…")), ("covered", .array([])),
                    ("misconceptions", .array([.string("m1")])), ("verdict", .string("misconception")),
                    ("concept", .string(concept)),
                ])
        }
        log.answer(
            "empathy-effect", concept: "empathy", verdict: "correct", before: 0.2, after: 0.6,
            at: "2026-01-19T09:00:00Z")
        return log
    }

    @Test func theReportListsThemOpenAndResolved() throws {
        let report = ProgressReport(learner: "sam", history: try log().fold(), kb: kb, now: now)
        #expect(report.openMisconceptions.map(\.question) == ["court-order-compliance"])
        let resolved = try #require(report.misconceptions.first { !$0.isOpen })
        #expect(resolved.concept == "empathy" && resolved.resolved == "2026-01-19T09:00:00Z")
        let text = report.text(bars: .ascii, kb: kb)
        let trap = kb.question("court-order-compliance")!.misconception("m1")!.text
        #expect(
            text.contains(
                "\nMisconceptions still open: 1.\n  Court-ordered treatment: \"\(trap)\" (shown once, last 2026-01-18)\n"
            ))
        #expect(text.contains("\nMisconceptions resolved: 1.\n  Empathy: "))
        let json = report.json
        let rows = try #require(json["misconceptions"]?.arrayValue)
        #expect(rows.map { $0["status"]?.stringValue } == ["open", "resolved"])
        #expect(rows[0]["concept"]?.stringValue == "court-orders" && rows[0]["times"]?.intValue == 1)
        #expect(json["milestone"]?["kind"]?.stringValue == "mastery")
        #expect(json["milestone"]?["concept"]?.stringValue == "empathy")
    }

    @Test func readinessCountsThemPerGroupAndInAll() throws {
        let report = ProgressReport(learner: "sam", history: try log().fold(), kb: kb, now: now)
        let group = kb.concept("court-orders")!.group
        #expect(report.readiness.groups.first { $0.id == group }?.openMisconceptions == 1)
        #expect(report.readiness.groups.map(\.openMisconceptions).reduce(0, +) == 1)
        #expect(report.readiness.all.openMisconceptions == 1)
        #expect(report.readiness.all.json["openMisconceptions"]?.intValue == 1)
    }

    @Test func theClassSummaryShowsThemPerLearner() throws {
        let summary = ClassSummary(
            learners: [("sam", try log().fold()), ("ben", try LogLines().fold())], kb: kb, now: now)
        #expect(summary.learners.map(\.openMisconceptions) == [0, 1])
        #expect(summary.json["learners"]?.arrayValue?.map { $0["openMisconceptions"]?.intValue } == [0, 1])
        let csv = summary.learnersCSV.split(separator: "\r\n").map(String.init)
        #expect(csv[0] == "learner,met,mastered,weak,answers,sessions,lastAnswer,openMisconceptions")
        #expect(csv[2].hasPrefix("sam,") && csv[2].hasSuffix(",1"))
    }

    @Test func theSessionsProgressShowsThemAndTheNextMilestone() throws {
        var s = DialogueSession()
        s.state = try log().fold().state
        let reply = s.say(":progress").reply
        #expect(reply.contains("\nMisconceptions still open: 1.\n  Court-ordered treatment: "))
        #expect(reply.contains("\nMisconceptions resolved: 1.\n"))
        #expect(
            reply.contains(
                "\nNext milestone: 2 more first answers right in a row on Empathy reach mastered (now 0.60).\n"))
    }
}

/// The next milestone (issue 16.8), from the learner model.
@Suite struct MilestoneTests {
    let kb = Fixtures.kb
    let tracer = KnowledgeTracer(kb: Fixtures.kb)

    @Test func theCountIsExact() {
        for p in [0.05, 0.2, 0.5, 0.8, 0.94] {
            let n = Milestone.rightAnswersNeeded("trust", from: p, tracer: tracer)
            var q = p
            for _ in 0..<(n - 1) { q = tracer.update("trust", from: q, correct: true) }
            #expect(!KnowledgeTracer.isMastered(q), "one fewer is not enough from \(p)")
            #expect(
                KnowledgeTracer.isMastered(tracer.update("trust", from: q, correct: true)), "\(n) reach it from \(p)")
        }
    }

    @Test func theNearestConceptThenANewOneThenKeepingThem() {
        var state = TutorState(seed: 1)
        let ranked = ReviewScheduler(kb: kb).ranked(state, now: nil).map(\.concept)
        var m = Milestone(state: state, kb: kb, tracer: tracer, ranked: ranked)
        #expect(m.kind == .newConcept && m.concept == ranked.first && m.practised == 0)
        state.mastery = ["trust": 0.3, "empathy": 0.7]
        state.attempts = ["trust": 1, "empathy": 2]
        m = Milestone(state: state, kb: kb, tracer: tracer, ranked: ranked)
        #expect(m.kind == .mastery && m.concept == "empathy" && m.practised == 2)
        #expect(m.text(kb).hasPrefix("Next milestone: "))
        for c in kb.concepts {
            state.mastery[c.id] = 0.99
            state.attempts[c.id] = 1
        }
        #expect(Milestone(state: state, kb: kb, tracer: tracer, ranked: ranked).kind == .allMastered)
    }
}

/// First answers are counted over all sessions: a resumed session goes on from the log's
/// count, as a session that never stopped does (issue 16.8).
@Suite struct ResumedProgressNoteTests {
    let tutor = Fixtures.tutor

    func complete(_ question: String) -> String {
        Fixtures.kb.question(question)!.expectations.map(\.text).joined(separator: " ")
    }

    /// The progress notes of `first` then `second`, with a resume from the log in between or not.
    func notes(resuming: Bool) throws -> [Move] {
        let log = MemoryLogSink()
        let first = [":quiz court-orders", MisconceptionHistoryTests.trap, complete("court-order-compliance")]
        let second = [":quiz court-orders", complete("court-orders-commitment")]
        var session = TutorSession(
            tutor: tutor, learner: "fay", session: "s1", seed: 16, history: nil, resumed: false, sink: log,
            now: { "2026-01-01T09:00:00Z" })
        var moves = first.flatMap { session.turn($0).moves }
        if resuming {
            session.end()
            let history = try LearnerHistory.fold(lines: log.lines.map { Substring($0) }, seed: 16)
            session = TutorSession(
                tutor: tutor, learner: "fay", session: "s2", seed: 16, history: history, resumed: true, sink: log,
                now: { "2026-01-01T09:00:00Z" })
        }
        moves += second.flatMap { session.turn($0).moves }
        return moves.filter { if case .progressNote = $0 { true } else { false } }
    }

    @Test func aResumedSessionCountsAsALiveOne() throws {
        let live = try notes(resuming: false)
        let resumed = try notes(resuming: true)
        #expect(live.count == 2)
        #expect(resumed == live)
        guard case .progressNote("court-orders", 1, 2, _) = resumed.last else {
            Issue.record("the second note does not count both first answers: \(resumed)")
            return
        }
    }
}
