/// A problem found in a file, with its 1-based location, printed compiler-style.
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable { case error, warning }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: error: message`, cleaned as learner input is: a message may quote
    /// an authored file, and no escape sequence from one reaches the terminal.
    public var description: String {
        "\(TextCleaner.cleanAuthored(file)):\(line):\(column): \(severity.rawValue): "
            + TextCleaner.cleanAuthored(message)
    }
}

/// Thrown when files hold errors; carries every diagnostic found, not only the first.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
