import Foundation

/// A JSON value with keys kept in insertion order, so machine output is stable and reads
/// in the order the interface documents.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }

    /// Compact one-line JSON.
    public func serialized() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n):
            if n == n.rounded() && abs(n) < 1e15 {
                out += String(Int64(n))
            } else {
                JSON.writeFraction(n, into: &out)
            }
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out += "," }
                JSON.quote(key, into: &out)
                out += ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    /// `String(format: "%.3f", n)` with its trailing zeros removed (by the regular
    /// expression `0+$` before), without Foundation's formatter and regex.
    static func writeFraction(_ n: Double, into out: inout String) {
        // The shortest text that reads back as `n` is what "%.3f" gives when it has at most
        // three decimals: below 2^40 half an ulp is far less than 0.0005, so `n` rounds to
        // that text. Rounded figures (confidences, mastery) nearly always take this path.
        let shortest = n.description
        if abs(n) < 0x1p40, n != n.rounded(), let dot = shortest.utf8.firstIndex(of: UInt8(ascii: ".")),
            shortest.utf8.distance(from: dot, to: shortest.utf8.endIndex) <= 4,
            !shortest.utf8.contains(UInt8(ascii: "e"))
        {
            out += shortest
            return
        }
        var buffer = [CChar](repeating: 0, count: 512)
        let length = withVaList([n]) { vsnprintf(&buffer, buffer.count, "%.3f", $0) }
        guard length >= 0, length < buffer.count else {
            out += String(format: "%.3f", n).replacingOccurrences(
                of: #"0+$"#, with: "", options: .regularExpression)
            return
        }
        var end = Int(length)
        while end > 0 && buffer[end - 1] == CChar(UInt8(ascii: "0")) { end -= 1 }
        out += String(decoding: buffer[0..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func quote(_ s: String, into out: inout String) {
        // Runs of bytes that need no escaping are copied whole; escaped are the quote, the
        // backslash, the controls (C0, DEL, C1) and the line and paragraph separators.
        var escaped: [UInt8]?
        var copy = s
        copy.withUTF8 { b in
            let n = b.count
            var i = 0
            var run = 0
            func escape(_ replacement: [UInt8], skipping length: Int) {
                if escaped == nil {
                    escaped = []
                    escaped!.reserveCapacity(n + 16)
                }
                escaped!.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                escaped!.append(contentsOf: replacement)
                i += length
                run = i
            }
            func unicode(_ value: UInt32) -> [UInt8] {
                let hex = Array("0123456789abcdef".utf8)
                return [0x5C, 0x75] + stride(from: 12, through: 0, by: -4).map { hex[Int((value >> UInt32($0)) & 0xF)] }
            }
            while i < n {
                let c = b[i]
                switch c {
                case 0x22: escape([0x5C, 0x22], skipping: 1)
                case 0x5C: escape([0x5C, 0x5C], skipping: 1)
                case 0x0A: escape([0x5C, 0x6E], skipping: 1)
                case 0x0D: escape([0x5C, 0x72], skipping: 1)
                case 0x09: escape([0x5C, 0x74], skipping: 1)
                case 0..<0x20, 0x7F: escape(unicode(UInt32(c)), skipping: 1)
                case 0xC2 where i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F:
                    escape(unicode(UInt32(b[i + 1])), skipping: 2)
                case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                    escape(unicode(b[i + 2] == 0xA8 ? 0x2028 : 0x2029), skipping: 3)
                default: i += 1
                }
            }
            escaped?.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<n]))
        }
        out += "\""
        if let escaped { out += String(decoding: escaped, as: UTF8.self) } else { out += s }
        out += "\""
    }

    /// Parses one JSON value; the error says what was wrong and where.
    public static func parse(_ text: String) throws -> JSON {
        var parser = JSONParser(Array(text.utf8))
        return try parser.parseDocument()
    }

    public subscript(key: String) -> JSON? {
        if case .object(let fields) = self { return fields.first { $0.0 == key }?.1 }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var numberValue: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var arrayValue: [JSON]? {
        if case .array(let a) = self { return a }
        return nil
    }
}

/// Why a JSON text could not be read.
public struct JSONError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var description: String { "\(message) at character \(offset + 1)" }
}

/// A small strict JSON parser (RFC 8259), so input handling is the same on every platform.
struct JSONParser {
    let bytes: [UInt8]
    var i = 0
    var depth = 0

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
        default: return try parseNumber()
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

    mutating func parseNumber() throws -> JSON {
        let start = i
        while i < bytes.count, let c = Optional(bytes[i]),
            (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".")
                || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
        {
            i += 1
        }
        guard i > start, let n = Double(String(decoding: bytes[start..<i], as: UTF8.self)) else {
            throw JSONError(message: "unexpected character", offset: start)
        }
        return .number(n)
    }

    mutating func nest() throws {
        depth += 1
        if depth > 64 { throw JSONError(message: "nested too deeply", offset: i) }
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
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
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
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(fields) }
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
            let text = String(decoding: bytes[i..<end], as: UTF8.self)
            i = end + 1
            return text
        }
        var out: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { break }
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
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
                        bytes[i + 1] == UInt8(ascii: "u")
                    {
                        i += 2
                        let low = try hex4()
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw JSONError(message: "invalid escape", offset: i - 1)
                }
                continue
            }
            if c < 0x20 { throw JSONError(message: "control character in a string", offset: i) }
            out.append(c)
            i += 1
        }
        throw JSONError(message: "unterminated string", offset: start)
    }

    mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16)
        else { throw JSONError(message: "invalid \\u escape", offset: i) }
        i += 4
        return v
    }
}
