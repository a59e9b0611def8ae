import Foundation

/// ISO-8601 times as the session log writes them (`2026-01-05T10:00:00Z`), read and
/// written without a clock: the caller passes the time in.
public enum ISOTime {
    /// The time `text` names, or nil; also takes fractional seconds and a bare date.
    public static func parse(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withFullDate]
        return f.date(from: text)
    }

    /// `date` as `2026-01-05T10:00:00Z`.
    public static func format(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    /// Whole and fractional days from `earlier` to `later` (negative if `later` is earlier).
    public static func days(from earlier: Date, to later: Date) -> Double {
        later.timeIntervalSince(earlier) / 86_400
    }
}
