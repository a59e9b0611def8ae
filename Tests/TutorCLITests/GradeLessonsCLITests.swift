import Foundation
import Testing
import TutorCore

/// `tutor grade --lessons` / `--scripts DIR`: the lessons' inline questions graded like the
/// knowledge base's, so a harness can test them the same way.
@Suite struct GradeLessonsCLITests {
    static func line(_ question: String, _ answer: String) -> String {
        JSON.object([("question", .string(question)), ("answer", .string(answer))]).serialized()
    }

    @Test func inlineQuestionsNeedTheLessons() throws {
        let lines = [
            Self.line("lesson:bridges-not-walls:walls:1", "tell him to send support and encouragement instead"),
            Self.line("build-trust", "listen"),
        ]
        let plain = try TutorProcess.run(["grade"], lines: lines)
        #expect(plain.status == 0)
        #expect(
            plain.stdout
                == """
                {"error":"unknown question id 'lesson:bridges-not-walls:walls:1'","line":1}
                {"question":"build-trust","covered":["e1"],"misconceptions":[],"verdict":"partial"}

                """)
        let withLessons = try TutorProcess.run(["grade", "--lessons"], lines: lines)
        #expect(withLessons.status == 0)
        #expect(
            withLessons.stdout
                == """
                {"question":"lesson:bridges-not-walls:walls:1","covered":["e2"],"misconceptions":[],"verdict":"partial"}
                {"question":"build-trust","covered":["e1"],"misconceptions":[],"verdict":"partial"}

                """)
    }

    /// Every `#!` sample of every shipped inline question, graded through `grade --lessons`,
    /// gets its label: what `lesson check` promises, seen from a harness.
    @Test func theShippedLessonsSamplesGradeAsLabeled() throws {
        let dir = TutorProcess.root.appendingPathComponent("Scripts")
        var lines: [String] = []
        var labels: [(question: String, verdict: String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        where name.hasSuffix(".lesson") {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let lesson = try LessonParser.parse(text, file: name, name: String(name.dropLast(7)))
            for step in lesson.sections.flatMap(\.steps) {
                guard case .ask(let ask) = step.kind, ask.isInline else { continue }
                for sample in ask.samples {
                    lines.append(Self.line(ask.question, sample.answer))
                    labels.append((ask.question, sample.verdict.rawValue))
                }
            }
        }
        #expect(labels.count >= 10)
        let out = try TutorProcess.run(["grade", "--lessons"], lines: lines)
        #expect(out.status == 0 && out.stderr.isEmpty)
        let grades = out.stdout.split(separator: "\n").map { try? JSON.parse(String($0)) }
        #expect(grades.count == labels.count)
        for (grade, label) in zip(grades, labels) {
            #expect(grade?["question"]?.stringValue == label.question)
            #expect(grade?["verdict"]?.stringValue == label.verdict, "\(label.question)")
        }
    }

    @Test func aLessonsFolderOfOnesOwn() throws {
        let dir = TutorProcess.temporaryDirectory()
        try """
        title: Trust
        == start ==
        ask: Why does trust matter?
          concept: trust
          expect: Clients open up. | open up | share
          misconception: Trust is automatic. | automatic
        end
        """.write(to: dir.appendingPathComponent("mine.lesson"), atomically: true, encoding: .utf8)
        let out = try TutorProcess.run(
            ["grade", "--scripts", dir.path],
            lines: [
                Self.line("lesson:mine:start:1", "they open up"), Self.line("lesson:mine:start:1", "it's automatic"),
            ])
        #expect(
            out.stdout
                == """
                {"question":"lesson:mine:start:1","covered":["e1"],"misconceptions":[],"verdict":"correct"}
                {"question":"lesson:mine:start:1","covered":[],"misconceptions":["m1"],"verdict":"misconception"}

                """)
        let missing = try TutorProcess.run(["grade", "--scripts", dir.appendingPathComponent("nope").path], lines: [])
        #expect(missing.status == 1)
        #expect(missing.stderr == "tutor: error: \(dir.path)/nope: no such lessons folder\n")
    }
}
