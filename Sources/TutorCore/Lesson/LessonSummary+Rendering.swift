/// `tutor progress --logs DIR --by lesson` as text, JSON and CSV (see the README).
extension LessonSummary {
    /// The verdicts in the order the tables list them.
    static let verdictOrder: [Verdict] = [.correct, .partial, .misconception, .incorrect, .dontKnow]

    /// The JSON document `--format json` prints.
    public var json: JSON {
        .object([
            ("format", .string("tutor-lesson-progress")), ("version", .number(1)),
            ("asOf", asOf.map(JSON.string) ?? .null), ("learners", .number(Double(learners))),
            ("lessons", .array(lessons.map(Self.json))),
        ])
    }

    private static func json(_ entry: Entry) -> JSON {
        .object([
            ("name", .string(entry.name)), ("title", .string(entry.title)),
            ("started", .array(entry.runs.map { .string($0.learner) })),
            ("finished", .array(entry.runs.filter { $0.finished != nil }.map { .string($0.learner) })),
            (
                "questions",
                .array(
                    entry.questions.map { question in
                        let counts = entry.verdicts(question.id)
                        return .object([
                            ("id", .string(question.id)), ("text", .string(question.text)),
                            ("answered", .number(Double(counts.values.reduce(0, +)))),
                            (
                                "firstAnswers",
                                .object(verdictOrder.map { ($0.rawValue, .number(Double(counts[$0] ?? 0))) })
                            ),
                        ])
                    })
            ),
            (
                "learners",
                .array(
                    entry.runs.map { run in
                        .object([
                            ("learner", .string(run.learner)), ("started", .string(run.started)),
                            ("finished", run.finished.map(JSON.string) ?? .null),
                            (
                                "firstVerdicts",
                                .object(
                                    entry.questions.compactMap { q in
                                        run.firstVerdicts[q.id].map { (q.id, .string($0.rawValue)) }
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    /// `--format csv`: one row per lesson, learner who started it and question of the
    /// lesson (a lesson without questions has one row per learner, with no question).
    public var csv: String {
        var rows: [[String]] = []
        for entry in lessons {
            for run in entry.runs {
                let start = [entry.name, run.learner, run.started, run.finished ?? ""]
                if entry.questions.isEmpty { rows.append(start + ["", ""]) }
                for q in entry.questions { rows.append(start + [q.id, run.firstVerdicts[q.id]?.rawValue ?? ""]) }
            }
        }
        return CSV.table(header: ["lesson", "learner", "started", "finished", "question", "firstVerdict"], rows: rows)
    }

    /// Per lesson: who started and finished it, then a row per question with the count of
    /// each first-answer verdict.
    public func text() -> String {
        var lines = [
            "Lessons: \(lessons.count), over \(learners) learner\(learners == 1 ? "" : "s")"
                + (asOf.map { " (as of \($0))" } ?? "")
        ]
        let headers = ["answered"] + Self.verdictOrder.map(\.rawValue)
        for entry in lessons {
            lines.append("")
            lines.append("\(entry.title) (\(entry.name))")
            let finished = entry.runs.filter { $0.finished != nil }.map(\.learner)
            lines.append(
                "  started: \(Self.names(entry.runs.map(\.learner))); finished: \(Self.names(finished))")
            guard !entry.questions.isEmpty, !entry.runs.isEmpty else { continue }
            let width = max("first answers".count, entry.questions.map(\.id.count).max() ?? 0)
            lines.append("  " + pad("first answers", width) + "  " + headers.joined(separator: "  "))
            for q in entry.questions {
                let counts = entry.verdicts(q.id)
                let figures = [counts.values.reduce(0, +)] + Self.verdictOrder.map { counts[$0] ?? 0 }
                let cells = zip(headers, figures).map { header, n in
                    String(repeating: " ", count: max(0, header.count - String(n).count)) + String(n)
                }
                lines.append("  " + pad(q.id, width) + "  " + cells.joined(separator: "  "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func names(_ learners: [String]) -> String {
        learners.isEmpty ? "none" : "\(learners.count) (\(learners.joined(separator: ", ")))"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }
}
