import Foundation

/// Learner names become file names, so they are checked before use.
public enum LearnerName {
    /// The name as it is stored: NFKC-normalised, so full-width and other compatibility
    /// forms (`ａｎｎ`, `ﬁ`) are the same learner as their plain letters.
    public static func normalized(_ name: String) -> String {
        name.precomposedStringWithCompatibilityMapping
    }

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
        if name != normalized(name) { return "it is not in normal form (NFKC)" }
        return confusable(name)
    }

    /// The scripts whose letters are easily taken for one another.
    enum Script: String {
        case latin = "Latin"
        case greek = "Greek"
        case cyrillic = "Cyrillic"
        case armenian = "Armenian"
        case other
    }

    static func script(_ v: UInt32) -> Script {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF: return .latin
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return .cyrillic
        case 0x530...0x58F: return .armenian
        default: return .other
        }
    }

    /// Greek and Cyrillic letters that look like Latin ones.
    static let latinLookalikes: Set<UInt32> = [
        // Cyrillic а в е к м н о р с т у х і ј ѕ ԁ һ ԛ ԝ and capitals
        0x430, 0x432, 0x435, 0x43A, 0x43C, 0x43D, 0x43E, 0x440, 0x441, 0x442, 0x443, 0x445, 0x456, 0x458, 0x455,
        0x501, 0x4BB, 0x51B, 0x51D, 0x410, 0x412, 0x415, 0x41A, 0x41C, 0x41D, 0x41E, 0x420, 0x421, 0x422, 0x423,
        0x425, 0x406, 0x408, 0x405,
        // Greek α ε ι κ ν ο ρ τ υ χ and capitals
        0x3B1, 0x3B5, 0x3B9, 0x3BA, 0x3BD, 0x3BF, 0x3C1, 0x3C4, 0x3C5, 0x3C7, 0x391, 0x392, 0x395, 0x396, 0x397,
        0x399, 0x39A, 0x39C, 0x39D, 0x39F, 0x3A1, 0x3A4, 0x3A5, 0x3A7,
    ]

    /// Why a name could be mistaken for another learner's: letters of more than one of the
    /// Latin, Greek, Cyrillic and Armenian scripts, or a Greek or Cyrillic name made only
    /// of letters that look Latin (Cyrillic `аnn` or `асе` for `ann` or `ace`).
    static func confusable(_ name: String) -> String? {
        var scripts: [Script] = []
        var allLookalike = true
        for c in name.unicodeScalars where c.properties.isAlphabetic {
            let s = script(c.value)
            if s != .other, !scripts.contains(s) { scripts.append(s) }
            if !latinLookalikes.contains(c.value) { allLookalike = false }
        }
        if scripts.count > 1 {
            let names = scripts.map(\.rawValue).joined(separator: " and ")
            return "it mixes \(names) letters, which look alike; write it in one script"
        }
        if let only = scripts.first, only == .greek || only == .cyrillic, allLookalike {
            return "its \(only.rawValue) letters all look like Latin ones; write it in Latin letters"
        }
        return nil
    }
}
