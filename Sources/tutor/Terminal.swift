import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Output to the terminal or a pipe: colour and wrapping only on a terminal.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// A terminal on which readline's line editing can be used.
    static var stdinIsTerminal: Bool {
        isatty(STDIN_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
    /// A terminal without cursor control (`TERM=dumb`: Emacs shells, some IDE consoles):
    /// a greeting and a plain prompt, but no line editing and no escape codes.
    static var stdinIsDumbTerminal: Bool {
        isatty(STDIN_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] == "dumb"
    }
    static var useColor: Bool {
        stdoutIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// The terminal's width, or nil when not on a terminal.
    static var width: Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let cols = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), cols > 20 { return cols }
        return 80
    }

    static func write(_ text: String) {
        fputs(text, stdout)
    }

    static func line(_ text: String) {
        fputs(text, stdout)
        fputs("\n", stdout)
    }

    static func flush() { fflush(stdout) }

    static func error(_ text: String) {
        fflush(stdout)
        fputs(text, stderr)
        fputs("\n", stderr)
    }

    /// Wraps each line of `text` at `width` columns, keeping a list item's indent.
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let s = String(line)
            guard s.count > width else { return s }
            let indentCount = s.prefix(while: { $0 == " " }).count
            var hanging = String(repeating: " ", count: indentCount)
            if let r = s.range(of: #"^\s*(\d+\.|-) "#, options: .regularExpression) {
                hanging = String(repeating: " ", count: s.distance(from: s.startIndex, to: r.upperBound))
            }
            var out: [String] = []
            var current = ""
            for word in s.split(separator: " ", omittingEmptySubsequences: true) {
                let prefix = out.isEmpty && current.isEmpty ? String(repeating: " ", count: indentCount) : ""
                if current.isEmpty {
                    current = (out.isEmpty ? prefix : hanging) + word
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    out.append(current)
                    current = hanging + word
                }
            }
            if !current.isEmpty { out.append(current) }
            return out.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func bold(_ s: String) -> String { useColor ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    static func dim(_ s: String) -> String { useColor ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    static func cyan(_ s: String) -> String { useColor ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
}

/// Runs a command body, printing a `CLIError` as it is and exiting with its code.
func guarded(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as CLIError {
        Terminal.error(error.description)
        throw ExitCode(error.code)
    }
}
