import Foundation
import Testing

@testable import TutorCore

/// The log's own time form is read without ICU; it must read every time as ICU does.
@Suite struct ISOTimeTests {
    func icu(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: text)
    }

    @Test func theFastReadingAgreesWithICU() {
        var random = SeededRandom(seed: 42)
        var texts = [
            "2026-01-05T10:00:00Z", "2000-02-29T23:59:59Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
            "2100-03-01T00:00:00Z", "2024-12-31T12:30:45Z", "1600-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        ]
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        for _ in 0..<3000 {
            // Any second from 1600 to 2400.
            let seconds = Double(random.next() % 25_246_080_000) - 11_676_096_000
            texts.append(f.string(from: Date(timeIntervalSince1970: seconds)))
        }
        for text in texts {
            let fast = ISOTime.parseUTC(text)
            #expect(fast != nil, "\(text)")
            #expect(fast == icu(text), "\(text)")
            #expect(ISOTime.parse(text) == icu(text), "\(text)")
        }
    }

    @Test func otherFormsAreLeftToICU() {
        for text in [
            "2026-02-30T10:00:00Z", "2023-02-29T10:00:00Z", "2026-01-05T24:00:00Z", "2026-01-05T10:60:00Z",
            "2026-01-05T10:00:60Z", "2026-13-01T10:00:00Z", "2026-00-01T10:00:00Z", "1500-01-01T10:00:00Z",
            "2026-01-05T10:00:00.5Z", "2026-01-05", "2026-01-05T10:00:00+01:00", "2026-01-05 10:00:00Z",
            "2O26-01-05T10:00:00Z", "", "٢٠٢٦-01-05T10:00:00Z",
        ] {
            #expect(ISOTime.parseUTC(text) == nil, "\(text)")
        }
        #expect(ISOTime.parse("2026-01-05T10:00:00.5Z") != nil)
        #expect(ISOTime.parse("2026-01-05") != nil)
        #expect(ISOTime.parse("yesterday") == nil)
    }
}
