import TutorCore

/// How the JSON Lines interfaces (`chat --format jsonl`, `match`, `grade`) read a line and
/// report one they cannot use: every such line gets one `{"error": "…", "line": N}` line out
/// (N counts input lines from 1) and the run goes on with the next line.
enum JSONLInput {
    /// The error line for input line `line`.
    static func error(_ message: String, line: Int) -> JSON {
        .object([("error", .string(message)), ("line", .number(Double(line)))])
    }

    /// The text of a line that is plain text or `{"text": "…"}` (a line that starts with `{`
    /// is taken as JSON); the error line when it is neither.
    static func text(_ raw: String, line: Int) -> Result<String, Failure> {
        guard Self.startsObject(raw) else { return .success(raw) }
        let value: JSON
        do {
            value = try JSON.parse(raw)
        } catch {
            return .failure(Failure(json: Self.error("malformed JSON: \(error)", line: line)))
        }
        guard let text = value["text"]?.stringValue else {
            return .failure(
                Failure(json: Self.error("expected plain text or a JSON object with a string \"text\"", line: line)))
        }
        return .success(text)
    }

    /// Reads `reader` to its end, calling `body` with the text of each line it can use and
    /// writing the error line (flushed, as `body`'s answers are) for each it cannot. `body`
    /// returns false to stop reading.
    static func forEachText<R: LineReader>(from reader: inout R, _ body: (String) -> Bool) {
        var number = 0
        while let raw = reader.readLine(prompt: "") {
            number += 1
            switch text(raw, line: number) {
            case .success(let text):
                if !body(text) { return }
            case .failure(let failure):
                Terminal.line(failure.json.serialized())
                Terminal.flush()
            }
        }
    }

    /// An error line, as a `Result`'s failure.
    struct Failure: Error {
        var json: JSON
    }

    /// Whether the line's first non-blank character is `{`.
    static func startsObject(_ raw: String) -> Bool {
        raw.utf8.first { $0 != 0x20 && $0 != 0x09 } == UInt8(ascii: "{")
    }
}
