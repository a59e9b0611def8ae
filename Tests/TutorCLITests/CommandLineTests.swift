import Foundation
import Testing

/// The command line's manners: typos in subcommands, help text, completion.
@Suite struct CommandLineTests {
    @Test(arguments: [
        ("progres", "tutor: 'progres' is not a tutor command. Did you mean 'progress'?"),
        ("exma", "tutor: 'exma' is not a tutor command. Did you mean 'exam'?"),
        ("lesons", "tutor: 'lesons' is not a tutor command. Did you mean 'lesson'?"),
        ("banana", "tutor: 'banana' is not a tutor command. See 'tutor --help' for the commands."),
    ])
    func aMistypedSubcommandIsNamedWithTheNearestOne(typed: String, message: String) throws {
        let out = try TutorProcess.run([typed])
        #expect(out.status == 64)
        #expect(out.stderr == message + "\n")
        #expect(out.stdout.isEmpty)
    }

    @Test func commandsThatChooseNothingAtRandomOfferNoSeed() throws {
        for command in [["progress"], ["log", "export"], ["log", "push"]] {
            let help = try TutorProcess.run(command + ["--help"]).stdout
            #expect(!help.contains("--seed"), "\(command)")
            #expect(help.contains("--learner"), "\(command)")
        }
        let export = try TutorProcess.run(["log", "export", "--help"]).stdout
        #expect(export.components(separatedBy: "tutor.invalid/xapi").count == 2, "the default is shown once")
    }

    @Test func theTopLevelHelpListsTheEnvironmentOneVariableALine() throws {
        let help = try TutorProcess.run(["--help"]).stdout
        for name in ["TUTOR_KNOWLEDGE", "TUTOR_STATE_DIR", "TUTOR_SEED", "TUTOR_CLOCK", "TUTOR_CACHE_DIR", "NO_COLOR"] {
            #expect(help.split(separator: "\n").contains { $0.hasPrefix("  \(name) ") }, "\(name)")
        }
    }

    @Test func lessonCheckTakesNamesAndSuggestsTheNearest() throws {
        let ok = try TutorProcess.run(["lesson", "check", "outside-pressure"])
        #expect(ok.status == 0)
        #expect(ok.stdout.hasPrefix("ok: 1 lesson,"))
        let typo = try TutorProcess.run(["lesson", "check", "outside-presure"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("no lesson called 'outside-presure'"))
        #expect(typo.stderr.contains("did you mean 'outside-pressure'?"))
    }

    @Test func shellCompletionOffersConceptIDsAndLessonNames() throws {
        let script = try TutorProcess.run(["--generate-completion-script", "bash"]).stdout
        #expect(script.contains("---completion exam -- --concepts"))
        #expect(script.contains("---completion lesson run -- positional@0"))
        let bash = """
            source /dev/stdin <<'EOF'
            \(script)
            EOF
            COMP_WORDS=(tutor exam --concepts tr); COMP_CWORD=3; COMP_LINE="tutor exam --concepts tr"
            COMP_POINT=${#COMP_LINE}; _tutor tutor tr --concepts; echo "${COMPREPLY[@]}"
            COMPREPLY=(); COMP_WORDS=(tutor lesson run out); COMP_CWORD=3; COMP_LINE="tutor lesson run out"
            COMP_POINT=${#COMP_LINE}; _tutor tutor out run; echo "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", bash]
        var env = LiveProcess.tutorEnvironment(stateDir: TutorProcess.temporaryDirectory())
        env["PATH"] = TutorProcess.binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let lines = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        process.waitUntilExit()
        let concepts = try FileManager.default.contentsOfDirectory(
            atPath: TutorProcess.root.appendingPathComponent("Knowledge/concepts").path)
        let expected = concepts.filter { $0.hasPrefix("tr") }.map { String($0.dropLast(5)) }.sorted()
        #expect(expected.contains("trust"))
        #expect(lines == [expected.joined(separator: " "), "outside-pressure"])
    }
}
