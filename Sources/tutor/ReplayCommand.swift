import ArgumentParser
import Foundation
import TutorCore

/// `tutor replay FILE…`: replays recorded transcripts and compares the output.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay transcript files in-process and compare the output (exit 0 only if all pass).",
        discussion:
            "Every mismatch is printed as file:line with a line diff (' ' same, '-' expected, '+' actual). Set TUTOR_UPDATE_TRANSCRIPTS=1 (or pass --update) to re-record mismatching output, keeping wildcards; the run still exits 1 when it re-recorded anything. Under CI nothing is re-recorded."
    )

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var lessons: LessonOptions

    @Argument(help: "Transcript files (Markdown with ```transcript blocks).")
    var files: [String]

    @Flag(name: .long, help: "Re-record the expected output of blocks that do not match.")
    var update = false

    /// Every mismatching segment of a block: where, after which learner line, and the line diff.
    static func report(_ result: TranscriptReplayer.BlockResult, file: String) -> String {
        var lines: [String] = []
        for mismatch in result.mismatches {
            let after = mismatch.input.map { "after \"> \(TextCleaner.quote($0, max: 60))\"" } ?? "at its opening"
            lines.append("\(file):\(mismatch.line): transcript block \(result.block + 1) does not match \(after)")
            lines.append("--- expected")
            lines.append("+++ actual")
            lines += mismatch.diff
        }
        return lines.joined(separator: "\n")
    }

    func run() throws {
        try guarded {
            let tutor = try LessonFiles.tutor(
                knowledge: knowledge, lessonsDir: lessons.directory(knowledgeDir: knowledge.directory()))
            let env = ProcessInfo.processInfo.environment
            var rerecord = update || env["TUTOR_UPDATE_TRANSCRIPTS"].map { !$0.isEmpty && $0 != "0" } ?? false
            if rerecord, let ci = env["CI"], !ci.isEmpty, ci != "0", ci != "false" {
                Terminal.error("tutor: warning: CI is set, so transcripts are compared, not re-recorded")
                rerecord = false
            }
            var passed = 0
            var failed = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CLIError("\(file):1:1: error: cannot read the transcript")
                }
                let transcript: Transcript
                do {
                    transcript = try Transcript.parse(path: file, text: String(decoding: data, as: UTF8.self))
                } catch let error as DiagnosticsError {
                    throw CLIError(error.description)
                }
                let results = TranscriptReplayer(tutor: tutor).replay(transcript)
                for result in results {
                    if result.passed {
                        passed += 1
                        continue
                    }
                    failed += 1
                    Terminal.line(Self.report(result, file: file))
                }
                if rerecord && results.contains(where: { !$0.passed }) {
                    let text = TranscriptReplayer.rewrite(transcript, results)
                    try text.write(toFile: file, atomically: true, encoding: .utf8)
                    Terminal.line("\(file): re-recorded")
                }
            }
            Terminal.line("\(passed) passed, \(failed) failed" + (rerecord && failed > 0 ? " (re-recorded)" : ""))
            // Re-recording is a change to review, as with snapshot tools: it too exits non-zero.
            if failed > 0 { throw ExitCode(1) }
        }
    }
}
