import CReadline
import Foundation

/// Where learner lines come from: readline on a terminal, plain reads otherwise.
protocol LineReader {
    /// The next line without its newline, or nil at end of input.
    mutating func readLine(prompt: String) -> String?
}

/// Reads lines from a file descriptor with no echo and no escape codes, and with no prompt
/// unless `showsPrompt` (a terminal without line editing, `TERM=dumb`). Bytes that are not
/// UTF-8 become U+FFFD (which the cleaner drops); a line longer than `maxLine` bytes keeps
/// its first `maxLine` bytes and the rest is skipped.
struct PlainLineReader: LineReader {
    let fd: Int32
    let showsPrompt: Bool
    static let maxLine = 1 << 20
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false

    init(fd: Int32 = STDIN_FILENO, showsPrompt: Bool = false) {
        self.fd = fd
        self.showsPrompt = showsPrompt
    }

    mutating func readLine(prompt: String) -> String? {
        if showsPrompt {
            Terminal.write(prompt)
            Terminal.flush()
        }
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

/// Set by the SIGINT handler; read by `readKey`, readline's source of keystrokes.
nonisolated(unsafe) private var interruptFlag: sig_atomic_t = 0
/// Words Tab completes: commands and concept names.
nonisolated(unsafe) var completionWords: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0

private func onSigint(_ signal: Int32) {
    interruptFlag = 1
}

/// Abandons the line the way bash and Python's REPL do on Ctrl-C: the typed text stays on
/// screen, and a fresh prompt is drawn on a new line, with readline still reading, so no
/// keystroke after it is lost. (Ending the read with `rl_done` instead drew the next prompt
/// after the abandoned text and dropped the first keys typed after it.)
private func abandonLine() {
    rl_free_line_state()
    rl_replace_line("", 1)
    rl_crlf()
    rl_on_new_line()
    rl_redisplay()
}

/// Readline's source of keystrokes. A Ctrl-C can come at any moment, also between two reads;
/// readline's own reader then blocks in its next wait with the signal already taken, and the
/// keys typed after it joined the abandoned line ("what is emp", Ctrl-C, "trust" was read as
/// "what is emptrust"). Here SIGINT stays blocked except inside `pselect`, which unblocks it
/// atomically for the wait: a Ctrl-C either is in the flag before the wait or ends it.
private func readKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    let fd = stream.map { fileno($0) } ?? STDIN_FILENO
    var interrupt = sigset_t()
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    var previous = sigset_t()
    sigprocmask(SIG_BLOCK, &interrupt, &previous)
    defer { sigprocmask(SIG_SETMASK, &previous, nil) }
    var waiting = previous
    sigdelset(&waiting, SIGINT)
    while true {
        if interruptFlag != 0 {
            interruptFlag = 0
            abandonLine()
        }
        rl_check_signals()  // readline's own (a resized window)
        if tutor_wait_readable(fd, &waiting) < 0 {
            if errno == EINTR { continue }
            return EOF
        }
        var byte: UInt8 = 0
        let count = read(fd, &byte, 1)
        if count == 1 { return Int32(byte) }
        if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
        return EOF
    }
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

    init(historyPath: String?, words: [String]) {
        self.historyPath = historyPath
        completionWords = words
        rl_readline_name = UnsafePointer(strdup("tutor"))
        rl_catch_signals = 0
        rl_catch_sigwinch = 1
        rl_variable_bind("enable-bracketed-paste", "off")
        rl_attempted_completion_function = attemptCompletion
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n\"'?!.,;"))
        rl_getc_function = readKey
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onSigint
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the read must be interrupted
        sigaction(SIGINT, &action, nil)
        // A parent may have started the tutor with SIGINT blocked (a mask is inherited across
        // exec); Ctrl-C must still reach the handler.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
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
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
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
