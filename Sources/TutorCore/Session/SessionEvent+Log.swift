import Foundation

/// A whole log read as events, for exports that need the events themselves, not the fold.
extension SessionEvent {
    /// The events in log lines (without newlines), and the lines skipped as unreadable
    /// (1-based, with why). A line from a newer schema stops the read, as in the fold.
    public static func events(lines: [Substring]) throws -> (
        events: [SessionEvent], skipped: [(line: Int, reason: String)]
    ) {
        var events: [SessionEvent] = []
        var skipped: [(line: Int, reason: String)] = []
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            do {
                events.append(try SessionEvent.parse(line))
            } catch ReadError.newerSchema(let v) {
                throw LogError.newerSchema(line: i + 1, version: v)
            } catch ReadError.malformed(let why) {
                skipped.append((i + 1, why))
            }
        }
        return (events, skipped)
    }
}
