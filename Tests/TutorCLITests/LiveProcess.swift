import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A process the test talks to while it runs (a tutor fed line by line, a record store):
/// its output is collected on background threads and can be waited for.
final class LiveProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    private var readers: [Thread] = []

    /// The environment every test gives the tutor (no colour, fixed seed and clock, the
    /// shipped knowledge, the tests' own cache), with `overrides` on top.
    static func tutorEnvironment(stateDir: URL, _ overrides: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["TUTOR_STATE_DIR"] = stateDir.path
        env["TUTOR_KNOWLEDGE"] = TutorProcess.root.appendingPathComponent("Knowledge").path
        env["TUTOR_SEED"] = "7"
        env["TUTOR_CLOCK"] = "2026-01-05T10:00:00Z"
        env["USER"] = "tester"
        env["TUTOR_CACHE_DIR"] = TutorProcess.cacheDirectory.path
        for (k, v) in overrides { env[k] = v }
        return env
    }

    /// Starts the built tutor with `arguments`.
    static func tutor(_ arguments: [String], stateDir: URL, environment: [String: String] = [:]) throws -> LiveProcess {
        try LiveProcess(
            TutorProcess.binary, arguments, environment: tutorEnvironment(stateDir: stateDir, environment),
            directory: TutorProcess.root)
    }

    init(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, directory: URL? = nil) throws {
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardInput = input
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        for (pipe, isErr) in [(outPipe, false), (errPipe, true)] {
            let reader = Thread { [self] in
                let handle = pipe.fileHandleForReading
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    lock.lock()
                    if isErr { err.append(chunk) } else { out.append(chunk) }
                    lock.unlock()
                }
            }
            reader.start()
            readers.append(reader)
        }
    }

    var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

    /// Writes one line to standard input.
    func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Writes bytes to standard input as they are (keystrokes such as Ctrl-C, `"\u{03}"`).
    func sendRaw(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Closes standard input (end of file).
    func closeInput() { try? input.fileHandleForWriting.close() }

    /// Waits until standard output satisfies `condition`; false after `timeout` seconds (long,
    /// for a machine running the whole suite at once: a wait that is met returns at once).
    @discardableResult
    func wait(timeout: TimeInterval = 120, until condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(stdout) { return true }
            if !process.isRunning && condition(stdout) == false && readers.allSatisfy(\.isFinished) {
                return false
            }
            usleep(20_000)
        }
        return condition(stdout)
    }

    /// Waits for the process to end, and for its output to be read. A process still running
    /// after `timeout` seconds is ended (SIGTERM, then SIGKILL) and the test fails, rather
    /// than the whole test run waiting for it for ever.
    func waitForExit(timeout: TimeInterval = 120) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            Issue.record("the process did not exit within \(Int(timeout)) s; output so far: \(stdout.suffix(400))")
            kill(SIGTERM)
            let grace = Date().addingTimeInterval(5)
            while process.isRunning && Date() < grace { usleep(20_000) }
            if process.isRunning { kill(SIGKILL) }
        }
        process.waitUntilExit()
        // Not `isExecuting`: a reader not yet started under load is not executing either.
        while !readers.allSatisfy(\.isFinished) { usleep(1000) }
        return process.terminationStatus
    }

    /// Sends `signal` to the process (or, with `group`, to its whole process group).
    func kill(_ signal: Int32, group: Bool = false) {
        _ = Glibc.kill(group ? -process.processIdentifier : process.processIdentifier, signal)
    }
}
