import Foundation
import Testing

/// The tutor on a real terminal: a pseudo-terminal made by util-linux's `script`, typed into
/// keystroke by keystroke. Skipped where `script` is missing.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
struct TerminalTests {
    /// Starts `tutor --learner NAME` on a pseudo-terminal with `TERM` set.
    static func onTerminal(learner: String, term: String, stateDir: URL) throws -> LiveProcess {
        var env = LiveProcess.tutorEnvironment(stateDir: stateDir, ["TERM": term, "COLUMNS": "100"])
        env["NO_COLOR"] = "1"
        let command = "'\(TutorProcess.binary.path)' --learner \(learner)"
        return try LiveProcess(
            URL(fileURLWithPath: "/usr/bin/script"), ["-qfec", command, "/dev/null"], environment: env,
            directory: TutorProcess.root)
    }

    @Test func ctrlCAbandonsTheLineAndTheNextLineArrivesWhole() throws {
        let state = TutorProcess.temporaryDirectory()
        let tutor = try Self.onTerminal(learner: "amy", term: "xterm", stateDir: state)
        #expect(tutor.wait { $0.contains("Ctrl-D to leave") && $0.hasSuffix("> ") })
        tutor.sendRaw("what is emp")
        #expect(tutor.wait { $0.contains("what is emp") })
        tutor.sendRaw("\u{03}")
        // A fresh prompt on a new line after the abandoned text.
        #expect(tutor.wait { $0.range(of: #"what is emp\r?\n> $"#, options: .regularExpression) != nil })
        tutor.sendRaw("trust\r")
        // Ctrl-D only at the next prompt: typed while the answer is printed, a terminal's
        // settings being set again for the prompt may discard it.
        #expect(tutor.wait { $0.contains("Trust: Trust is") && $0.hasSuffix("> ") })
        tutor.sendRaw("\u{04}")
        _ = tutor.waitForExit()
        #expect(!tutor.stdout.contains("outside what I teach"))
        #expect(!tutor.stdout.contains("emp> "))
        let history = try String(contentsOf: state.appendingPathComponent("learners/amy.history"), encoding: .utf8)
        #expect(history == "trust\n")
    }

    @Test func aDumbTerminalGetsTheGreetingAndAPlainPrompt() throws {
        let state = TutorProcess.temporaryDirectory()
        let tutor = try Self.onTerminal(learner: "ben", term: "dumb", stateDir: state)
        #expect(tutor.wait { $0.contains("Ctrl-D to leave") && $0.hasSuffix("> ") })
        tutor.sendRaw("what is trust\r")
        #expect(tutor.wait { $0.contains("Trust: Trust is") && $0.hasSuffix("> ") })
        tutor.sendRaw("\u{04}")
        _ = tutor.waitForExit()
        #expect(!tutor.stdout.contains("\u{1B}"))
    }

    @Test func eachLearnerHasAHistoryOfTheirOwn() throws {
        let state = TutorProcess.temporaryDirectory()
        for (learner, line) in [("cat", "what is empathy"), ("dan", "what is trust")] {
            let tutor = try Self.onTerminal(learner: learner, term: "xterm", stateDir: state)
            #expect(tutor.wait { $0.hasSuffix("> ") })
            tutor.sendRaw(line + "\r")
            #expect(tutor.wait { $0.contains("(Sources:") && $0.hasSuffix("> ") })
            tutor.sendRaw("\u{04}")
            _ = tutor.waitForExit()
        }
        let folder = state.appendingPathComponent("learners")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("cat.history"), encoding: .utf8) == "what is empathy\n"
        )
        #expect(
            try String(contentsOf: folder.appendingPathComponent("dan.history"), encoding: .utf8) == "what is trust\n")
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("history").path))
    }
}
