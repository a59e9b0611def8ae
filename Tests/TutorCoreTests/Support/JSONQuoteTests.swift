import Foundation
import Testing

@testable import TutorCore

/// JSON string escaping, byte by byte, against the rule written out scalar by scalar.
@Suite struct JSONQuoteTests {
    /// The rule: escape the quote, the backslash, C0 and C1 controls, DEL, U+2028 and U+2029.
    func reference(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F || (0x80...0x9F).contains(c.value) || c.value == 0x2028
                    || c.value == 0x2029
                {
                    out += String(format: "\\u%04x", c.value)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    @Test func escapingFollowsTheRuleOnEveryKindOfCharacter() throws {
        let pieces: [String] = [
            "a", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
            "\u{A0}", "é", "—", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}", "同", "👩🏽‍⚕️", "\r\n", "e\u{301}",
        ]
        var random = SeededRandom(seed: 9)
        var texts = pieces + ["", "plain ascii text"]
        for _ in 0..<2000 {
            var s = ""
            for _ in 0..<Int(random.next() % 12) { s += pieces[Int(random.next() % UInt64(pieces.count))] }
            texts.append(s)
        }
        for text in texts {
            var out = ""
            JSON.quote(text, into: &out)
            #expect(out == reference(text), "\(Array(text.unicodeScalars))")
            // And it reads back as the same text.
            #expect(try JSON.parse(out).stringValue == text)
        }
    }
}
