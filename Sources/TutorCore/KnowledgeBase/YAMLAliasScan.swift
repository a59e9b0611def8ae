/// Finds YAML aliases (`*name`) before the text is composed, to bound what they can cost.
///
/// Yams composes an alias as a shared copy of its anchor's node, which is cheap, but it
/// hashes every mapping's keys to find duplicates, and hashing a key walks all of it: an
/// alias bomb (anchors of aliases of anchors…) used as a key takes exponential time. So,
/// before composing: an alias may not be (or be inside) a mapping key, a file with aliases
/// may not use explicit `?` keys, and a file holds at most `maxAliases` of them. Knowledge
/// files are plain data and need none of this; the scan is a small lexer (quotes,
/// comments, flow brackets, block scalars), conservative where YAML is subtle.
struct YAMLAliasScan {
    /// At most this many aliases in one file.
    static let maxAliases = 1000

    /// Why the aliases in `text` are refused, with where (1-based), or nil when they are fine.
    static func problem(in text: String) -> (line: Int, column: Int, message: String)? {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var scan = YAMLAliasScan()
        return scan.run(Array(text.utf8))
    }

    private var aliases = 0
    private var explicitKey: (line: Int, column: Int)?
    /// Open flow brackets, and whether an alias was seen since the outermost one opened.
    private var flowDepth = 0
    private var aliasInFlow = false
    private var quote: UInt8?
    /// The indentation of the line that opened a block scalar, while its lines are skipped.
    private var blockIndent: Int?

    private mutating func run(_ b: [UInt8]) -> (line: Int, column: Int, message: String)? {
        var lineNumber = 0
        var start = 0
        while start <= b.count {
            let end = b[start...].firstIndex(of: 10) ?? b.count
            lineNumber += 1
            if let problem = line(b[start..<end], number: lineNumber) { return problem }
            start = end + 1
        }
        if aliases > 0, let key = explicitKey {
            return (key.line, key.column, "an explicit key ('?') in a file with aliases; write the key out in full")
        }
        return nil
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D }

    /// The bytes of an anchor's name as libyaml scans them (letters, digits, `_`, `-`): so
    /// `*a: x` is the alias `a` used as a key, as Yams reads it.
    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "_")
            || c == UInt8(ascii: "-")
    }

    private mutating func line(_ l: ArraySlice<UInt8>, number: Int) -> (line: Int, column: Int, message: String)? {
        let indent = l.prefix { $0 == 0x20 }.count
        if let block = blockIndent {
            if l.allSatisfy(Self.isSpace) || indent > block { return nil }
            blockIndent = nil
        }
        var i = l.startIndex
        var previous: UInt8 = 0x20
        while i < l.endIndex {
            let c = l[i]
            let column = i - l.startIndex + 1
            if let q = quote {
                if c == UInt8(ascii: "\\") && q == UInt8(ascii: "\"") {
                    i += 2
                    continue
                }
                if c == q {
                    if q == UInt8(ascii: "'"), i + 1 < l.endIndex, l[i + 1] == q {
                        i += 2
                        continue
                    }
                    quote = nil
                }
                previous = c
                i += 1
                continue
            }
            let atToken =
                Self.isSpace(previous) || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{")
                || previous == UInt8(ascii: ",")
            switch c {
            case UInt8(ascii: "#") where Self.isSpace(previous):
                return nil  // a comment: the rest of the line
            case UInt8(ascii: "'"),
                UInt8(ascii: "\"") where atToken:
                quote = c
            case UInt8(ascii: "["),
                UInt8(ascii: "{") where atToken || flowDepth > 0:
                flowDepth += 1
            case UInt8(ascii: "]"),
                UInt8(ascii: "}") where flowDepth > 0:
                flowDepth -= 1
                if flowDepth == 0 {
                    // A flow collection with an alias in it, used as a key (`[*a]: x`).
                    if aliasInFlow, Self.keyFollows(l, after: i + 1) {
                        return (number, column, "an alias inside a mapping key; aliases may not be keys")
                    }
                    aliasInFlow = false
                }
            case UInt8(ascii: "?") where atToken && (i + 1 == l.endIndex || Self.isSpace(l[i + 1])):
                if explicitKey == nil { explicitKey = (number, column) }
            case UInt8(ascii: "|"),
                UInt8(ascii: ">") where atToken && flowDepth == 0:
                // A block scalar: its more indented lines are text, not YAML.
                if l[(i + 1)...].allSatisfy({
                    Self.isSpace($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
                        || ($0 >= 0x30 && $0 <= 0x39)
                }) {
                    blockIndent = indent
                    return nil
                }
            case UInt8(ascii: "*") where atToken:
                var j = i + 1
                while j < l.endIndex, Self.isNameByte(l[j]) { j += 1 }
                guard j > i + 1 else { break }
                aliases += 1
                if aliases > Self.maxAliases {
                    return (number, column, "more than \(Self.maxAliases) aliases in one file")
                }
                if Self.keyFollows(l, after: j) {
                    return (number, column, "an alias used as a mapping key; aliases may not be keys")
                }
                if flowDepth > 0 { aliasInFlow = true }
                i = j
                previous = 0x41
                continue
            default: break
            }
            previous = c
            i += 1
        }
        return nil
    }

    /// Whether the next thing after `index` on the line (past spaces) is a `:` indicator.
    private static func keyFollows(_ l: ArraySlice<UInt8>, after index: Int) -> Bool {
        var k = index
        while k < l.endIndex, isSpace(l[k]) { k += 1 }
        guard k < l.endIndex, l[k] == UInt8(ascii: ":") else { return false }
        return k + 1 == l.endIndex || isSpace(l[k + 1]) || l[k + 1] == UInt8(ascii: ",")
            || l[k + 1] == UInt8(ascii: "}") || l[k + 1] == UInt8(ascii: "]")
    }
}
