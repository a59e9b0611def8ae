import Foundation
import Testing

@testable import TutorCore

/// The scheduler against the `fsrs` Python package (pip install fsrs) on random review
/// histories: the same due time, stability, difficulty, phase and step after every review.
/// Skipped where python3 cannot import fsrs.
@Suite struct FSRSTests {
    static let python: URL? = {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import fsrs"]
        check.standardOutput = FileHandle.nullDevice
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return nil }
        check.waitUntilExit()
        return check.terminationStatus == 0 ? URL(fileURLWithPath: "/usr/bin/env") : nil
    }()

    /// 1,000 histories of 1–12 reviews: on time, early, late, several on one day, every rating.
    static func histories(_ fsrs: FSRS) -> [[(time: Double, rating: FSRS.Rating)]] {
        var rng = SeededRandom(seed: 2026)
        let start = 1_767_225_600.0  // 2026-01-01T00:00:00Z
        return (0..<1000).map { _ in
            var card = FSRS.Card(due: start)
            var time = start + Double(rng.index(86_400))
            var history: [(Double, FSRS.Rating)] = []
            for _ in 0...rng.index(12) {
                let rating = FSRS.Rating(rawValue: 1 + rng.index(4))!
                history.append((time, rating))
                card = fsrs.review(card, rating, at: time)
                // Next review: on time, a little early or late, the same day, or much later.
                let offsets: [Double] = [0, -3_600, 7_200, 86_400 * 3, -86_400, 86_400 * 40, 1_800]
                time = max(time + 60, card.due + offsets[rng.index(offsets.count)]).rounded()
            }
            return history
        }
    }

    /// With the default learning steps, and without them as the tutor schedules (`FSRS.forSessions`).
    @Test(.enabled(if: python != nil), arguments: [false, true])
    func matchesTheReferenceImplementation(withoutSteps: Bool) throws {
        let fsrs = withoutSteps ? FSRS.forSessions : FSRS()
        let histories = Self.histories(fsrs)
        let input = try JSONSerialization.data(
            withJSONObject: histories.map { $0.map { [$0.time, Double($0.rating.rawValue)] } })
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "fsrs_reference.py")
        let process = Process()
        process.executableURL = Self.python
        process.arguments = ["python3", script.path] + (withoutSteps ? ["--no-steps"] : [])
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let reference = try #require(try JSONSerialization.jsonObject(with: data) as? [[[Any]]])
        #expect(reference.count == 1000)

        var reviews = 0
        for (history, expected) in zip(histories, reference) {
            var card = FSRS.Card(due: 1_767_225_600)
            for (review, want) in zip(history, expected) {
                card = fsrs.review(card, review.rating, at: review.time)
                reviews += 1
                let due = (want[0] as? NSNumber)?.doubleValue ?? .nan
                let stability = (want[1] as? NSNumber)?.doubleValue ?? .nan
                let difficulty = (want[2] as? NSNumber)?.doubleValue ?? .nan
                let phase = (want[3] as? NSNumber)?.intValue
                let step = (want[4] as? NSNumber)?.intValue
                #expect(abs(card.due - due) < 0.001, "due \(card.due) vs \(due) in \(history)")
                #expect(abs((card.stability ?? .nan) - stability) < 1e-9 * max(1, stability))
                #expect(abs((card.difficulty ?? .nan) - difficulty) < 1e-9 * max(1, difficulty))
                #expect(card.phase.rawValue == phase)
                #expect(card.step == step)
            }
        }
        #expect(reviews > 5_000)
    }

    @Test func aGoodReviewSpacesTheNextOneOutAndAForgottenOneComesBackSoon() {
        let fsrs = FSRS()
        var card = FSRS.Card(due: 0)
        card = fsrs.review(card, .easy, at: 0)
        #expect(card.phase == .review)
        let first = card.due
        card = fsrs.review(card, .good, at: first)
        #expect(card.due - first > first, "each good review waits longer than the last")
        let lapse = fsrs.review(card, .again, at: card.due)
        #expect(lapse.phase == .relearning)
        #expect(lapse.due - card.due == 600)
    }
}
