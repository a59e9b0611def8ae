import ArgumentParser
import Foundation
import TutorCore

#if canImport(Glibc)
    import Glibc
#endif

/// `tutor fuzz` (hidden): feeds random and mutated input to every parser of untrusted text
/// (JSON lines, the JSON Lines interfaces, log lines and log files, knowledge YAML, lessons)
/// for a fixed time from a fixed seed, and fails on an input that takes longer than
/// `--hang` seconds. A crash ends the process (the caller sees the signal); the input is
/// reproduced by the same seed. `--emit N` prints N fuzz lines instead, to pipe into the
/// binary's own JSON Lines interfaces.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz", abstract: "Fuzz the tutor's parsers (for tests and releases).", shouldDisplay: false)

    @OptionGroup var knowledge: KnowledgeOptions
    @OptionGroup var lessons: LessonOptions

    @Option(name: .long, help: "How long to run, in seconds.") var seconds: Double = 5
    @Option(name: .long, help: "The seed of the inputs.") var seed: UInt64 = 1
    @Option(name: .long, help: "An input taking longer than this many seconds is a hang.") var hang: Double = 2
    @Option(name: .long, help: "Print this many fuzz lines and stop.") var emit: Int?

    func run() throws {
        try guarded {
            var fuzzer = Fuzzer(seed: seed)
            if let emit {
                // Raw bytes (invalid UTF-8 included), one line each.
                var out: [UInt8] = []
                for _ in 0..<emit { out += fuzzer.jsonLine() + [10] }
                FileHandle.standardOutput.write(Data(out))
                return
            }
            let dir = try knowledge.directory()
            let (files, display) = try KnowledgeFiles.read(dir)
            let lessonPaths = LessonFiles.paths(in: lessons.directory(knowledgeDir: dir))
            let lessonTexts = lessonPaths.compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }
            let lessonList = try LessonFiles.parseAll(lessonPaths)
            let tutor = Tutor(image: try knowledge.image(lessons: lessonList), lessons: lessonList)
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
                "tutor-fuzz-\(getpid())"
            ).path
            try OwnFile.prepareDirectory(scratch + "/learners", what: "the fuzz folder")
            defer { try? FileManager.default.removeItem(atPath: scratch) }

            let targets: [(String, (inout Fuzzer) -> Void)] = [
                ("json", { f in _ = try? JSON.parse(bytes: f.jsonLine()) }),
                ("chat", { f in f.chat(tutor) }),
                ("grade", { f in _ = GradeCommand.gradeLine(f.jsonString(), number: 1, tutor: tutor) }),
                ("match", { f in f.match(tutor) }),
                ("log", { f in f.log(in: scratch) }),
                ("yaml", { f in f.yaml(files, display: display) }),
                ("lesson", { f in f.lesson(lessonTexts, tutor: tutor) }),
            ]
            var counts = [Int](repeating: 0, count: targets.count)
            var hangs: [String] = []
            let end = Date().addingTimeInterval(seconds)
            var round = 0
            let watchdog = FuzzWatchdog(limit: max(hang * 10, 30), seed: seed)
            while Date() < end {
                let (name, body) = targets[round % targets.count]
                watchdog.starting(name, round)
                let before = Date()
                body(&fuzzer)
                let took = Date().timeIntervalSince(before)
                if took > hang { hangs.append("\(name) input #\(counts[round % targets.count]) took \(took) s") }
                counts[round % targets.count] += 1
                round += 1
            }
            watchdog.starting(nil, round)
            let figures = zip(targets, counts).map { "\($0.0): \($1)" }.joined(separator: ", ")
            Terminal.line(
                "fuzz: seed \(seed), \(counts.reduce(0, +)) inputs (\(figures)), crashes 0, hangs \(hangs.count)")
            if !hangs.isEmpty {
                throw CLIError("tutor: error: fuzz: \(hangs.count) hang(s): " + hangs.prefix(5).joined(separator: "; "))
            }
        }
    }
}

/// The inputs: random bytes and tokens, and mutations of valid samples.
struct Fuzzer {
    var rng: SeededRandom

    init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    static let tokens: [String] = [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\ud800\\u0041", "\\ud800\\uffff",
        "\\uDBFF\\uDFFF", "\\u0000", "\\e", "\u{1B}[2J", "\u{1B}]0;x\u{07}", "1e300", "1e999", "-1e999", "-",
        "12345678901234567890", "-0", "01", "+1", ".5", "1.", "0x10", "NaN", "Infinity", "true", "false", "null",
        "nul", "\"text\"", "\"question\"", "\"answer\"", "\"seq\"", "\"v\"", "\"type\"", "\"turn\"", "\"mastery\"",
        "\"after\"", " ", "\t", "\r", "\n", "\u{0}", "\u{7F}", "\u{85}", "\u{2028}", "é", "😀", "\u{FEFF}",
        "\u{202E}", String(repeating: "[", count: 70), String(repeating: "{\"a\":", count: 70), "*a", "&a", "? ",
        "- ", "== s ==", "-> s", "ask: ", "on * -> ", "#! x => correct",
    ]

    static let samples: [String] = [
        #"{"text":"what is trust?"}"#, #"{"question":"build-trust","answer":"listen and be consistent"}"#,
        #"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"f","session":"s","seq":1,"type":"session-start","seed":7,"resumed":false}"#,
        #"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"f","session":"s","seq":2,"type":"mastery","concept":"trust","before":0.2,"after":0.5,"mastered":false,"question":null}"#,
        #"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"f","session":"s","seq":3,"type":"turn","turn":1,"input":"hi","intent":"greeting","concepts":[],"reply":"Hello","open":null,"graded":null,"state":{"hintRung":0}}"#,
        #"{"v":1,"ts":"2026-01-05T10:00:00Z","learner":"f","session":"s","seq":4,"type":"grade","question":"build-trust","answer":"x","covered":[],"misconceptions":[],"verdict":"incorrect"}"#,
        "quiz me on trust", "hint", ":lesson what-the-alliance-is", ":exam 2", ":skip", "how am I doing?",
    ]

    /// Ten levels of nine aliases (9^10 nodes expanded): a hang wherever aliases are not bounded.
    static let bomb =
        (["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        + (1...9).map { i in "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]"
        })
        .joined(separator: "\n") + "\n"

    mutating func pick<T>(_ items: [T]) -> T { items[rng.index(items.count)] }

    /// A sample with 1–8 mutations: byte flips, deletions, token insertions, splices, cuts.
    mutating func mutate(_ text: [UInt8], tokens: [String] = Fuzzer.tokens) -> [UInt8] {
        var b = text
        for _ in 0..<(1 + rng.index(8)) {
            let at = rng.index(b.count + 1)
            switch rng.index(6) {
            case 0 where !b.isEmpty: b[min(at, b.count - 1)] = UInt8(truncatingIfNeeded: rng.next())
            case 1 where !b.isEmpty: b.remove(at: min(at, b.count - 1))
            case 2, 3: b.insert(contentsOf: Array(pick(tokens).utf8), at: at)
            case 4: b = Array(b.prefix(at))
            default:
                let other = Array(pick(Fuzzer.samples).utf8)
                b = Array(b.prefix(at)) + other.suffix(rng.index(other.count + 1))
            }
        }
        return b
    }

    /// One JSON-ish line: a mutated sample, a run of tokens, or random bytes (no newline).
    mutating func jsonLine() -> [UInt8] {
        var line: [UInt8]
        switch rng.index(4) {
        case 0: line = (0..<(1 + rng.index(20))).flatMap { _ in Array(pick(Fuzzer.tokens).utf8) }
        case 1: line = (0..<rng.index(200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        default: line = mutate(Array(pick(Fuzzer.samples).utf8))
        }
        return line.filter { $0 != 10 }
    }

    mutating func jsonString() -> String { String(decoding: jsonLine(), as: UTF8.self) }

    mutating func chat(_ tutor: Tutor) {
        var state = TutorState(seed: rng.next())
        for number in 1...3 {
            if case .success(let text) = JSONLInput.text(jsonString(), line: number) {
                _ = tutor.respond(to: text, state: &state, now: "2026-01-05T10:00:00Z")
            }
        }
    }

    mutating func match(_ tutor: Tutor) {
        if case .success(let text) = JSONLInput.text(jsonString(), line: 1) { _ = tutor.matcher.match(text) }
    }

    /// A log of valid and mutated lines, folded through the file, checkpoint and all.
    mutating func log(in dir: String) {
        let path = LearnerLogFile.path(stateDir: dir, learner: "fuzz")
        var bytes: [UInt8] = []
        for _ in 0..<(1 + rng.index(30)) {
            let sample = Array(pick(Array(Fuzzer.samples[2...5])).utf8)
            bytes += (rng.index(3) == 0 ? mutate(sample) : sample) + [10]
        }
        if rng.index(4) == 0 { bytes.removeLast(rng.index(bytes.count)) }
        unlink(LearnerCheckpoint.path(forLog: path))
        guard (try? OwnFile.replace(path, bytes: bytes)) != nil else { return }
        let file = LearnerLogFile(path: path)
        if let resumed = try? file.resume(seed: 1) {
            file.save(resumed.checkpoint)
            _ = try? file.resume(seed: 1)
        }
        _ = try? SessionEvent.events(lines: (try? file.readLines()) ?? [])
    }

    /// One knowledge file mutated (text edits, alias and anchor tokens), loaded alone.
    mutating func yaml(_ files: [SourceFile], display: String) {
        guard !files.isEmpty else { return }
        let file = pick(files)
        let yamlTokens =
            Fuzzer.tokens + [
                "&x ", "*x", "*x: y", "[*x, *x]", "? *x\n: y", "\n  ", "\n- ", ": ", "|\n", "\n" + Fuzzer.bomb,
                "\n" + Fuzzer.bomb + "*a9: y\n", "\n" + Fuzzer.bomb + "[*a9]: y\n", "\n" + Fuzzer.bomb + "{*a9 : y}\n",
                "\n" + Fuzzer.bomb + "? *a9\n: y\n", "\n" + Fuzzer.bomb + "*a9 :\n",
            ]
        let text = String(decoding: mutate(Array(file.contents.utf8), tokens: yamlTokens), as: UTF8.self)
        _ = try? KnowledgeLoader.load(root: display, files: [SourceFile(path: file.path, contents: text)])
    }

    /// One lesson mutated, parsed, and checked when it parses.
    mutating func lesson(_ texts: [String], tutor: Tutor) {
        guard !texts.isEmpty else { return }
        let text = String(decoding: mutate(Array(pick(texts).utf8)), as: UTF8.self)
        if let lesson = try? LessonParser.parse(text, file: "fuzz.lesson", name: "fuzz") {
            _ = LessonChecker.check(lesson, tutor: tutor, samples: rng.index(2) == 0)
        }
    }
}

/// Ends a fuzz run whose current input has run for `limit` seconds (a hang that would
/// otherwise never be reported), naming the target and the input's round to reproduce it.
final class FuzzWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (name: String, round: Int, since: Date)?

    init(limit: TimeInterval, seed: UInt64) {
        let thread = Thread { [weak self] in
            while let self {
                Thread.sleep(forTimeInterval: 0.5)
                guard let (name, round, since) = self.lock.withLock({ self.current }),
                    Date().timeIntervalSince(since) > limit
                else { continue }
                Terminal.error(
                    "tutor: error: fuzz: hang: \(name) input of round \(round) (seed \(seed)) ran over \(Int(limit)) s")
                _exit(3)
            }
        }
        thread.start()
    }

    /// Marks the start of the next input (nil: no input is running).
    func starting(_ name: String?, _ round: Int) {
        lock.withLock { current = name.map { ($0, round, Date()) } }
    }
}
