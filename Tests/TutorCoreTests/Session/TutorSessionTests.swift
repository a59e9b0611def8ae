import Testing

@testable import TutorCore

/// One session type for every front end: a transcript replay resumes as a live session does.
@Suite struct TutorSessionTests {
    let tutor = Fixtures.tutor
    static let first = [":quiz shared-goals", "they decide the goals together", "what is empathy?", "quiz me on trust"]
    static let second = ["hint", "and they both work toward them", ":progress", "quiz me"]

    /// Two sessions of one learner run as the command line runs them: the second resumes
    /// from the fold of the first's log. Returns each session's outputs (welcome first).
    func live() throws -> [[String]] {
        let log = MemoryLogSink()
        var outputs: [[String]] = []
        for (n, lines) in [Self.first, Self.second].enumerated() {
            let history = try LearnerHistory.fold(lines: log.lines.map { Substring($0) }, seed: 20)
            let session = TutorSession(
                tutor: tutor, learner: "jo", session: "transcript-\(n + 1)", seed: 20, history: history,
                resumed: !log.lines.isEmpty, sink: log, now: { "2026-01-02T09:00:00Z" })
            outputs.append([session.welcome ?? ""] + lines.map { session.turn($0).reply })
            session.end()
        }
        return outputs
    }

    @Test func aReplayResumesLikeALiveSession() throws {
        var text = ""
        for lines in [Self.first, Self.second] {
            text += "```transcript seed=20 learner=jo clock=2026-01-02T09:00:00Z\n"
            text += lines.map { "> " + $0 + "\n" }.joined() + "```\n\n"
        }
        let transcript = try Transcript.parse(path: "t.md", text: text)
        let results = TranscriptReplayer(tutor: tutor).replay(transcript)
        let live = try live()
        #expect(live[1][0].hasPrefix("Welcome back."), "the second session resumes the open question")
        for (block, outputs) in zip(results, live) {
            // With no expected output every segment mismatches, so `updated` is what was said.
            let said = outputs.flatMap(TranscriptReplayer.lines)
            #expect(block.updated.filter { !$0.hasPrefix("> ") && !$0.hasPrefix("```") } == said)
        }
    }

    @Test func aQuestionTheTutorNoLongerHasIsDropped() throws {
        var state = TutorState(seed: 1)
        state.open = OpenQuestion(id: "a-question-edited-away")
        state.turn = 3
        let recorder = SessionRecorder(learner: "jo", session: "s1")
        let log = MemoryLogSink()
        log.append([recorder.sessionStart(seed: 1, resumed: false, time: "t")])
        var result = TurnResult(input: "x", reply: "")
        result.openQuestion = state.open?.id
        log.append(recorder.events(for: result, state: state, time: "t"))
        let history = try LearnerHistory.fold(lines: log.lines.map { Substring($0) }, seed: 1)
        #expect(history.resumedState(seed: 1).open?.id == "a-question-edited-away")
        let session = TutorSession(
            tutor: tutor, learner: "jo", session: "s2", seed: 1, history: history, resumed: true, sink: log,
            now: { "t" })
        #expect(session.state.open == nil)
        #expect(session.welcome == nil)
        #expect(log.lines.count == 3, "the new session's start is logged")
    }

    /// A session with no log (`--no-log`) does not promise at goodbye that the progress is
    /// saved or that the open question waits; one with a log does.
    @Test(arguments: [true, false]) func goodbyePromisesOnlyWhatTheLogKeeps(logged: Bool) {
        let session = TutorSession(
            tutor: tutor, learner: "jo", session: "s1", seed: 3, history: nil, resumed: false,
            sink: logged ? MemoryLogSink() : nil, now: { "2026-01-02T09:00:00Z" })
        _ = session.turn(":quiz shared-goals")
        _ = session.turn("they pick the goals together")
        #expect(session.state.open != nil, "the question is still open at goodbye")
        let reply = session.turn("bye").reply
        #expect(reply.contains("Today you answered 1 question"))
        #expect(reply.contains("Your progress is saved for next time.") == logged)
        #expect(reply.contains("The open question will be waiting") == logged)
        #expect(reply.contains("not saved") == !logged)
    }

    /// Goodbye counts answers, not the concepts they bear on: an exam item tagged with three
    /// concepts is one question. It counts today's answers only, and a session resumed from
    /// the log the same day counts on from the live one's figure.
    @Test func goodbyeCountsTodaysAnswersOncePerAnswer() throws {
        let log = MemoryLogSink()
        let first = TutorSession(
            tutor: tutor, learner: "jo", session: "s1", seed: 3, history: nil, resumed: false, sink: log,
            now: { "2026-01-02T09:00:00Z" })
        _ = first.turn(":exam 2")
        _ = first.turn("A")
        _ = first.turn("A")
        try #require(first.state.attempts.values.reduce(0, +) > 2, "the items bear on more concepts than two")
        #expect(first.state.answeredOn == DayTally(day: "2026-01-02", count: 2))
        #expect(first.turn("bye").reply.contains("Today you answered 2 questions on"))

        let history = try LearnerHistory.fold(lines: log.lines.map { Substring($0) }, seed: 3)
        #expect(history.state.answeredOn == first.state.answeredOn)
        let later = TutorSession(
            tutor: tutor, learner: "jo", session: "s2", seed: 3, history: history, resumed: true, sink: log,
            now: { "2026-01-02T17:00:00Z" })
        _ = later.turn(":quiz shared-goals")
        _ = later.turn("they pick the goals together")
        #expect(later.turn("bye").reply.contains("Today you answered 3 questions on"))

        let nextDay = TutorSession(
            tutor: tutor, learner: "jo", session: "s3", seed: 3,
            history: try LearnerHistory.fold(lines: log.lines.map { Substring($0) }, seed: 3), resumed: true,
            sink: log, now: { "2026-01-03T09:00:00Z" })
        _ = nextDay.turn("skip")  // yesterday's open question
        _ = nextDay.turn(":quiz trust")
        _ = nextDay.turn("they feel safe enough to open up")
        let reply = nextDay.turn("bye").reply
        #expect(reply.contains("Today you answered 1 question on"), "\(reply)")
    }
}
