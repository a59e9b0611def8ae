import Foundation

/// Comma-separated values as RFC 4180 writes them: a header row, CRLF line ends, and a
/// field in double quotes (its quotes doubled) when it holds a comma, a quote or a line
/// break, so spreadsheets and `csv` readers take the file as it is.
public enum CSV {
    /// One field, quoted when it must be.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A table: the header row, then each row, every line ended by CRLF.
    public static func table(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A number as the JSON output writes it (4 decimals at most, no trailing zeros).
    static func number(_ value: Double) -> String {
        JSON.number((value * 10000).rounded() / 10000).serialized()
    }
}
