/// The report's reviews (FSRS) and exam readiness, as text and JSON.
extension ProgressReport {
    /// How many upcoming (not yet due) reviews the text lists after those due now.
    static let upcomingShown = 3

    /// "Reviews: 2 due now …" and the cards due now and next.
    func reviewLines() -> [String] {
        guard !reviews.isEmpty else { return [] }
        let due = dueNow
        var lines = [
            "",
            due.isEmpty
                ? "Reviews: none due now."
                : "Reviews: \(due.count) due now; `tutor review` runs them.",
        ]
        let shown = due + reviews.filter { !$0.dueNow }.prefix(Self.upcomingShown)
        for r in shown {
            let what = r.kind == .concept ? r.name : "exam item \(r.id)"
            lines.append("  \(what): \(r.dueNow ? "due since" : "due") \(r.due.prefix(10))")
        }
        return lines
    }

    /// The readiness table: a row per group, then all.
    func readinessLines() -> [String] {
        let parts = readiness.groups + [readiness.all]
        let width = max("group".count, parts.map(\.name.count).max() ?? 0)
        var lines = [
            "",
            "Exam readiness (predicted score on the item bank, 90% interval; see the README):",
            "  " + pad("group", width) + "  practised  mean mastery  open misconceptions  exam answers  predicted",
        ]
        for p in parts {
            let practised = "\(p.practised)/\(p.concepts)"
            let answers = p.answered == 0 ? "-" : "\(p.right)/\(p.answered)"
            lines.append(
                "  " + pad(p.name, width) + "  " + left(practised, 9) + "  "
                    + left(MasteryBar.number(p.meanMastery), 12) + "  " + left(String(p.openMisconceptions), 19)
                    + "  " + left(answers, 12) + "  " + p.predicted.text)
        }
        return lines
    }

    var readinessJSON: JSON {
        .object([
            (
                "model",
                .string(
                    "p(item right) = P(L)(1-slip) + (1-P(L))*0.25; Beta prior of strength 8 updated by exam answers")
            ),
            ("groups", .array(readiness.groups.map(\.json))),
            ("all", readiness.all.json),
        ])
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }

    private func left(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}

extension Readiness.Estimate {
    /// "62% (48-75%)": ASCII, for pipes.
    public var text: String {
        func pct(_ x: Double) -> String { String(Int((x * 100).rounded())) }
        return "\(pct(mean))% (\(pct(low))-\(pct(high))%)"
    }

    /// `{"mean","low","high"}`, four decimals.
    public var json: JSON {
        .object([("mean", .number(rounded(mean))), ("low", .number(rounded(low))), ("high", .number(rounded(high)))])
    }
}

extension Readiness.Part {
    /// `{"id","name","concepts","practised","meanMastery","openMisconceptions","items","answered","right",
    /// "predicted"}`.
    public var json: JSON {
        .object([
            ("id", .string(id)), ("name", .string(name)), ("concepts", .number(Double(concepts))),
            ("practised", .number(Double(practised))), ("meanMastery", .number(rounded(meanMastery))),
            ("openMisconceptions", .number(Double(openMisconceptions))),
            ("items", .number(Double(items))), ("answered", .number(Double(answered))),
            ("right", .number(Double(right))), ("predicted", predicted.json),
        ])
    }
}

extension ProgressReport.Review {
    /// `{"kind","id","due","dueNow"}`.
    public var json: JSON {
        .object([
            ("kind", .string(kind.rawValue)), ("id", .string(id)), ("due", .string(due)), ("dueNow", .bool(dueNow)),
        ])
    }
}
