import Foundation

/// ISO-8601 times as the session log writes them (`2026-01-05T10:00:00Z`), read and
/// written without a clock: the caller passes the time in.
public enum ISOTime {
    /// The time `text` names, or nil; also takes fractional seconds and a bare date.
    public static func parse(_ text: String) -> Date? {
        if let d = formatters.use([.withInternetDateTime], { $0.date(from: text) }) { return d }
        if let d = formatters.use([.withInternetDateTime, .withFractionalSeconds], { $0.date(from: text) }) {
            return d
        }
        return formatters.use([.withFullDate]) { $0.date(from: text) }
    }

    /// `date` as `2026-01-05T10:00:00Z`.
    public static func format(_ date: Date) -> String {
        formatters.use([.withInternetDateTime]) { $0.string(from: date) }
    }

    private static let formatters = Formatters()

    /// One formatter for each set of options, made once: making an `ISO8601DateFormatter`
    /// (ICU sets up a calendar and a pattern) costs far more than using one, and a turn
    /// reads and writes times several times. Formatters are not thread-safe, so each use
    /// holds a lock.
    private final class Formatters: @unchecked Sendable {
        private let lock = NSLock()
        private var cache: [UInt: ISO8601DateFormatter] = [:]

        func use<T>(_ options: ISO8601DateFormatter.Options, _ body: (ISO8601DateFormatter) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            if let formatter = cache[options.rawValue] { return body(formatter) }
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            cache[options.rawValue] = formatter
            return body(formatter)
        }
    }

    /// Whole and fractional days from `earlier` to `later` (negative if `later` is earlier).
    public static func days(from earlier: Date, to later: Date) -> Double {
        later.timeIntervalSince(earlier) / 86_400
    }
}
