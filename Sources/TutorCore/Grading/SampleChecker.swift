/// Grades every labeled sample answer in the knowledge base and reports each one the
/// grader disagrees with, the way ChatScript checks its `#!` sample lines.
public enum SampleChecker {
    public static func check(_ tutor: Tutor) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for q in tutor.kb.questions {
            for sample in q.samples {
                guard let grade = tutor.grader.grade(questionID: q.id, answer: sample.answer) else { continue }
                let coveredOK = Set(grade.covered) == Set(sample.covered)
                let misOK = Set(grade.misconceptions) == Set(sample.misconceptions)
                guard grade.verdict != sample.verdict || !coveredOK || !misOK else { continue }
                func show(_ ids: [String]) -> String { ids.isEmpty ? "-" : ids.joined(separator: ",") }
                out.append(
                    Diagnostic(
                        file: q.file, line: sample.line, column: sample.column, severity: .warning,
                        message:
                            "sample answer to '\(q.id)' is graded \(grade.verdict.rawValue) (covered \(show(grade.covered)), misconceptions \(show(grade.misconceptions))) but labeled \(sample.verdict.rawValue) (covered \(show(sample.covered)), misconceptions \(show(sample.misconceptions)))"
                    ))
            }
        }
        return out
    }
}
