import Foundation

/// Runs the built `tutor` binary with arguments, standard input and environment, and
/// captures what it prints.
struct TutorProcess {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary SwiftPM built beside the test bundle.
    static let binary: URL = {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [
            here.appendingPathComponent("tutor"), here.deletingLastPathComponent().appendingPathComponent("tutor"),
            root.appendingPathComponent(".build/debug/tutor"),
        ]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        return root.appendingPathComponent(".build/debug/tutor")
    }()

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    /// The one folder under the system's temporary folder that holds everything this test
    /// process makes (the shared cache and every test's state folder), removed when the process
    /// exits, so a test run leaves nothing behind in /tmp (it used to leave one folder per run
    /// of the binary: thousands a day on a developer's machine).
    static let scratchRoot: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tutor-test-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: dir)  // left by an earlier process with this pid
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TutorProcess.scratchRoot) }
        return dir
    }()

    /// The knowledge-base cache the tests share (never the user's own ~/.cache).
    static let cacheDirectory: URL = {
        let dir = scratchRoot.appendingPathComponent("cache")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }()

    /// A fresh, private state folder for one test.
    static func temporaryDirectory() -> URL {
        let dir = scratchRoot.appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = [:], stateDir: URL? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.environment = LiveProcess.tutorEnvironment(stateDir: stateDir ?? temporaryDirectory(), environment)
        let inPipe = Pipe()
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        // Write and read concurrently so large inputs and outputs cannot deadlock.
        let writer = Thread {
            inPipe.fileHandleForWriting.write(input)
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let errBox = DataBox()
        // Waited on by a semaphore, not `isExecuting`: a thread not yet started under load
        // is not executing either, and its stderr would be lost.
        let errRead = DispatchSemaphore(value: 0)
        let errReader = Thread {
            errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile()
            errRead.signal()
        }
        errReader.start()
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        errRead.wait()
        let errData = errBox.data
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
    }

    static func run(_ arguments: [String], lines: [String], stateDir: URL? = nil) throws -> Output {
        try run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8), stateDir: stateDir)
    }
}

/// Holds bytes read on another thread.
final class DataBox: @unchecked Sendable {
    var data = Data()
}
