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

    /// Parses one JSON value from raw bytes, which must be UTF-8.
    public static func parse(bytes: [UInt8]) throws -> JSON {
        var parser = JSONParser(bytes)
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

    /// The number as an `Int` when it is a whole number that an `Int` holds exactly
    /// (within ±2^53, where every whole `Double` is exact); nil otherwise, never a trap.
    public var intValue: Int? {
        guard case .number(let n) = self, n.isFinite, n == n.rounded(), abs(n) <= 9_007_199_254_740_992 else {
            return nil
        }
        return Int(n)
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
