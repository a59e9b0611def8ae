import Foundation
import Testing

/// The built binary through pipes: answers, exit codes, bad input.
@Suite struct PipeTests {
    @Test func answersAQuestionFromAPipeAndExitsAtEndOfInput() throws {
        let out = try TutorProcess.run([], lines: ["what is trust?"])
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("Trust: "))
        #expect(out.stdout.contains("(Sources: seed-000"))
        #expect(!out.stdout.contains("\u{1B}"))
        #expect(out.stderr.isEmpty)
    }

    @Test func askAnswersOnceAndExits() throws {
        let out = try TutorProcess.run(["ask", "how", "do", "I", "build", "trust?"])
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("Trust, in practice:\n  1. "))
    }

    @Test func versionAndHelp() throws {
        let version = try TutorProcess.run(["--version"])
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try TutorProcess.run(["--help"])
        #expect(help.stdout.contains("SUBCOMMANDS"))
        #expect(help.stdout.contains("match"))
    }

    @Test func badUsageExitsNonZero() throws {
        let out = try TutorProcess.run(["match", "--format", "xml"])
        #expect(out.status != 0)
        #expect(out.stderr.contains("xml"))
    }

    @Test func oneReplyPerLineWhateverTheInput() throws {
        var input = Data()
        let lines: [Data] = [
            Data("".utf8),
            Data("   \t  ".utf8),
            Data(String(repeating: "trust ", count: 200_000).utf8),  // over 1 MB
            Data([0xFF, 0xFE, 0x80, 0x41]),  // not UTF-8
            Data("what\u{0}is\u{7}trust".utf8),
            Data("\u{1B}[31mwhat is empathy\u{1B}[0m \u{1B}]0;pwned\u{07}".utf8),
            Data("🤝🤝🤝".utf8),
            Data("¿Qué es la alianza terapéutica?".utf8),
            Data("信任是什么".utf8),
            Data("%s %n %d {0} ${HOME} $(rm -rf /)".utf8),
        ]
        for line in lines { input.append(line); input.append(10) }
        let out = try TutorProcess.run(["--no-log"], input: input)
        #expect(out.status == 0)
        #expect(!out.stdoutBytes.contains(0x1B))
        #expect(!out.stdoutBytes.contains(0x00))
        let replies = out.stdout.components(separatedBy: "\n\n")
        #expect(replies.count == lines.count)
        #expect(replies.allSatisfy { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        #expect(!out.stdout.contains("pwned"))
        #expect(replies[5].hasPrefix("Empathy: "))
        #expect(replies[8].contains("English"))
    }

    @Test func matchIsOneJSONObjectPerLine() throws {
        let out = try TutorProcess.run(
            ["match", "--format", "jsonl"], lines: ["what is empathy", "compliance vs commitment", "hello", ""])
        #expect(out.status == 0)
        let rows = out.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 4)
        #expect(rows[0] == #"{"text":"what is empathy","intent":"define","concepts":["empathy"],"confidence":1}"#)
        #expect(rows[1].contains(#""intent":"compare","concepts":["compliance-vs-commitment"]"#))
        #expect(rows[2].contains(#""intent":"greeting","concepts":[]"#))
        #expect(rows[3].contains(#""intent":"out-of-scope""#))
    }

    @Test func gradeReportsBadLinesAndGradesTheRest() throws {
        let out = try TutorProcess.run(
            ["grade", "--format", "jsonl"],
            lines: [
                #"{"question": "build-trust", "answer": "listen without judgment and show empathy"}"#,
                #"{"question": "no-such-question", "answer": "x"}"#,
                #"not json"#,
                #"{"answer": "x"}"#,
                #"{"question": "confrontation-effect", "answer": "confronting them breaks through their denial"}"#,
            ])
        #expect(out.status == 0)
        let rows = out.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 5)
        #expect(rows[0] == #"{"question":"build-trust","covered":["e1","e2"],"misconceptions":[],"verdict":"correct"}"#)
        #expect(rows[1] == #"{"error":"unknown question id 'no-such-question'","line":2}"#)
        #expect(rows[2].hasPrefix(#"{"error":"malformed JSON: "#))
        #expect(rows[3] == #"{"error":"missing \"question\" (a question id)","line":4}"#)
        #expect(
            rows[4]
                == #"{"question":"confrontation-effect","covered":[],"misconceptions":["m1"],"verdict":"misconception"}"#
        )
    }

    @Test func aBrokenKnowledgeBaseIsReportedNotCrashedOn() throws {
        let dir = TutorProcess.temporaryDirectory()
        let source = TutorProcess.root.appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(at: source, to: dir.appendingPathComponent("K"))
        let trust = dir.appendingPathComponent("K/concepts/trust.yaml")
        var text = try String(contentsOf: trust, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "  - concept: therapeutic-alliance\n", with: "  - concept: therapeutic-aliance\n")
        try text.write(to: trust, atomically: true, encoding: .utf8)
        let k = dir.appendingPathComponent("K").path
        let check = try TutorProcess.run(["kb", "check", k])
        #expect(check.status == 1)
        #expect(check.stderr.contains("K/concepts/trust.yaml:"))
        #expect(
            check.stderr.contains(
                ": error: unknown related concept 'therapeutic-aliance'; did you mean 'therapeutic-alliance'?"))
        let chat = try TutorProcess.run(["--knowledge", k], lines: ["what is trust"])
        #expect(chat.status == 1)
        #expect(chat.stdout.isEmpty)
        #expect(
            chat.stderr == check.stderr.components(separatedBy: "\n").filter { $0.contains(": error: ") }.joined(
                separator: "\n") + "\n")
    }

    @Test func kbListAndExport() throws {
        let list = try TutorProcess.run(["kb", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("The relationship itself\n  therapeutic-alliance  Therapeutic alliance\n"))
        let export = try TutorProcess.run(["kb", "export", "--format", "json"])
        #expect(export.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        let concepts = object?["concepts"] as? [[String: Any]]
        #expect((concepts?.count ?? 0) >= 38)
        #expect(concepts?.contains { ($0["id"] as? String) == "trust" } == true)
    }
}
