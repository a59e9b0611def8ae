import CReadline
import Foundation

/// Where learner lines come from: readline on a terminal, plain reads otherwise.
protocol LineReader {
    /// The next line without its newline, or nil at end of input.
    mutating func readLine(prompt: String) -> String?
    /// Whether the last `readLine` was abandoned with Ctrl-C.
    var wasInterrupted: Bool { get }
}

/// Reads lines from a file descriptor with no prompt, no echo and no escape codes. Bytes
/// that are not UTF-8 become U+FFFD (which the cleaner drops); a line longer than
/// `maxLine` bytes keeps its first `maxLine` bytes and the rest is skipped.
struct PlainLineReader: LineReader {
    let fd: Int32
    static let maxLine = 1 << 20
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    var wasInterrupted: Bool { false }

    init(fd: Int32 = STDIN_FILENO) { self.fd = fd }

    mutating func readLine(prompt: String) -> String? {
        var line: [UInt8] = []
        var overflow = false
        while true {
            if start < buffer.count {
                if let nl = buffer[start...].firstIndex(of: 10) {
                    if !overflow { append(&line, buffer[start..<nl], &overflow) }
                    start = nl + 1
                    return Self.decode(line)
                }
                if !overflow { append(&line, buffer[start...], &overflow) }
                start = buffer.count
            }
            if eof { return line.isEmpty && !overflow ? nil : Self.decode(line) }
            buffer = [UInt8](repeating: 0, count: 65536)
            start = 0
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if n < 0 && errno == EINTR {
                buffer = []
                continue
            }
            if n <= 0 {
                eof = true
                buffer = []
            } else {
                buffer.removeSubrange(n..<buffer.count)
            }
        }
    }

    private func append(_ line: inout [UInt8], _ bytes: ArraySlice<UInt8>, _ overflow: inout Bool) {
        let room = Self.maxLine - line.count
        if bytes.count > room {
            line.append(contentsOf: bytes.prefix(room))
            overflow = true
        } else {
            line.append(contentsOf: bytes)
        }
    }

    static func decode(_ bytes: [UInt8]) -> String {
        var b = bytes
        if b.last == 13 { b.removeLast() }
        return String(decoding: b, as: UTF8.self)
    }
}

// MARK: GNU readline

/// Set by the SIGINT handler; read by readline's signal event hook.
nonisolated(unsafe) private var interruptFlag: sig_atomic_t = 0
nonisolated(unsafe) private var interruptedLine = false
/// Words Tab completes: commands and concept names.
nonisolated(unsafe) var completionWords: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0

private func onSigint(_ signal: Int32) {
    interruptFlag = 1
}

/// Called by readline when a read is interrupted by a signal: Ctrl-C abandons the line.
private func signalEventHook() -> Int32 {
    if interruptFlag != 0 {
        interruptFlag = 0
        interruptedLine = true
        rl_replace_line("", 0)
        rl_done = 1
    }
    return 0
}

private func completionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 {
        let prefix = text.map { String(cString: $0) }?.lowercased() ?? ""
        completionMatches = completionWords.filter { $0.lowercased().hasPrefix(prefix) }
        completionIndex = 0
    }
    guard completionIndex < completionMatches.count else { return nil }
    let word = completionMatches[completionIndex]
    completionIndex += 1
    return strdup(word)
}

private func attemptCompletion(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32)
    -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
{
    rl_attempted_completion_over = 1
    return rl_completion_matches(text, completionGenerator)
}

/// GNU readline with history in the state folder, Tab completion and Ctrl-C that abandons
/// the line instead of killing the tutor.
struct ReadlineReader: LineReader {
    let historyPath: String?
    static let historyLimit: Int32 = 1000
    private(set) var wasInterrupted = false

    init(historyPath: String?, words: [String]) {
        self.historyPath = historyPath
        completionWords = words
        rl_readline_name = UnsafePointer(strdup("tutor"))
        rl_catch_signals = 0
        rl_catch_sigwinch = 1
        rl_variable_bind("enable-bracketed-paste", "off")
        rl_attempted_completion_function = attemptCompletion
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n\"'?!.,;"))
        rl_signal_event_hook = signalEventHook
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onSigint
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the read must be interrupted
        sigaction(SIGINT, &action, nil)
        using_history()
        stifle_history(Self.historyLimit)
        if let historyPath {
            if !FileManager.default.fileExists(atPath: historyPath) {
                let fd = open(historyPath, O_CREAT | O_WRONLY, 0o600)
                if fd >= 0 { close(fd) }
            }
            chmod(historyPath, 0o600)
            read_history(historyPath)
        }
    }

    mutating func readLine(prompt: String) -> String? {
        interruptedLine = false
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        wasInterrupted = interruptedLine
        if wasInterrupted { return "" }
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            if let historyPath {
                append_history(1, historyPath)
                history_truncate_file(historyPath, Self.historyLimit)
            }
        }
        return line
    }
}
