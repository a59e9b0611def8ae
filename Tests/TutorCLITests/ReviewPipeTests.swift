import Foundation
import Testing

/// `tutor review` through a pipe: what FSRS says is due runs as questions, then an exam set,
/// and once done nothing is due until the next interval.
@Suite struct ReviewPipeTests {
    @Test func dueConceptsAndItemsRunAndAreThenNoLongerDue() throws {
        let state = TutorProcess.temporaryDirectory()
        // Day one: a complete answer on court orders, and a one-item exam answered with a letter.
        let chat = try TutorProcess.run(
            [], lines: ["quiz me on court orders", "it depends on the judge", "skip"], stateDir: state)
        #expect(chat.status == 0)
        let exam = try TutorProcess.run(["exam", "--items", "1", "--concepts", "trust"], lines: ["A"], stateDir: state)
        #expect(exam.status == 0)

        let nothing = try TutorProcess.run(["review"], lines: [], stateDir: state)
        #expect(nothing.status == 0)
        #expect(nothing.stdout.hasPrefix("Nothing is due for review now. Next: "), "\(nothing.stdout)")

        // Three days later both are due (an answer that was not right comes back within days).
        let later = ["--clock", "2026-01-08T10:00:00Z"]
        let before = try TutorProcess.run(["progress", "--format", "json"] + later, stateDir: state)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(before.stdout.utf8)) as? [String: Any])
        let reviews = try #require(report["reviews"] as? [[String: Any]])
        #expect(reviews.filter { $0["dueNow"] as? Bool == true }.count == 2, "\(reviews)")

        // A skipped question is no review (it stays due), so answer it, then move on.
        let review = try TutorProcess.run(
            ["review"] + later, lines: ["it depends on the judge", "skip", "A", "A"], stateDir: state)
        #expect(review.status == 0)
        #expect(review.stdout.hasPrefix("Due for review: 1 concept and 1 exam item.\n"), "\(review.stdout)")
        #expect(review.stdout.contains("\nQuestion (Court-ordered treatment): "))
        #expect(review.stdout.contains("\nExam practice: 1 item."))
        #expect(review.stdout.contains("Exam practice done: "))

        let after = try TutorProcess.run(["review"] + later, lines: [], stateDir: state)
        #expect(after.stdout.hasPrefix("Nothing is due for review now. Next: "), "\(after.stdout)")
    }
}
