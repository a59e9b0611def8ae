/// Replays transcript blocks in-process against a `Tutor`, with a fixed seed and clock and
/// an in-memory session log per learner (so a later block resumes an earlier one).
public struct TranscriptReplayer {
    public let tutor: Tutor

    public init(tutor: Tutor) { self.tutor = tutor }

    /// One block's result: pass, or every segment that does not match.
    public struct BlockResult: Sendable {
        public var block: Int
        public var passed: Bool
        /// 1-based line of the first mismatch, and the expected and actual lines there.
        public var mismatchLine: Int?
        public var expected: [String] = []
        public var actual: [String] = []
        /// Every mismatching segment of the block, in order.
        public var mismatches: [Mismatch] = []
        /// The block's text with mismatching segments replaced by actual output.
        public var updated: [String] = []
    }

    /// One segment (the output of one learner line, or the opening) that does not match.
    public struct Mismatch: Sendable {
        /// 1-based file line of the first expected line that differs (or of the input line,
        /// when output appears where none was expected).
        public var line: Int
        /// The learner's line this output answers; nil for the session's opening.
        public var input: String?
        /// The line diff: `" "`, `"-"` (expected, missing) or `"+"` (actual, not expected), then the text.
        public var diff: [String]
    }

    /// Replays every block of a transcript as a `TutorSession`, as a live session runs;
    /// blocks share one in-memory log per learner, so a later block resumes an earlier one.
    public func replay(_ transcript: Transcript) -> [BlockResult] {
        var logs: [String: MemoryLogSink] = [:]
        var results: [BlockResult] = []
        for (b, block) in transcript.blocks.enumerated() {
            // A recorded returning learner: their log as it was when the session began.
            if let prior = block.priorLog {
                let lastSeq = (try? LearnerHistory.fold(lines: prior.map { Substring($0) }, seed: block.seed))?.lastSeq
                logs[block.learner] = MemoryLogSink(lines: prior, lastSeq: lastSeq ?? 0)
            }
            let log = logs[block.learner] ?? MemoryLogSink()
            logs[block.learner] = log
            let history = try? LearnerHistory.fold(lines: log.lines.map { Substring($0) }, seed: block.seed)
            let session = TutorSession(
                tutor: tutor, learner: block.learner, session: "transcript-\(b + 1)", seed: block.seed,
                history: history, resumed: !log.lines.isEmpty, sink: log, now: { block.clock })
            var outputs: [[String]] = [session.welcome.map(Self.lines) ?? []]
            for turn in block.turns {
                outputs.append(Self.lines(session.turn(turn.input).reply))
            }
            session.end()
            results.append(compare(block, b, outputs, transcript))
        }
        return results
    }

    static func lines(_ reply: String) -> [String] {
        reply.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    private func compare(_ block: Transcript.Block, _ index: Int, _ outputs: [[String]], _ t: Transcript)
        -> BlockResult
    {
        var result = BlockResult(block: index, passed: true)
        let segments = [block.opening] + block.turns.map(\.expected)
        var updated: [String] = [t.lines[block.fenceLine]]
        for (k, segment) in segments.enumerated() {
            if k > 0 {
                let turn = block.turns[k - 1]
                updated.append(t.lines[turn.inputLine])
            }
            let actual = outputs[k]
            if TranscriptMatcher.matches(expected: segment.lines, actual: actual) {
                updated += segment.lines
            } else {
                updated += actual
                let anchor = segment.lineIndices.first ?? (k > 0 ? block.turns[k - 1].inputLine : block.fenceLine)
                let diff = TranscriptMatcher.diff(expected: segment.lines, actual: actual)
                let firstDifferent = diff.first { $0.mark == "-" }?.index.map { segment.lineIndices[$0] }
                result.mismatches.append(
                    Mismatch(
                        line: (firstDifferent ?? anchor) + 1, input: k > 0 ? block.turns[k - 1].input : nil,
                        diff: diff.map { String($0.mark) + $0.text }))
                if result.passed {
                    result.passed = false
                    result.mismatchLine = anchor + 1
                    result.expected = segment.lines
                    result.actual = actual
                }
            }
        }
        updated.append(block.endLine < t.lines.count ? t.lines[block.endLine] : "```")
        result.updated = updated
        return result
    }

    /// The transcript file's text with every block replaced by its updated form.
    public static func rewrite(_ t: Transcript, _ results: [BlockResult]) -> String {
        var out: [String] = []
        var i = 0
        for (block, result) in zip(t.blocks, results) {
            while i < block.fenceLine {
                out.append(t.lines[i])
                i += 1
            }
            out += result.updated
            i = block.endLine + 1
        }
        while i < t.lines.count {
            out.append(t.lines[i])
            i += 1
        }
        return out.joined(separator: "\n")
    }
}
