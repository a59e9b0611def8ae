import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `tutor log push` against record stores on loopback: a scripted one that fails a batch,
/// and ralph's own server.
@Suite(.serialized) struct LRSPushTests {
    /// A record store in Python that answers 503 to its second request and 200 otherwise,
    /// and writes every request it gets (path, headers, statement ids) to a file.
    static let flakyStore = """
        import http.server, json, sys
        requests = sys.argv[1]
        count = [0]
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                count[0] += 1
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                failed = count[0] == 2
                with open(requests, "a") as f:
                    f.write(json.dumps({"path": self.path, "ids": [s["id"] for s in body], "failed": failed,
                        "version": self.headers.get("X-Experience-API-Version"),
                        "auth": self.headers.get("Authorization")}) + "\\n")
                out = b'{"error": "try later"}' if failed else json.dumps([s["id"] for s in body]).encode()
                self.send_response(503 if failed else 200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(out)))
                self.end_headers()
                self.wfile.write(out)
            def log_message(self, *args):
                pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """

    static func exportedIDs(_ state: URL) throws -> [String] {
        let out = try TutorProcess.run(["log", "export", "--format", "xapi"], stateDir: state)
        return try XAPIExportTests.statements(out.stdout).compactMap { $0["id"] as? String }
    }

    @Test(.enabled(if: Python.executable != nil, "needs python3 for a scripted record store"))
    func aFailedBatchIsResumedWithoutSendingAnythingTwice() throws {
        let state = try XAPIExportTests.recordedSession()
        let requests = state.appendingPathComponent("requests.jsonl")
        let store = try LiveProcess(try #require(Python.executable), ["-c", Self.flakyStore, requests.path])
        defer { store.kill(SIGKILL) }
        #expect(store.wait { $0.hasSuffix("\n") }, "the scripted store did not start: \(store.stderr)")
        let port = store.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let password = state.appendingPathComponent("password")
        try Data("s3cret\n".utf8).write(to: password)
        chmod(password.path, 0o600)  // a password file others can read is refused
        let push = [
            "log", "push", "--lrs", "http://127.0.0.1:\(port)/xAPI/", "--user", "tutor", "--password-file",
            password.path,
            "--batch-size", "2",
        ]
        let ids = try Self.exportedIDs(state)
        #expect(ids.count > 4)

        let failed = try TutorProcess.run(push, stateDir: state)
        #expect(failed.status == 1)
        #expect(
            failed.stderr
                == "tutor: error: the record store at http://127.0.0.1:\(port)/xAPI/statements answered 503:"
                + " {\"error\": \"try later\"}; 2 of \(ids.count) statements sent this time"
                + " (run the same command again to resume)\n")
        let cursor = state.appendingPathComponent("learners/tester.pushed")
        #expect(
            try (FileManager.default.attributesOfItem(atPath: cursor.path)[.posixPermissions] as? Int ?? 0) & 0o777
                == 0o600)

        let resumed = try TutorProcess.run(push, stateDir: state)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(
            resumed.stdout
                == "pushed \(ids.count - 2) statements for tester to http://127.0.0.1:\(port)/xAPI/statements"
                + " (2 sent before, \(ids.count) in all)\n")
        let again = try TutorProcess.run(push, stateDir: state)
        #expect(again.stdout.hasPrefix("pushed 0 statements for tester"))

        let seen = try String(contentsOf: requests, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(seen.allSatisfy { $0["path"] as? String == "/xAPI/statements" })
        #expect(seen.allSatisfy { $0["version"] as? String == "1.0.3" })
        #expect(seen.allSatisfy { $0["auth"] as? String == "Basic " + Data("tutor:s3cret".utf8).base64EncodedString() })
        let accepted = seen.filter { $0["failed"] as? Bool == false }.flatMap { $0["ids"] as? [String] ?? [] }
        #expect(accepted == ids)  // each exactly once, in order
        #expect(seen.filter { $0["failed"] as? Bool == true }.count == 1)
    }

    @Test func anUnreachableStoreIsAClearErrorAndRecordsNothing() throws {
        let state = try XAPIExportTests.recordedSession()
        let out = try TutorProcess.run(["log", "push", "--lrs", "http://127.0.0.1:9/xAPI"], stateDir: state)
        #expect(out.status == 1)
        #expect(
            out.stderr.hasPrefix("tutor: error: cannot reach the record store at http://127.0.0.1:9/xAPI/statements: "))
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("learners/tester.pushed").path))
        let bad = try TutorProcess.run(["log", "push", "--lrs", "ftp://x"], stateDir: state)
        #expect(bad.status == 64 && bad.stderr.contains("expected an http or https URL"))
    }

    /// Starts `ralph runserver` (file-system backend) on a free loopback port, with its own
    /// HOME (so its auth file is private to the test) and a temporary data folder; returns the
    /// server and its URL once it answers.
    static func startRalph(in dir: URL, user: String, password: String) throws -> (LiveProcess, String) {
        let home = dir.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home.path
        env["RALPH_RUNSERVER_BACKEND"] = "fs"
        let auth = try Python.run(
            "import subprocess, sys; sys.exit(subprocess.call(['ralph', 'auth', '-u', sys.argv[1], '-p', sys.argv[2], "
                + "'-s', 'all', '-M', 'mailto:tutor@example.org', '-w']))", [user, password], environment: env)
        #expect(auth.status == 0, "ralph auth: \(auth.stderr)")
        let port = try Python.run(
            "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"
        )
        .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let data = dir.appendingPathComponent("lrs")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        // Its own process group (Process may have made one already), so the reloader and the
        // worker it starts are stopped together.
        let server = try LiveProcess(
            try #require(Python.executable),
            [
                "-c",
                "import os, sys\nif os.getpgid(0) != os.getpid(): os.setpgid(0, 0)\nos.execvp('ralph', ['ralph'] + sys.argv[1:])",
                "runserver", "-b", "fs",
                "-h", "127.0.0.1", "-p", port, "--fs-default-directory-path", data.path,
            ], environment: env, directory: home)
        let url = "http://127.0.0.1:\(port)/xAPI"
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline {
            let probe = try Python.run(
                "import urllib.request, sys; urllib.request.urlopen(sys.argv[1], timeout=2)",
                ["http://127.0.0.1:\(port)/__heartbeat__"])
            if probe.status == 0 { return (server, url) }
            if !server.process.isRunning { break }
            usleep(300_000)
        }
        server.kill(SIGKILL, group: true)
        throw RalphError(message: "ralph runserver did not start: \(server.stderr)")
    }

    struct RalphError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    @Test(.enabled(if: ralphAvailable, "needs python3 with ralph-malph (pip install 'ralph-malph[cli,lrs]')"))
    func pushToRalphAndReadTheStatementsBack() throws {
        let state = try XAPIExportTests.recordedSession()
        let (server, url) = try Self.startRalph(in: state, user: "tutor", password: "s3cret")
        defer {
            server.kill(SIGKILL, group: true)  // the reloader and its worker; nothing of theirs is kept
            _ = server.waitForExit()
        }
        let password = state.appendingPathComponent("password")
        try Data("s3cret".utf8).write(to: password)
        chmod(password.path, 0o600)
        // ralph's file-system backend stores one request per data file, so one batch here;
        // batching and resuming are tested against the scripted store above.
        let push = [
            "log", "push", "--lrs", url, "--user", "tutor", "--password-file", password.path, "--batch-size", "500",
        ]
        let ids = try Self.exportedIDs(state)
        let out = try TutorProcess.run(push, stateDir: state)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("pushed \(ids.count) statements for tester to \(url)/statements"))
        #expect(try TutorProcess.run(push, stateDir: state).stdout.hasPrefix("pushed 0 statements"))

        let read = try Python.run(
            """
            import base64, json, sys, urllib.request
            request = urllib.request.Request(sys.argv[1] + "/statements?limit=1000", headers={
                "X-Experience-API-Version": "1.0.3",
                "Authorization": "Basic " + base64.b64encode(b"tutor:s3cret").decode()})
            statements = json.load(urllib.request.urlopen(request, timeout=10))["statements"]
            print(json.dumps(sorted(s["id"] for s in statements)))
            print(json.dumps(sorted(set(s["verb"]["id"].rsplit("/", 1)[1] for s in statements))))
            """, [url])
        #expect(read.status == 0, "\(read.stderr)")
        let lines = read.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "[" + ids.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + "]")
        #expect(lines.last == #"["answered", "asked", "initialized", "progressed", "terminated"]"#)

        let wrong = state.appendingPathComponent("wrong")
        try Data("nope".utf8).write(to: wrong)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: wrong.path)
        try? FileManager.default.removeItem(at: state.appendingPathComponent("learners/tester.pushed"))
        let denied = try TutorProcess.run(
            ["log", "push", "--lrs", url, "--user", "tutor", "--password-file", wrong.path], stateDir: state)
        #expect(denied.status == 1 && denied.stderr.contains("answered 401"))
    }
}
