/// Learner names become file names, so they are checked before use.
public enum LearnerName {
    /// Why `name` cannot be a learner's name, or nil if it can.
    public static func problem(_ name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        if name.count > 64 { return "it is longer than 64 characters" }
        if name == "." || name == ".." || name.hasPrefix(".") { return "it may not start with a dot" }
        if name.contains("/") || name.contains("\\") { return "it may not contain a path separator" }
        for c in name.unicodeScalars {
            let ok =
                c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c == "." || c == "@"
            if !ok { return "use letters, digits, '-', '_', '.' or '@'" }
        }
        return nil
    }
}
