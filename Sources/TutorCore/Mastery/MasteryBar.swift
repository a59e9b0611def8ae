/// A mastery value drawn as a fixed-width bar and a number: `████░░░░ 0.52` on a
/// terminal, `[####----] 0.52` in ASCII, or only `0.52`.
public enum MasteryBar: String, Sendable, CaseIterable {
    case unicode, ascii, none

    /// Cells in a bar.
    public static let width = 8

    /// The bar and the value with two decimals.
    public func render(_ p: Double) -> String {
        let value = Self.number(p)
        let filled = max(0, min(Self.width, Int((p * Double(Self.width)).rounded())))
        switch self {
        case .unicode:
            return String(repeating: "█", count: filled) + String(repeating: "░", count: Self.width - filled) + " "
                + value
        case .ascii:
            return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: Self.width - filled)
                + "] "
                + value
        case .none:
            return value
        }
    }

    /// `p` with two decimals, `0.52`.
    public static func number(_ p: Double) -> String {
        let hundredths = Int((max(0, min(1, p)) * 100).rounded())
        return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
    }
}
