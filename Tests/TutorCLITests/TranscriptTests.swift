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
        let update = try TutorProcess.run(["replay", copy.path, "--update"], environment: ["CI": ""])
        #expect(update.status == 0)
        #expect(try String(contentsOf: copy, encoding: .utf8) == original)
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
