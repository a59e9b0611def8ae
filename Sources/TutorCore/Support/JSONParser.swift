/// A strict JSON parser (RFC 8259): the one reader for every JSON line the tutor is given
/// and every file it reads back, so a hostile or damaged line is an error, never a trap.
///
/// Strict where the RFC is: numbers are `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
/// (no `+1`, `.5`, `01`, `1.`) and must be finite as a `Double` (`1e999` is an error); a
/// `\u` escape of a high surrogate must be followed by one of a low surrogate, and a lone
/// surrogate of either kind is an error; raw control characters in strings are errors;
/// the text must be UTF-8 (the caller's bytes are checked before they become a `String`).
/// Nesting is bounded, so no input can exhaust the stack.
struct JSONParser {
    let bytes: [UInt8]
    var i = 0
    var depth = 0
    static let maxDepth = 64

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() throws -> JSON {
        skipSpace()
        let value = try parseValue()
        skipSpace()
        if i < bytes.count { throw JSONError(message: "unexpected text after the JSON value", offset: i) }
        return value
    }

    mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws -> JSON {
        guard i < bytes.count else { throw JSONError(message: "unexpected end of input", offset: i) }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw JSONError(message: "unexpected character", offset: i)
        }
    }

    mutating func literal(_ word: String, _ value: JSON) throws -> JSON {
        let w = word.utf8
        guard i + w.count <= bytes.count, bytes[i..<(i + w.count)].elementsEqual(w) else {
            throw JSONError(message: "unexpected character", offset: i)
        }
        i += w.count
        return value
    }

    private func isDigit(_ at: Int) -> Bool {
        at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39
    }

    /// Skips one or more digits; throws when there is none.
    private mutating func digits(_ what: String) throws {
        guard isDigit(i) else { throw JSONError(message: "expected a digit \(what)", offset: i) }
        while isDigit(i) { i += 1 }
    }

    mutating func parseNumber() throws -> JSON {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { throw JSONError(message: "expected a digit after '-'", offset: i) }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) { throw JSONError(message: "a number cannot start with 0", offset: start) }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            try digits("after the decimal point")
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            try digits("in the exponent")
        }
        // The grammar is checked above; what is left is the range of a Double.
        guard let n = Double(String(decoding: bytes[start..<i], as: UTF8.self)), n.isFinite else {
            throw JSONError(message: "number out of range", offset: start)
        }
        return .number(n)
    }

    mutating func nest() throws {
        depth += 1
        if depth > Self.maxDepth { throw JSONError(message: "nested too deeply", offset: i) }
    }

    mutating func parseArray() throws -> JSON {
        try nest()
        defer { depth -= 1 }
        i += 1
        var items: [JSON] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            guard i < bytes.count else { throw JSONError(message: "unterminated array", offset: i) }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            throw JSONError(message: "expected ',' or ']'", offset: i)
        }
    }

    mutating func parseObject() throws -> JSON {
        try nest()
        defer { depth -= 1 }
        i += 1
        var fields: [(String, JSON)] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object(fields)
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                throw JSONError(message: "expected a key in double quotes", offset: i)
            }
            let key = try parseString()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                throw JSONError(message: "expected ':'", offset: i)
            }
            i += 1
            skipSpace()
            fields.append((key, try parseValue()))
            skipSpace()
            guard i < bytes.count else { throw JSONError(message: "unterminated object", offset: i) }
            if bytes[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(fields)
            }
            throw JSONError(message: "expected ',' or '}'", offset: i)
        }
    }

    mutating func parseString() throws -> String {
        let start = i
        i += 1
        // Most strings have no escapes: then they are their bytes, taken at once.
        var end = i
        while end < bytes.count, bytes[end] >= 0x20, bytes[end] != UInt8(ascii: "\""),
            bytes[end] != UInt8(ascii: "\\")
        {
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let text = try Self.utf8(bytes[i..<end], at: i)
            i = end + 1
            return text
        }
        var out: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return try Self.utf8(out[...], at: start)
            }
            if c == UInt8(ascii: "\\") {
                try escape(into: &out)
                continue
            }
            if c < 0x20 { throw JSONError(message: "control character in a string", offset: i) }
            out.append(c)
            i += 1
        }
        throw JSONError(message: "unterminated string", offset: start)
    }

    /// Reads one escape (at the backslash) and appends its UTF-8.
    private mutating func escape(into out: inout [UInt8]) throws {
        i += 1
        guard i < bytes.count else { throw JSONError(message: "unterminated string", offset: i) }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): out.append(e)
        case UInt8(ascii: "u"):
            let at = i - 2
            var scalar = try hex4()
            if (0xDC00...0xDFFF).contains(scalar) {
                throw JSONError(message: "a low surrogate without a high surrogate before it", offset: at)
            }
            if (0xD800...0xDBFF).contains(scalar) {
                guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                    throw JSONError(message: "a high surrogate without a low surrogate after it", offset: at)
                }
                i += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONError(message: "a high surrogate without a low surrogate after it", offset: at)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let u = Unicode.Scalar(scalar) else {
                throw JSONError(message: "invalid \\u escape", offset: at)
            }
            out.append(contentsOf: Array(String(Character(u)).utf8))
        default: throw JSONError(message: "invalid escape", offset: i - 1)
        }
    }

    /// Exactly four hex digits (no sign, no space: `UInt32(_:radix:)` would take `+abc`).
    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count else { throw JSONError(message: "invalid \\u escape", offset: i) }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = bytes[i + k]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw JSONError(message: "invalid \\u escape", offset: i)
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }

    /// `bytes` as text; invalid UTF-8 is an error (never a silent U+FFFD).
    static func utf8(_ bytes: ArraySlice<UInt8>, at offset: Int) throws -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        // Decoding replaces each invalid sequence with U+FFFD: the same bytes back means none was.
        if !bytes.elementsEqual(text.utf8) {
            throw JSONError(message: "invalid UTF-8 in a string", offset: offset)
        }
        return text
    }
}
