/// Makes any line safe to analyse and to echo: escape sequences, control and invisible
/// format characters are removed, and the analysed length is bounded.
public enum TextCleaner {
    /// How many characters of a line are analysed; the rest is ignored (and said so).
    public static let maxAnalysedScalars = 4_000

    /// The line without ANSI/OSC escape sequences, control characters or bidi and
    /// zero-width format characters; runs of white space become one space.
    public static func clean(_ text: String, limit: Int = maxAnalysedScalars) -> String {
        if isClean(text, limit: limit) { return text }
        var out = String.UnicodeScalarView()
        var it = text.unicodeScalars.makeIterator()
        var count = 0
        var lastWasSpace = true
        func appendSpace() {
            if !lastWasSpace {
                out.append(" ")
                lastWasSpace = true
                count += 1
            }
        }
        while let c = it.next() {
            if count >= limit { break }
            let v = c.value
            if v == 0x1B || v == 0x9B || v == 0x9D {
                skipEscape(first: c, &it)
                appendSpace()
                continue
            }
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xFFFD {
                appendSpace()
                continue
            }
            if v < 0x80 {
                // ASCII: only the space is white space here (the others are controls, above).
                if v == 0x20 {
                    appendSpace()
                } else {
                    out.append(c)
                    lastWasSpace = false
                    count += 1
                }
                continue
            }
            if isInvisibleFormat(v) { continue }
            if c.properties.isWhitespace {
                appendSpace()
                continue
            }
            out.append(c)
            lastWasSpace = false
            count += 1
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// Authored text (a knowledge or lesson file's) made as safe to print as learner input:
    /// the same escape sequences, controls and invisible format characters are removed, but
    /// line breaks, tabs and spaces are kept (they are the text's layout), CRLF becomes LF,
    /// and nothing is cut.
    public static func cleanAuthored(_ text: String) -> String {
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }) { return text }
        var out = String.UnicodeScalarView()
        var it = text.unicodeScalars.makeIterator()
        while let c = it.next() {
            let v = c.value
            if v == 0x1B || v == 0x9B || v == 0x9D {
                skipEscape(first: c, &it)
                continue
            }
            if v == 0x0A || v == 0x09 || (v >= 0x20 && v < 0x7F) {
                out.append(c)
                continue
            }
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xFFFD || isInvisibleFormat(v) { continue }
            out.append(c)
        }
        return String(out)
    }

    /// Whether `clean` would return `text` unchanged because it is printable ASCII within
    /// `limit`, with single spaces between words and none at either end: the common case,
    /// checked on bytes without building a new string.
    static func isClean(_ text: String, limit: Int) -> Bool {
        let utf8 = text.utf8
        guard utf8.count <= limit, utf8.first != 0x20, utf8.last != 0x20 else { return false }
        var previous: UInt8 = 0
        for b in utf8 {
            guard b >= 0x20 && b < 0x7F, b != 0x20 || previous != 0x20 else { return false }
            previous = b
        }
        return true
    }

    /// A short, clean form of learner text to quote back in a reply.
    public static func quote(_ text: String, max: Int = 60) -> String {
        let cleaned = clean(text, limit: max + 1)
        if cleaned.unicodeScalars.count > max {
            return String(String.UnicodeScalarView(cleaned.unicodeScalars.prefix(max))) + "…"
        }
        return cleaned
    }

    /// Whether the line was longer than what is analysed.
    public static func isTruncated(_ text: String) -> Bool {
        text.utf8.count > maxAnalysedScalars && text.unicodeScalars.count > maxAnalysedScalars
    }

    static func isInvisibleFormat(_ v: UInt32) -> Bool {
        (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2060...0x2069).contains(v)
            || v == 0xFEFF || v == 0x00AD
    }

    /// Skips one escape sequence: CSI (ESC [ … final), OSC (ESC ] … BEL or ST), DCS/SOS/PM/APC
    /// strings, or a two-character escape.
    private static func skipEscape(first: Unicode.Scalar, _ it: inout String.UnicodeScalarView.Iterator) {
        var kind: UInt32
        if first.value == 0x9B {
            kind = 0x5B
        } else if first.value == 0x9D {
            kind = 0x5D
        } else {
            guard let next = it.next() else { return }
            kind = next.value
        }
        switch kind {
        case 0x5B:  // CSI: parameters and intermediates, then one final byte 0x40–0x7E
            var guardCount = 0
            while let c = it.next() {
                guardCount += 1
                if (0x40...0x7E).contains(c.value) || guardCount > 64 { return }
            }
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // OSC, DCS, SOS, PM, APC: until BEL or ESC \
            var guardCount = 0
            while let c = it.next() {
                guardCount += 1
                if c.value == 0x07 || c.value == 0x9C || guardCount > 4096 { return }
                if c.value == 0x1B {
                    _ = it.next()
                    return
                }
            }
        default:
            return
        }
    }
}
