import ArgumentParser
import Foundation
import TutorCore

/// The options that name a learner and where their records are: clock, learner and state
/// folder, with how each is resolved (option, then environment, then default).
protocol LearnerLocating {
    var clock: String? { get }
    var learner: String? { get }
    var stateDir: String? { get }
}

extension LearnerLocating {
    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// A clock that returns the fixed time when one is given, else the real time.
    func resolvedClock() throws -> Clock {
        let text = clock ?? environment["TUTOR_CLOCK"]
        if let text, !text.isEmpty {
            guard let date = Clock.parse(text) else {
                throw CLIError(
                    "tutor: error: the clock must be an ISO-8601 time such as 2026-01-01T09:00:00Z, found '\(text)'",
                    code: 64)
            }
            return Clock(fixed: date)
        }
        return Clock(fixed: nil)
    }

    func resolvedStateDir() -> String {
        if let stateDir { return stateDir }
        if let dir = environment["TUTOR_STATE_DIR"], !dir.isEmpty { return dir }
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return xdg + "/tutor" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/tutor"
    }

    func resolvedLearner() throws -> String {
        let given = learner ?? environment["USER"] ?? environment["LOGNAME"] ?? "learner"
        // One learner, one name: full-width and other compatibility forms are the same name.
        let name = LearnerName.normalized(given)
        if let problem = LearnerName.problem(name) {
            throw CLIError(
                "tutor: error: invalid learner name '\(TextCleaner.quote(given, max: 40))': \(problem)", code: 64)
        }
        return name
    }
}

/// The learner options of commands that read a learner's records without running a
/// dialogue (`progress`, `log`): no seed, since nothing is chosen at random.
struct LearnerOptions: ParsableArguments, LearnerLocating {
    @Option(
        name: .long,
        help: ArgumentHelp("The time to report as of (default: $TUTOR_CLOCK, else now).", valueName: "ISO-8601"))
    var clock: String?

    @Option(name: .long, help: ArgumentHelp("The learner (default: your login name).", valueName: "name"))
    var learner: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The state folder with the learners' logs (default: $TUTOR_STATE_DIR, else $XDG_STATE_HOME/tutor or ~/.local/state/tutor).",
            valueName: "dir"))
    var stateDir: String?
}

/// Options for commands that run a dialogue: seed, clock, learner and state folder.
struct SessionOptions: ParsableArguments, LearnerLocating {
    @Option(name: .long, help: "Seed for the tutor's choices (default: $TUTOR_SEED, else random).")
    var seed: UInt64?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A fixed time for the whole session (default: $TUTOR_CLOCK, else the real clock).", valueName: "ISO-8601"))
    var clock: String?

    @Option(name: .long, help: ArgumentHelp("The learner (default: your login name).", valueName: "name"))
    var learner: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The state folder for history and logs (default: $TUTOR_STATE_DIR, else $XDG_STATE_HOME/tutor or ~/.local/state/tutor).",
            valueName: "dir"))
    var stateDir: String?

    func resolvedSeed() throws -> UInt64 {
        if let seed { return seed }
        if let text = environment["TUTOR_SEED"], !text.isEmpty {
            guard let value = UInt64(text) else {
                throw CLIError("tutor: error: TUTOR_SEED must be a whole number, found '\(text)'", code: 64)
            }
            return value
        }
        return UInt64.random(in: 0...UInt64(UInt32.max))
    }
}

/// The time source; fixed for replays and tests.
struct Clock {
    var fixed: Date?

    func now() -> Date { fixed ?? Date() }

    func iso() -> String { Clock.format(now()) }

    static func format(_ date: Date) -> String { ISOTime.format(date) }

    static func parse(_ text: String) -> Date? { ISOTime.parse(text) }
}
