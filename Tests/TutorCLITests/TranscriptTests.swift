import Foundation
import Testing

/// The golden transcripts in Tests/Transcripts replay exactly, and a wrong line fails.
@Suite struct TranscriptTests {
    static let dir = TutorProcess.root.appendingPathComponent("Tests/Transcripts")

    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".md") }.sorted()
            .map { dir.appendingPathComponent($0).path }
    }

    @Test func everyGoldenTranscriptReplays() throws {
        let files = try Self.files()
        #expect(files.count >= 12)
        let out = try TutorProcess.run(["replay"] + files, environment: ["CI": "1"])
        #expect(out.status == 0, "\(out.stdout)")
        let summary = out.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix(" passed, 0 failed"))
        let passed = Int(summary.split(separator: " ").first ?? "") ?? 0
        #expect(passed >= files.count)
    }

    @Test func aWrongExpectedLineFailsWithADiffAndIsNotRewrittenUnderCI() throws {
        let original = try String(contentsOfFile: try Self.files()[0], encoding: .utf8)
        var lines = original.components(separatedBy: "\n")
        let target = try #require(lines.firstIndex { $0.hasPrefix("Therapeutic alliance: ") })
        let expected = lines[target]
        lines[target] = "Therapeutic alliance: a line the tutor never says."
        let copy = TutorProcess.temporaryDirectory().appendingPathComponent("wrong.md")
        let wrong = lines.joined(separator: "\n")
        try wrong.write(to: copy, atomically: true, encoding: .utf8)

        let out = try TutorProcess.run(["replay", copy.path, "--update"], environment: ["CI": "1"])
        #expect(out.status == 1)
        #expect(out.stdout.contains("\(copy.path):\(target + 1): transcript block 1 does not match"))
        #expect(out.stdout.contains("--- expected\n+++ actual"))
        #expect(out.stdout.contains("-Therapeutic alliance: a line the tutor never says."))
        #expect(out.stdout.contains("+" + expected))
        #expect(out.stdout.hasSuffix("0 passed, 1 failed\n"))
        #expect(out.stderr.contains("CI is set"))
        #expect(try String(contentsOf: copy, encoding: .utf8) == wrong)  // not re-recorded

        // Outside CI, --update re-records it to what the tutor says.
        // It exits 1 all the same, as snapshot tools do: a re-recording is a change to review.
        let update = try TutorProcess.run(["replay", copy.path, "--update"], environment: ["CI": ""])
        #expect(update.status == 1)
        #expect(update.stdout.hasSuffix("0 passed, 1 failed (re-recorded)\n"))
        #expect(try String(contentsOf: copy, encoding: .utf8) == original)
        let again = try TutorProcess.run(["replay", copy.path, "--update"], environment: ["CI": ""])
        #expect(again.status == 0)
    }

    @Test func everyMismatchInABlockIsReportedWithItsLineAndALineDiff() throws {
        let file = TutorProcess.temporaryDirectory().appendingPathComponent("two.md")
        try """
        ```transcript seed=1 learner=w
        > what is trust?
        Trust: a wrong definition.
        ...
        > hello
        Hello! I'm here to help you learn the therapeutic alliance. [..]
        > thanks
        Not what the tutor says.
        ```
        """.write(to: file, atomically: true, encoding: .utf8)
        let out = try TutorProcess.run(["replay", file.path])
        #expect(out.status == 1)
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(file.path):3: transcript block 1 does not match after \"> what is trust?\""))
        #expect(lines.contains("-Trust: a wrong definition."))
        #expect(lines.contains { $0.hasPrefix("+Trust: Trust is") })
        #expect(lines.contains(" ..."), "context lines are shown")
        #expect(lines.contains("\(file.path):8: transcript block 1 does not match after \"> thanks\""))
        #expect(lines.contains("-Not what the tutor says."))
        #expect(!lines.contains { $0.contains(":6: transcript block") }, "the matching turn is not reported")
        #expect(lines.last == "0 passed, 1 failed")
    }

    @Test func anInvalidRegularExpressionIsALocatedError() throws {
        let file = TutorProcess.temporaryDirectory().appendingPathComponent("re.md")
        try """
        ```transcript seed=1 learner=w
        > what is trust?
        Trust: [a-(z (re)
        ```
        """.write(to: file, atomically: true, encoding: .utf8)
        let out = try TutorProcess.run(["replay", file.path])
        #expect(out.status == 1)
        #expect(
            out.stderr
                == "\(file.path):3:1: error: invalid regular expression before ' (re)': 'Trust: [a-(z' does not compile\n"
        )
    }

    @Test func wildcardsMatchAnyText() throws {
        let file = TutorProcess.temporaryDirectory().appendingPathComponent("wild.md")
        try """
        ```transcript seed=1 learner=w
        > what is trust?
        Trust: [..]
        ...
        \\(Sources: seed-[0-9]{3}.*\\) (re)
        ...
        ```
        """.write(to: file, atomically: true, encoding: .utf8)
        let out = try TutorProcess.run(["replay", file.path])
        #expect(out.status == 0, "\(out.stdout)")
        #expect(out.stdout == "1 passed, 0 failed\n")
    }
}
