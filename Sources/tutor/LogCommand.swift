import ArgumentParser
import Foundation
import TutorCore

/// `tutor log`: a learner's session log as xAPI statements, printed or sent to a record store.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Export a learner's session log as xAPI statements, or push them to a record store.",
        subcommands: [Export.self, Push.self])

    /// Options shared by export and push: which learner, and how ids are formed.
    struct XAPIOptions: ParsableArguments {
        @Option(
            name: .long,
            help: ArgumentHelp(
                "The IRI activity ids start with.", valueName: "iri"))
        var activityBase: String = XAPIExporter.defaultActivityBase

        @Option(
            name: .long,
            help: ArgumentHelp("The actor account's home page (default: the activity base).", valueName: "iri"))
        var homePage: String?

        func validate() throws {
            for (flag, value) in [("--activity-base", activityBase), ("--home-page", homePage)] {
                if let value, let problem = XAPIExporter.problem(activityBase: value) {
                    throw ValidationError("\(flag) '\(value)': \(problem)")
                }
            }
        }

        /// The learner, their log's path and the statements it makes.
        func statements(kb: KnowledgeBase, session: LearnerOptions) throws -> (learner: String, statements: [JSON]) {
            let (learner, path) = try LearnerLogs.requirePath(session)
            let events = try LearnerLogs.events(at: path) ?? []
            let exporter = XAPIExporter(activityBase: activityBase, homePage: homePage, kb: kb)
            return (learner, exporter.statements(for: events))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Print the learner's events as xAPI 1.0.3 statements: a JSON array (xapi) or one statement a line (xapi-jsonl)."
        )

        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var session: LearnerOptions
        @OptionGroup var xapi: XAPIOptions

        @Option(name: .long, help: "Output format: xapi (a JSON array) or xapi-jsonl (one statement a line).")
        var format: LogExportFormat

        func run() throws {
            try guarded {
                let kb = try knowledge.load()
                let statements = try xapi.statements(kb: kb, session: session).statements
                switch format {
                case .xapi: Terminal.write(LogCommand.array(statements))
                case .xapiJSONL: Terminal.write(statements.map { $0.serialized() + "\n" }.joined())
                }
            }
        }
    }

    struct Push: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send the learner's statements to a learning record store (xAPI POST /statements).",
            discussion: """
                Statements go in batches; each batch the store accepts is recorded in learners/NAME.pushed \
                beside the log, so after a failure the same command resumes where it stopped and sends \
                nothing twice.
                """)

        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var session: LearnerOptions
        @OptionGroup var xapi: XAPIOptions

        @Option(
            name: .long,
            help: ArgumentHelp("The record store's xAPI URL (…/xAPI or …/xAPI/statements).", valueName: "url"))
        var lrs: String

        @Option(name: .long, help: ArgumentHelp("User for HTTP basic auth.", valueName: "name"))
        var user: String?

        @Option(name: .long, help: ArgumentHelp("A file holding the password (its first line).", valueName: "file"))
        var passwordFile: String?

        @Option(name: .long, help: "Statements per request.")
        var batchSize: Int = 50

        func validate() throws {
            if LRSClient.endpoint(for: lrs) == nil {
                // Not echoed: the text may hold a password.
                throw ValidationError("--lrs: expected an http or https URL (https://host/xAPI)")
            }
            if passwordFile != nil && user == nil { throw ValidationError("--password-file needs --user") }
            if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        }

        func run() throws {
            try guarded {
                let kb = try knowledge.load()
                let (learner, statements) = try xapi.statements(kb: kb, session: session)
                let endpoint = LRSClient.endpoint(for: lrs)!
                let inURL = LRSClient.credentials(in: lrs)
                let client = LRSClient(
                    endpoint: endpoint, user: user ?? inURL?.user, password: try readPassword() ?? inURL?.password)
                let cursor = PushCursor(path: PushCursor.path(stateDir: session.resolvedStateDir(), learner: learner))
                let clock = try session.resolvedClock()
                let store = endpoint.absoluteString
                let before = try cursor.accepted(by: store)
                let pending = statements.filter { !before.contains($0["id"]?.stringValue ?? "") }
                var sent = 0
                for start in stride(from: 0, to: pending.count, by: batchSize) {
                    let batch = Array(pending[start..<min(start + batchSize, pending.count)])
                    do {
                        try send(batch, client)
                    } catch let error as CLIError {
                        throw CLIError(
                            error.description + "; \(sent) of \(pending.count) statements sent this time"
                                + " (run the same command again to resume)")
                    }
                    try cursor.record(batch.compactMap { $0["id"]?.stringValue }, lrs: store, time: clock.iso())
                    sent += batch.count
                }
                Terminal.line(
                    "pushed \(sent) statement\(sent == 1 ? "" : "s") for \(learner) to \(store)"
                        + " (\(statements.count - pending.count) sent before, \(statements.count) in all)")
            }
        }

        /// One batch; a 409 (some already stored) is retried one statement at a time, and a
        /// statement the store already has counts as accepted.
        private func send(_ batch: [JSON], _ client: LRSClient) throws {
            let response = try post(batch, client)
            if (200..<300).contains(response.status) { return }
            if response.status == 409 && batch.count > 1 {
                for statement in batch { try send([statement], client) }
                return
            }
            if response.status == 409 { return }
            // The body is at most `LRSClient.maxReply` bytes (read up to that bound); 200 characters are shown.
            let body = TextCleaner.quote(response.body.trimmingCharacters(in: .whitespacesAndNewlines), max: 200)
            throw CLIError(
                "tutor: error: the record store at \(client.endpoint.absoluteString) answered \(response.status)"
                    + (body.isEmpty ? "" : ": \(body)"))
        }

        private func post(_ batch: [JSON], _ client: LRSClient) throws -> LRSClient.Response {
            do {
                return try client.post(LogCommand.array(batch))
            } catch {
                throw CLIError(
                    "tutor: error: cannot reach the record store at \(client.endpoint.absoluteString): "
                        + error.localizedDescription)
            }
        }

        /// The password file's first line. A file other users can read is refused, as ssh
        /// refuses a private key: the password is as good as theirs.
        private func readPassword() throws -> String? {
            guard let passwordFile else { return nil }
            var st = stat()
            if stat(passwordFile, &st) == 0, st.st_mode & 0o077 != 0 {
                let mode = String(st.st_mode & 0o777, radix: 8)
                throw CLIError(
                    "tutor: error: the password file \(passwordFile) can be read by other users (mode \(mode));"
                        + " fix it with: chmod 600 \(passwordFile)")
            }
            let bytes: [UInt8]?
            do {
                bytes = try OwnFile.read(passwordFile, limit: 4096, followLinks: true)
            } catch {
                throw CLIError("tutor: error: cannot read the password file: \(error.description)")
            }
            guard let bytes else { throw CLIError("tutor: error: no such password file: \(passwordFile)") }
            let text = String(decoding: bytes, as: UTF8.self)
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
    }

    /// A JSON array with one element a line: valid JSON, and easy to grep and diff.
    static func array(_ items: [JSON]) -> String {
        items.isEmpty ? "[]\n" : "[\n" + items.map { "  " + $0.serialized() }.joined(separator: ",\n") + "\n]\n"
    }
}

enum LogExportFormat: String, ExpressibleByArgument {
    /// A JSON array, one statement a line.
    case xapi
    /// JSON Lines: one statement a line, nothing else (for streaming into other tools).
    case xapiJSONL = "xapi-jsonl"
}
