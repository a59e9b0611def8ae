import Foundation

/// A Markdown file of recorded sessions: each fenced `transcript` block is one session,
/// replayed with its seed, learner and clock. `> ` lines are the learner's input; every
/// other line is expected output. In expected lines `[..]` matches any text, a line `...`
/// matches any number of lines, and a line ending ` (re)` is a regular expression.
public struct Transcript: Sendable {
    public var path: String
    public var lines: [String]
    public var blocks: [Block]

    public struct Block: Sendable {
        public var seed: UInt64
        public var learner: String
        public var clock: String
        /// Line index (0-based) of the opening fence.
        public var fenceLine: Int
        /// Line index of the closing fence.
        public var endLine: Int
        /// The session's opening output (before the first input), then one entry a turn.
        public var opening: Segment
        public var turns: [Turn]
        /// The learner's session log as it was when this session began (from a
        /// `transcript-log` block before it), when the recorded learner had one.
        public var priorLog: [String]?
    }

    public struct Turn: Sendable {
        public var input: String
        public var inputLine: Int
        public var expected: Segment
    }

    /// Expected lines with their 0-based line indices in the file.
    public struct Segment: Sendable {
        public var lines: [String] = []
        public var lineIndices: [Int] = []
    }

    public static let defaultClock = "2026-01-01T09:00:00Z"

    /// Parses a transcript file; errors carry `file:line:column`.
    public static func parse(path: String, text: String) throws -> Transcript {
        let lines = text.components(separatedBy: "\n")
        var blocks: [Block] = []
        var i = 0
        var problems: [Diagnostic] = []
        var priorLogs: [String: (lines: [String], fenceLine: Int)] = [:]
        while i < lines.count {
            if lines[i].hasPrefix("```transcript-log") {
                let log = priorLog(lines, at: i, path: path, problems: &problems)
                if let learner = log.learner { priorLogs[learner] = (log.lines, i) }
                i = log.next
                continue
            }
            guard lines[i].hasPrefix("```transcript") else {
                i += 1
                continue
            }
            var block = header(lines[i], line: i, path: path, &problems)
            block.priorLog = priorLogs.removeValue(forKey: block.learner)?.lines
            i += 1
            var closed = false
            while i < lines.count {
                let l = lines[i]
                if l.hasPrefix("```") {
                    closed = true
                    block.endLine = i
                    i += 1
                    break
                }
                if l.hasSuffix(" (re)"), let problem = TranscriptMatcher.regexProblem(l) {
                    problems.append(
                        Diagnostic(
                            file: path, line: i + 1, column: 1,
                            message: "invalid regular expression before ' (re)': \(problem)"))
                }
                block.add(l, at: i)
                i += 1
            }
            if !closed {
                problems.append(
                    Diagnostic(
                        file: path, line: block.fenceLine + 1, column: 1,
                        message: "transcript block is not closed with ```"))
                block.endLine = lines.count
            }
            blocks.append(block)
        }
        for (learner, log) in priorLogs.sorted(by: { $0.value.fenceLine < $1.value.fenceLine }) {
            problems.append(
                Diagnostic(
                    file: path, line: log.fenceLine + 1, column: 1,
                    message: "no transcript block of learner '\(learner)' follows this transcript-log block"))
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return Transcript(path: path, lines: lines, blocks: blocks)
    }

    /// A block from its fence line: "```transcript seed=N learner=NAME clock=TIME".
    private static func header(_ fence: String, line i: Int, path: String, _ problems: inout [Diagnostic]) -> Block {
        var seed: UInt64 = 0
        var learner = "learner"
        var clock = defaultClock
        for attr in fence.dropFirst("```transcript".count).split(separator: " ") {
            let kv = attr.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else {
                problems.append(
                    Diagnostic(file: path, line: i + 1, column: 1, message: "expected key=value, found '\(attr)'"))
                continue
            }
            switch kv[0] {
            case "seed":
                if let s = UInt64(kv[1]) {
                    seed = s
                } else {
                    problems.append(
                        Diagnostic(file: path, line: i + 1, column: 1, message: "seed must be a whole number"))
                }
            case "learner": learner = kv[1]
            case "clock": clock = kv[1]
            default:
                problems.append(
                    Diagnostic(file: path, line: i + 1, column: 1, message: "unknown transcript attribute '\(kv[0])'"))
            }
        }
        return Block(
            seed: seed, learner: learner, clock: clock, fenceLine: i, endLine: i, opening: Segment(), turns: [])
    }
}

extension Transcript.Block {
    /// Adds a line inside the block: an input (`> `), or expected output of the opening or the last turn.
    mutating func add(_ l: String, at i: Int) {
        if l.hasPrefix("> ") || l == ">" {
            turns.append(
                Transcript.Turn(input: l == ">" ? "" : String(l.dropFirst(2)), inputLine: i, expected: .init()))
        } else if !l.trimmingCharacters(in: .whitespaces).isEmpty {
            if turns.isEmpty {
                opening.lines.append(l)
                opening.lineIndices.append(i)
            } else {
                turns[turns.count - 1].expected.lines.append(l)
                turns[turns.count - 1].expected.lineIndices.append(i)
            }
        }
    }
}

extension Transcript {
    /// A ```` ```transcript-log learner=NAME ```` block at line `start`: the learner's session
    /// log (JSON Lines) as it was when the next block of that learner began, which `tutor chat
    /// --record` writes for a learner who already had a log, so the replay resumes from the
    /// same state. Returns the learner, the log's lines and the line after the block.
    static func priorLog(_ lines: [String], at start: Int, path: String, problems: inout [Diagnostic])
        -> (learner: String?, lines: [String], next: Int)
    {
        var learner: String?
        for attr in lines[start].dropFirst("```transcript-log".count).split(separator: " ") {
            if attr.hasPrefix("learner=") {
                learner = String(attr.dropFirst("learner=".count))
            } else {
                problems.append(
                    Diagnostic(
                        file: path, line: start + 1, column: 1,
                        message: "unknown transcript-log attribute '\(attr)' (expected learner=NAME)"))
            }
        }
        if learner == nil {
            problems.append(
                Diagnostic(file: path, line: start + 1, column: 1, message: "a transcript-log block needs learner=NAME")
            )
        }
        var i = start + 1
        var log: [String] = []
        while i < lines.count, !lines[i].hasPrefix("```") {
            if !lines[i].trimmingCharacters(in: .whitespaces).isEmpty { log.append(lines[i]) }
            i += 1
        }
        if i == lines.count {
            problems.append(
                Diagnostic(
                    file: path, line: start + 1, column: 1, message: "transcript-log block is not closed with ```"))
        }
        return (learner, log, i + 1)
    }
}

/// Whether actual output lines match expected lines with wildcards.
public enum TranscriptMatcher {
    public static func matches(expected: [String], actual: [String]) -> Bool {
        var memo: [Int: Bool] = [:]
        func go(_ e: Int, _ a: Int) -> Bool {
            let key = e * (actual.count + 1) + a
            if let m = memo[key] { return m }
            let result: Bool
            if e == expected.count {
                result = a == actual.count
            } else if expected[e].trimmingCharacters(in: .whitespaces) == "..." {
                result = go(e + 1, a) || (a < actual.count && go(e, a + 1))
            } else {
                result = a < actual.count && lineMatches(expected[e], actual[a]) && go(e + 1, a + 1)
            }
            memo[key] = result
            return result
        }
        return go(0, 0)
    }

    /// Why an expected line's ` (re)` pattern cannot be compiled, or nil when it can.
    static func regexProblem(_ expected: String) -> String? {
        let pattern = "^(?:" + expected.dropLast(5) + ")$"
        do {
            _ = try NSRegularExpression(pattern: pattern)
            return nil
        } catch {
            return "'\(expected.dropLast(5))' does not compile"
        }
    }

    /// The expected and actual lines as a line diff: `" "` for lines that match (wildcards
    /// included), `"-"` for expected lines missing from the output, `"+"` for output lines not
    /// expected. Each entry carries the expected line's index in `expected`, if any.
    public static func diff(expected: [String], actual: [String]) -> [(mark: Character, text: String, index: Int?)] {
        let n = expected.count
        let m = actual.count
        // Longest common subsequence, where "..." matches nothing here: it is shown as context.
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] =
                    lineMatches(expected[i], actual[j]) ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [(Character, String, Int?)] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, expected[i].trimmingCharacters(in: .whitespaces) == "..." {
                out.append((" ", expected[i], i))
                i += 1
            } else if i < n, j < m, lineMatches(expected[i], actual[j]) {
                out.append((" ", actual[j], i))
                i += 1
                j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                out.append(("-", expected[i], i))
                i += 1
            } else {
                out.append(("+", actual[j], nil))
                j += 1
            }
        }
        return out
    }

    public static func lineMatches(_ expected: String, _ actual: String) -> Bool {
        if expected.hasSuffix(" (re)") {
            let pattern = "^(?:" + expected.dropLast(5) + ")$"
            return actual.range(of: pattern, options: .regularExpression) != nil
        }
        if !expected.contains("[..]") { return expected == actual }
        let parts = expected.components(separatedBy: "[..]")
        var rest = Substring(actual)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for (k, part) in parts.enumerated().dropFirst() {
            if k == parts.count - 1 {
                return part.isEmpty || rest.hasSuffix(part)
            }
            guard let r = rest.range(of: part) else { return false }
            rest = rest[r.upperBound...]
        }
        return true
    }
}
