/// The report as text for people and as JSON for programs.
extension ProgressReport {
    /// The JSON document `tutor progress --format json` prints; its shape is documented in
    /// the README ("tutor progress") and only grows: new keys may appear, none change meaning.
    public var json: JSON {
        .object([
            ("format", .string("tutor-progress")), ("version", .number(1)),
            ("learner", .string(learner)), ("asOf", asOf.map(JSON.string) ?? .null),
            ("sessions", .number(Double(sessions))), ("answers", .number(Double(answers))),
            ("concepts", .array(rows.map(\.json))),
            ("mastered", .array(mastered.map { .string($0.concept) })),
            ("weak", .array(weak.map { .string($0.concept) })),
            ("next", .array(next.map(\.json))),
            ("reviews", .array(reviews.map(\.json))),
            ("readiness", readinessJSON),
            ("misconceptions", .array(misconceptions.map(\.json))),
            ("milestone", milestone.json),
        ])
    }

    /// The report for a person: a table of concepts, then mastered, weak and next.
    public func text(bars: MasteryBar, kb: KnowledgeBase) -> String {
        let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
        var lines = [
            "Progress for \(learner)" + (asOf.map { " (as of \($0))" } ?? "") + ": "
                + "\(plural(rows.count, "concept")) met, \(plural(sessions, "session")), \(plural(answers, "answer")) graded"
        ]
        guard !rows.isEmpty else {
            lines.append("No progress yet: ask about a topic or say \"quiz me\" in `tutor chat` to start.")
            return lines.joined(separator: "\n") + "\n"
        }
        let nameWidth = max("concept".count, rows.map(\.name.count).max() ?? 0)
        let barWidth = bars.render(0).count
        lines.append("")
        lines.append(
            "  " + pad("concept", nameWidth) + "  " + pad("mastery", barWidth) + "  attempts  last practised")
        for row in rows {
            var last = row.lastPractised.map { String($0.prefix(10)) } ?? "-"
            if row.reviewDue { last += " (review due)" }
            let attempts = String(row.attempts)
            lines.append(
                "  " + pad(row.name, nameWidth) + "  " + bars.render(row.mastery) + "  "
                    + String(repeating: " ", count: max(0, 8 - attempts.count)) + attempts + "  " + last)
        }
        lines.append("")
        lines.append("Mastered: " + list(mastered.map(\.name), empty: "none yet") + ".")
        lines.append(
            "Weak: " + list(weak.map { "\($0.name) (\(MasteryBar.number($0.mastery)))" }, empty: "none") + ".")
        lines.append("Next to practise:")
        for (i, s) in next.enumerated() {
            let name = kb.concept(s.concept)?.name ?? s.concept
            lines.append("  \(i + 1). \(name): \(s.explanation)")
        }
        lines.append(milestone.text(kb))
        lines += misconceptionLines()
        lines += reviewLines()
        lines += readinessLines()
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }

    private func list(_ items: [String], empty: String) -> String {
        items.isEmpty ? empty : items.joined(separator: ", ")
    }
}

extension ProgressReport.Row {
    /// `{"id","name","mastery","attempts","lastPractised","status","reviewDue","due"}`.
    public var json: JSON {
        .object([
            ("id", .string(concept)), ("name", .string(name)), ("mastery", .number(rounded(mastery))),
            ("attempts", .number(Double(attempts))), ("lastPractised", lastPractised.map(JSON.string) ?? .null),
            ("status", .string(status.rawValue)), ("reviewDue", .bool(reviewDue)),
            ("due", due.map(JSON.string) ?? .null),
        ])
    }
}

extension ReviewScheduler.Suggestion {
    /// `{"concept","reason","mastery","attempts","daysSincePractice"}`.
    public var json: JSON {
        .object([
            ("concept", .string(concept)), ("reason", .string(reason.rawValue)), ("mastery", .number(rounded(mastery))),
            ("attempts", .number(Double(attempts))),
            ("daysSincePractice", daysSincePractice.map { .number(rounded($0)) } ?? .null),
        ])
    }

    /// Why, in words: "weak (0.18)", "review due: mastered (0.97), last practised 9 days ago".
    public var explanation: String {
        let value = MasteryBar.number(mastery)
        switch reason {
        case .review:
            let days = Int((daysSincePractice ?? 0).rounded(.down))
            let status: String
            switch ProgressReport.status(mastery: mastery, attempts: attempts) {
            case .mastered: status = "mastered (\(value))"
            case .weak: status = "weak (\(value))"
            default: status = "not mastered yet (\(value))"
            }
            return "review due: \(status), last practised \(days) day\(days == 1 ? "" : "s") ago"
        case .unmastered:
            switch ProgressReport.status(mastery: mastery, attempts: attempts) {
            case .notPractised: return "met, not practised yet (\(value))"
            case .weak: return "weak (\(value))"
            default: return "not mastered yet (\(value))"
            }
        case .new:
            return "not met yet"
        case .mastered:
            return "mastered (\(value)); practise to keep it"
        }
    }
}

/// Four decimals, enough for P(known) and days, stable in JSON.
func rounded(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
