import Foundation
import Testing

/// `tutor progress`, one learner and a class, through the built binary.
@Suite struct ProgressCLITests {
    static let session = ["quiz me on court orders", "it depends on the judge", "skip", "what is trust?"]

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A misconception shown in a piped session, open in every view of `tutor progress`, then
    /// resolved by a right first answer in a second session (issue 16.2).
    @Test func misconceptionsOpenThenResolved() throws {
        let state = TutorProcess.temporaryDirectory()
        let first = [":quiz court-orders", "nothing is missing, if he attends every session the treatment is working"]
        #expect(try TutorProcess.run([], lines: first, stateDir: state).status == 0)
        let text = try TutorProcess.run(["progress"], stateDir: state).stdout
        #expect(text.contains("\nMisconceptions still open: 1.\n  Court-ordered treatment: \"Attending every session"))
        let json = try Self.json(try TutorProcess.run(["progress", "--format", "json"], stateDir: state).stdout)
        let rows = try #require(json["misconceptions"] as? [[String: Any]])
        #expect(
            rows.count == 1 && rows[0]["status"] as? String == "open" && rows[0]["concept"] as? String == "court-orders"
        )
        let all = try #require((json["readiness"] as? [String: Any])?["all"] as? [String: Any])
        #expect(all["openMisconceptions"] as? Int == 1)
        let csv = try TutorProcess.run(["progress", "--logs", state.path, "--format", "csv"]).stdout
        #expect(csv.hasPrefix("learner,met,mastered,weak,answers,sessions,lastAnswer,openMisconceptions\r\n"))
        #expect(csv.hasSuffix(",1\r\n"))

        let second = [
            "skip", ":quiz court-orders",
            "being forced seldom makes a person truly care, and the order only compels attendance so he may comply while staying distant",
        ]
        #expect(try TutorProcess.run([], lines: second, stateDir: state).status == 0)
        let after = try Self.json(try TutorProcess.run(["progress", "--format", "json"], stateDir: state).stdout)
        #expect((after["misconceptions"] as? [[String: Any]])?.first?["status"] as? String == "resolved")
        #expect(try TutorProcess.run(["progress", "--logs", state.path, "--format", "csv"]).stdout.hasSuffix(",0\r\n"))
    }

    @Test func textAndJSONForOneLearner() throws {
        let state = TutorProcess.temporaryDirectory()
        #expect(try TutorProcess.run([], lines: Self.session, stateDir: state).status == 0)

        let text = try TutorProcess.run(["progress"], stateDir: state)
        #expect(text.status == 0)
        #expect(text.stderr.isEmpty)
        let lines = text.stdout.components(separatedBy: "\n")
        #expect(
            lines[0] == "Progress for tester (as of 2026-01-05T10:00:00Z): 2 concepts met, 1 session, 1 answer graded")
        // Not a terminal: ASCII bars, no escape codes.
        #expect(
            lines.contains {
                $0.hasPrefix("  Court-ordered treatment") && $0.contains("[#-------] 0.18         1  2026-01-05")
            })
        #expect(lines.contains { $0.hasPrefix("  Trust") && $0.contains("[##------] 0.20         0  -") })
        #expect(
            text.stdout.contains(
                "\nMastered: none yet.\nWeak: Court-ordered treatment (0.18).\nNext to practise:\n  1. Court-ordered treatment: weak (0.18)\n"
            ))
        #expect(text.stdout.unicodeScalars.allSatisfy { $0.isASCII })

        let plain = try TutorProcess.run(["progress", "--bars", "none"], stateDir: state)
        #expect(plain.stdout.contains("  Court-ordered treatment  0.18         1  2026-01-05\n"))
        let blocks = try TutorProcess.run(["progress", "--bars", "unicode"], stateDir: state)
        #expect(blocks.stdout.contains("█░░░░░░░ 0.18"))

        let out = try TutorProcess.run(["progress", "--format", "json", "--learner", "tester"], stateDir: state)
        #expect(out.status == 0)
        let report = try Self.json(out.stdout)
        #expect(report["format"] as? String == "tutor-progress" && report["version"] as? Int == 1)
        #expect(report["learner"] as? String == "tester" && report["answers"] as? Int == 1)
        let concepts = try #require(report["concepts"] as? [[String: Any]])
        let court = try #require(concepts.first { $0["id"] as? String == "court-orders" })
        #expect(court["attempts"] as? Int == 1 && court["status"] as? String == "weak")
        #expect(court["lastPractised"] as? String == "2026-01-05T10:00:00Z")
        #expect(report["weak"] as? [String] == ["court-orders"])
        let next = try #require(report["next"] as? [[String: Any]])
        #expect(next.first?["concept"] as? String == "court-orders" && next.first?["reason"] as? String == "unmastered")
    }

    @Test func aConceptAnsweredWellIsDueWhenItsFSRSCardSays() throws {
        let state = TutorProcess.temporaryDirectory()
        let log = state.appendingPathComponent("learners/tester.jsonl")
        try FileManager.default.createDirectory(at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
        let grade =
            #"{"v":1,"ts":"2026-01-01T09:00:00Z","learner":"tester","session":"s","seq":1,"type":"grade","question":"build-trust","answer":"a","covered":["e1","e2"],"misconceptions":[],"verdict":"correct"}"#
        let mastery =
            #"{"v":1,"ts":"2026-01-01T09:00:00Z","learner":"tester","session":"s","seq":2,"type":"mastery","concept":"trust","before":0.9,"after":0.97,"mastered":true,"question":"build-trust"}"#
        try Data((grade + "\n" + mastery + "\n").utf8).write(to: log)
        // FSRS-6: a good first answer is stable for about two days.
        let early = try Self.json(
            try TutorProcess.run(["progress", "--format", "json", "--clock", "2026-01-02T09:00:00Z"], stateDir: state)
                .stdout)
        #expect((early["next"] as? [[String: Any]])?.first?["reason"] as? String == "new")
        let reviews = try #require(early["reviews"] as? [[String: Any]])
        #expect(reviews.count == 1 && reviews[0]["id"] as? String == "trust")
        #expect(reviews[0]["due"] as? String == "2026-01-03T09:00:00Z" && reviews[0]["dueNow"] as? Bool == false)
        let late = try TutorProcess.run(["progress", "--clock", "2026-01-09T09:00:00Z"], stateDir: state)
        #expect(late.stdout.contains("2026-01-01 (review due)"))
        #expect(late.stdout.contains("  1. Trust: review due: mastered (0.97), last practised 8 days ago\n"))
        #expect(late.stdout.contains("Reviews: 1 due now; `tutor review` runs them.\n  Trust: due since 2026-01-03\n"))
        // The fixed interval is gone; the option is still accepted, with a warning.
        let custom = try TutorProcess.run(
            ["progress", "--clock", "2026-01-02T09:00:00Z", "--review-after", "3"], stateDir: state)
        #expect(custom.status == 0)
        #expect(custom.stderr.contains("--review-after is ignored"))
        #expect(!custom.stdout.contains("(review due)"))
    }

    @Test func aLearnerWithoutALogIsAnError() throws {
        let state = TutorProcess.temporaryDirectory()
        let out = try TutorProcess.run(["progress", "--learner", "nobody"], stateDir: state)
        #expect(out.status == 1)
        #expect(
            out.stderr
                == "tutor: error: no session log for learner 'nobody' (looked for \(state.path)/learners/nobody.jsonl)\n"
        )
    }

    @Test func classSummaryOverAFolderOfTwoLearners() throws {
        let state = TutorProcess.temporaryDirectory()
        #expect(try TutorProcess.run(["--learner", "amy"], lines: Self.session, stateDir: state).status == 0)
        #expect(
            try TutorProcess.run(["--learner", "ben"], lines: ["what is trust?", "what is empathy?"], stateDir: state)
                .status == 0)
        let learners = state.appendingPathComponent("learners").path

        let out = try TutorProcess.run(["progress", "--logs", learners, "--format", "json"])
        #expect(out.status == 0)
        let summary = try Self.json(out.stdout)
        #expect(summary["format"] as? String == "tutor-class-progress")
        let rows = try #require(summary["learners"] as? [[String: Any]])
        #expect(rows.map { $0["learner"] as? String } == ["amy", "ben"])
        #expect(rows[0]["met"] as? Int == 2 && rows[0]["weak"] as? Int == 1 && rows[0]["answers"] as? Int == 1)
        #expect(rows[1]["met"] as? Int == 2 && rows[1]["weak"] as? Int == 0 && rows[1]["answers"] as? Int == 0)
        let concepts = try #require(summary["concepts"] as? [[String: Any]])
        let trust = try #require(concepts.first { $0["id"] as? String == "trust" })
        #expect(trust["learners"] as? Int == 2 && trust["mastered"] as? Int == 0)
        #expect((trust["meanMastery"] as? Double).map { abs($0 - 0.2) < 1e-9 } == true)
        #expect(concepts.first { $0["id"] as? String == "court-orders" }?["learners"] as? Int == 1)

        // The state folder itself works too (its learners/ is read), and text has both tables.
        let text = try TutorProcess.run(["progress", "--logs", state.path])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Class summary: 2 learners (as of 2026-01-05T10:00:00Z)\n"))
        #expect(text.stdout.contains("\n  amy        2         0     1        1                    0  2026-01-05   "))
        #expect(text.stdout.contains("\n  ben        2         0     0        0                    0  -            "))
        // Each learner's predicted score on the item bank, with its interval.
        #expect(text.stdout.range(of: #"\n  amy .*  \d+% \(\d+-\d+%\)\n"#, options: .regularExpression) != nil)
        #expect((rows[0]["predicted"] as? [String: Any])?["mean"] is Double)
        #expect(text.stdout.contains("  Court-ordered treatment         1  [#-------] 0.18         0\n"))
    }

    @Test func csvAndTheLessonView() throws {
        let state = TutorProcess.temporaryDirectory()
        // "go on": the lesson's opening pauses before its first question ("Want more?"); after
        // the skip it pauses again before teaching anything more, so amy has met one concept.
        let lesson = [":lesson bridges-not-walls", "go on", "i have no idea", "skip"]
        #expect(try TutorProcess.run(["--learner", "amy"], lines: lesson, stateDir: state).status == 0)
        #expect(try TutorProcess.run(["--learner", "ben"], lines: ["what is trust?"], stateDir: state).status == 0)

        let learners = try TutorProcess.run(["progress", "--logs", state.path, "--format", "csv"])
        #expect(learners.status == 0)
        #expect(
            learners.stdout
                == "learner,met,mastered,weak,answers,sessions,lastAnswer,openMisconceptions\r\namy,1,0,1,1,1,2026-01-05T10:00:00Z,0\r\nben,1,0,0,0,1,,0\r\n"
        )
        let concepts = try TutorProcess.run(["progress", "--logs", state.path, "--format", "csv", "--by", "concept"])
        #expect(concepts.stdout.hasPrefix("id,name,learners,meanMastery,mastered\r\n"))
        #expect(concepts.stdout.contains("\r\ntrust,Trust,1,0.2,0\r\n"))

        let csv = try TutorProcess.run(["progress", "--logs", state.path, "--by", "lesson", "--format", "csv"])
        #expect(csv.status == 0)
        #expect(
            csv.stdout == """
                lesson,learner,started,finished,question,firstVerdict\r
                bridges-not-walls,amy,2026-01-05T10:00:00Z,,confrontation-effect,dont-know\r
                bridges-not-walls,amy,2026-01-05T10:00:00Z,,lesson:bridges-not-walls:walls:1,\r
                bridges-not-walls,amy,2026-01-05T10:00:00Z,,build-trust,\r

                """)
        let text = try TutorProcess.run(["progress", "--logs", state.path, "--by", "lesson"])
        #expect(text.stdout.hasPrefix("Lessons: 3, over 2 learners (as of 2026-01-05T10:00:00Z)\n"))
        #expect(text.stdout.contains("(bridges-not-walls)\n  started: 1 (amy); finished: none\n"))
        #expect(
            text.stdout.contains(
                "\n  confrontation-effect                     1        0        0              0          0          1\n"
            ))
        #expect(text.stdout.contains("(outside-pressure)\n  started: none; finished: none\n"))

        let alone = try TutorProcess.run(["progress", "--format", "csv"], stateDir: state)
        #expect(
            alone.status == 64 && alone.stderr.contains("--format csv and --by are for a class summary: add --logs DIR")
        )
    }

    @Test func oneUnreadableLogDoesNotHideTheClass() throws {
        let dir = TutorProcess.temporaryDirectory()
        let good =
            #"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"amy","session":"s","seq":1,"type":"mastery","concept":"trust","before":0.2,"after":0.6,"mastered":false,"question":"build-trust"}"#
        try Data((good + "\nnot json\n").utf8).write(to: dir.appendingPathComponent("amy.jsonl"))
        try Data(#"{"v":9,"ts":"x","learner":"zed","session":"s","seq":1,"type":"turn"}"#.utf8).write(
            to: dir.appendingPathComponent("zed.jsonl"))
        let out = try TutorProcess.run(["progress", "--logs", dir.path, "--format", "json"])
        #expect(out.status == 0)
        #expect(out.stderr.contains("tutor: warning: \(dir.path)/amy.jsonl:2: skipped an unreadable log line"))
        #expect(out.stderr.contains("tutor: warning: \(dir.path)/zed.jsonl: line 1: written by a newer tutor"))
        #expect(out.stderr.contains("(left out of the summary)"))
        let rows = try #require(try Self.json(out.stdout)["learners"] as? [[String: Any]])
        #expect(rows.map { $0["learner"] as? String } == ["amy"])
        let missing = try TutorProcess.run(["progress", "--logs", dir.appendingPathComponent("nope").path])
        #expect(missing.status == 1 && missing.stderr.contains("no such folder"))
        let both = try TutorProcess.run(["progress", "--logs", dir.path, "--learner", "amy"])
        #expect(both.status == 64 && both.stderr.contains("--logs and --learner cannot be used together"))
    }
}
