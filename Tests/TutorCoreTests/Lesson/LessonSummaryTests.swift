import Foundation
import Testing

@testable import TutorCore

/// `progress --logs --by lesson`: who started and finished each lesson, and the verdict of
/// each learner's first answer to its questions, from logs of real dialogues.
@Suite struct LessonSummaryTests {
    static let script = """
        title: Trust, in two questions
        == start ==
        say: Let's talk about trust.
        ask: Why does trust matter to the alliance?
          concept: trust
          expect: It lets clients open up and share honestly. | open up | share | honest
          misconception: Trust is automatic from the first session. | automatic | comes automatically
          tries: 1
          on * -> two
        == two ==
        ask: build-trust
          tries: 1
        end
        """

    let lesson: Lesson
    let tutor: Tutor
    init() throws {
        lesson = try LessonParser.parse(Self.script, file: "trust.lesson", name: "trust")
        tutor = Tutor(kb: Fixtures.kb, lessons: [lesson])
    }

    /// A learner's log: each session's lines on its own day (2026-01-0N).
    func log(_ learner: String, _ sessions: [[String]]) -> (learner: String, events: [SessionEvent]) {
        var state = TutorState(seed: 1)
        var events: [SessionEvent] = []
        for (n, lines) in sessions.enumerated() {
            let recorder = SessionRecorder(learner: learner, session: "s\(n)")
            let time = "2026-01-0\(n + 1)T10:00:00Z"
            events.append(recorder.event(.sessionStart(SessionStart(seed: 1, resumed: n > 0)), time: time))
            for line in lines {
                let result = tutor.respond(to: line, state: &state, now: time)
                events += recorder.events(for: result, state: state, time: time)
            }
        }
        return (learner, events)
    }

    var logs: [(learner: String, events: [SessionEvent])] {
        [
            // Wrong twice, then back another day: the first answers stay the ones that count.
            log(
                "sam",
                [
                    [":lesson trust", "it comes automatically", "be an expert"],
                    [":lesson trust", "they open up and share honestly"],
                ]),
            log(
                "ana",
                [[":lesson trust", "they open up and share honestly", "listen without judgment and show empathy"]]),
            // Stopped half-way: started, not finished.
            log("lee", [[":lesson trust", ":lesson stop"]]),
            // The lesson's knowledge-base question answered outside the lesson does not count.
            log("kim", [["quiz me on trust", "listen without judgment and show empathy"]]),
        ]
    }

    @Test func startsFinishesAndFirstAnswersPerLesson() throws {
        let summary = LessonSummary(logs: logs, lessons: [lesson], kb: Fixtures.kb, now: nil)
        #expect(summary.learners == 4)
        let entry = try #require(summary.lessons.first)
        #expect(summary.lessons.count == 1)
        #expect(entry.title == "Trust, in two questions")
        #expect(entry.questions.map(\.id) == ["lesson:trust:start:1", "build-trust"])
        #expect(entry.questions[0].text == "Why does trust matter to the alliance?")
        #expect(
            entry.runs == [
                .init(
                    learner: "ana", started: "2026-01-01T10:00:00Z", finished: "2026-01-01T10:00:00Z",
                    firstVerdicts: ["lesson:trust:start:1": .correct, "build-trust": .correct]),
                .init(learner: "lee", started: "2026-01-01T10:00:00Z", finished: nil, firstVerdicts: [:]),
                .init(
                    learner: "sam", started: "2026-01-01T10:00:00Z", finished: "2026-01-01T10:00:00Z",
                    firstVerdicts: ["lesson:trust:start:1": .misconception, "build-trust": .incorrect]),
            ])
        #expect(entry.verdicts("build-trust") == [.correct: 1, .incorrect: 1])
    }

    @Test func textJSONAndCSV() throws {
        let summary = LessonSummary(
            logs: logs, lessons: [lesson], kb: Fixtures.kb, now: Date(timeIntervalSince1970: 1_767_607_200))
        #expect(
            summary.text() == """
                Lessons: 1, over 4 learners (as of 2026-01-05T10:00:00Z)

                Trust, in two questions (trust)
                  started: 3 (ana, lee, sam); finished: 2 (ana, sam)
                  first answers         answered  correct  partial  misconception  incorrect  dont-know
                  lesson:trust:start:1         2        1        0              1          0          0
                  build-trust                  2        1        0              0          1          0

                """)
        #expect(
            summary.csv == """
                lesson,learner,started,finished,question,firstVerdict\r
                trust,ana,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z,lesson:trust:start:1,correct\r
                trust,ana,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z,build-trust,correct\r
                trust,lee,2026-01-01T10:00:00Z,,lesson:trust:start:1,\r
                trust,lee,2026-01-01T10:00:00Z,,build-trust,\r
                trust,sam,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z,lesson:trust:start:1,misconception\r
                trust,sam,2026-01-01T10:00:00Z,2026-01-01T10:00:00Z,build-trust,incorrect\r

                """)
        let json = summary.json.serialized()
        #expect(
            json.hasPrefix(#"{"format":"tutor-lesson-progress","version":1,"asOf":"2026-01-05T10:00:00Z","learners":4"#)
        )
        #expect(json.contains(#""started":["ana","lee","sam"],"finished":["ana","sam"]"#))
        #expect(
            json.contains(
                #"{"id":"build-trust","text":"Name two things a counselor can do to build trust early in treatment.","answered":2,"firstAnswers":{"correct":1,"partial":0,"misconception":0,"incorrect":1,"dont-know":0}}"#
            ))
    }

    /// A lesson no longer in the lessons folder is still reported, by the name the log gives.
    @Test func aLessonNoLongerKnownIsNamedByTheLog() throws {
        let summary = LessonSummary(logs: logs, lessons: [], kb: Fixtures.kb, now: nil)
        let entry = try #require(summary.lessons.first)
        #expect(entry.name == "trust" && entry.title == "trust")
        #expect(entry.questions.map(\.id) == ["lesson:trust:start:1", "build-trust"])
        #expect(entry.runs.map(\.learner) == ["ana", "lee", "sam"])
        #expect(entry.runs.map { $0.finished != nil } == [true, false, true])
    }

    @Test func csvQuotesAsRFC4180Says() {
        #expect(
            CSV.table(header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["two\nlines", ""], ["plain", "1"]])
                == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\nplain,1\r\n")
    }
}
