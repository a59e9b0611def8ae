import Foundation

/// ISO-8601 times as the session log writes them (`2026-01-05T10:00:00Z`), read and
/// written without a clock: the caller passes the time in.
public enum ISOTime {
    /// The time `text` names, or nil; also takes fractional seconds and a bare date.
    public static func parse(_ text: String) -> Date? {
        if let d = parseUTC(text) { return d }
        if let d = formatters.use([.withInternetDateTime], { $0.date(from: text) }) { return d }
        if let d = formatters.use([.withInternetDateTime, .withFractionalSeconds], { $0.date(from: text) }) {
            return d
        }
        return formatters.use([.withFullDate]) { $0.date(from: text) }
    }

    /// `2026-01-05T10:00:00Z` exactly (what the log writes), read without a formatter: a
    /// `:progress` reads every practised concept's time, and ICU's parser is slow. Anything
    /// else (other forms, a leap second, a day past the month's end) is nil and left to
    /// the formatters.
    static func parseUTC(_ text: String) -> Date? {
        var copy = text
        return copy.withUTF8 { b -> Date? in
            guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A
            else { return nil }
            func number(_ from: Int, _ count: Int) -> Int? {
                var n = 0
                for i in from..<from + count {
                    let d = Int(b[i]) - 0x30
                    guard d >= 0 && d <= 9 else { return nil }
                    n = n * 10 + d
                }
                return n
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                year >= 1600, (1...12).contains(month), hour < 24, minute < 60, second < 60
            else { return nil }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            guard day >= 1 && day <= lengths[month - 1] else { return nil }
            // Days from 1970-01-01 to the date (Howard Hinnant's days_from_civil).
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            let days = era * 146_097 + dayOfEra - 719_468
            let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
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
