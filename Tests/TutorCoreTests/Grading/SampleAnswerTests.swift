import Testing

@testable import TutorCore

/// Every labeled sample answer in the knowledge base grades as labeled (verdict, covered
/// expectations and misconceptions), as ChatScript checks its `#!` lines — except the known
/// exceptions listed here, which `tutor kb check` also warns about. Fix one, and remove it
/// from the list; add one only with a reason.
@Suite struct SampleAnswerTests {
    struct Exception: Hashable, CustomStringConvertible {
        var question: String
        var answer: String
        var description: String { "[\(question)] \(answer)" }
    }

    /// Known disagreements between the grader and the knowledge base's labels.
    static let knownExceptions: Set<Exception> = []

    struct Mismatch: CustomStringConvertible {
        var exception: Exception
        var detail: String
        var description: String { "\(exception): \(detail)" }
    }

    static func mismatches(_ tutor: Tutor = Fixtures.tutor) -> (checked: Int, mismatches: [Mismatch]) {
        var checked = 0
        var out: [Mismatch] = []
        for q in tutor.kb.questions {
            for sample in q.samples {
                checked += 1
                guard let grade = tutor.grader.grade(questionID: q.id, answer: sample.answer) else {
                    out.append(
                        Mismatch(exception: Exception(question: q.id, answer: sample.answer), detail: "no grade"))
                    continue
                }
                let same =
                    grade.verdict == sample.verdict && Set(grade.covered) == Set(sample.covered)
                    && Set(grade.misconceptions) == Set(sample.misconceptions)
                if !same {
                    out.append(
                        Mismatch(
                            exception: Exception(question: q.id, answer: sample.answer),
                            detail:
                                "graded \(grade.verdict.rawValue) \(grade.covered) \(grade.misconceptions), labeled \(sample.verdict.rawValue) \(sample.covered) \(sample.misconceptions) (\(q.file):\(sample.line))"
                        ))
                }
            }
        }
        return (checked, out)
    }

    @Test func everySampleAnswerGradesAsLabeledExceptTheKnownExceptions() {
        let (checked, mismatches) = Self.mismatches()
        #expect(checked >= 400, "expected the knowledge base's ~430 sample answers, found \(checked)")
        let unexpected = mismatches.filter { !Self.knownExceptions.contains($0.exception) }
        #expect(
            unexpected.isEmpty,
            "sample answers graded against their labels:\n\(unexpected.map(\.description).joined(separator: "\n"))")
        #expect(mismatches.count <= Self.knownExceptions.count)
    }

    @Test func knownExceptionsStillExistInTheKnowledgeBase() {
        // A stale exception (its sample reworded or removed) would hide nothing; drop it.
        let samples = Set(
            Fixtures.kb.questions.flatMap { q in q.samples.map { Exception(question: q.id, answer: $0.answer) } })
        for e in Self.knownExceptions {
            #expect(samples.contains(e), "no sample \(e) in the knowledge base")
        }
    }

    @Test func sampleCheckerReportsExactlyTheMismatches() {
        let diagnostics = SampleChecker.check(Fixtures.tutor)
        let (_, mismatches) = Self.mismatches()
        #expect(diagnostics.count == mismatches.count)
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func everyQuestionHasSamplesOfSeveralVerdicts() {
        for q in Fixtures.kb.questions {
            let verdicts = Set(q.samples.map(\.verdict))
            #expect(verdicts.contains(.correct), "\(q.id) has no correct sample")
            #expect(verdicts.count >= 3, "\(q.id) has samples of only \(verdicts.map(\.rawValue))")
        }
    }
}
