import Foundation

/// A class at a glance, from many learners' folded logs: a row per learner (concepts met,
/// mastered, weak) and a row per concept (how many met it, their mean mastery, how many
/// mastered it). Pure: the caller reads the logs.
public struct ClassSummary: Sendable, Equatable {
    /// One learner.
    public struct Learner: Sendable, Equatable {
        public var learner: String
        public var met: Int
        public var mastered: Int
        public var weak: Int
        public var answers: Int
        public var sessions: Int
        /// The time of their last graded answer.
        public var lastAnswer: String?
        /// Their predicted score on the whole item bank (`Readiness`).
        public var predicted: Readiness.Estimate? = nil
        /// Misconceptions they have shown and not resolved yet.
        public var openMisconceptions: Int = 0
    }

    /// One concept, over the learners who met it.
    public struct Concept: Sendable, Equatable {
        public var concept: String
        public var name: String
        public var learners: Int
        public var meanMastery: Double
        public var mastered: Int
    }

    public var asOf: String?
    /// Learners in name order.
    public var learners: [Learner]
    /// Concepts at least one learner met, in the knowledge base's order.
    public var concepts: [Concept]

    public init(learners histories: [(learner: String, history: LearnerHistory)], kb: KnowledgeBase, now: Date?) {
        asOf = now.map(ISOTime.format)
        let scheduler = ReviewScheduler(kb: kb)
        var reports: [(ProgressReport, String?)] = []
        for (name, history) in histories.sorted(by: { $0.learner < $1.learner }) {
            let last = [history.state.lastPractised.values.max(), history.grades.last?.time].compactMap { $0 }.max()
            reports.append(
                (ProgressReport(learner: name, history: history, kb: kb, now: now, scheduler: scheduler), last))
        }
        learners = reports.map { report, last in
            Learner(
                learner: report.learner, met: report.rows.count, mastered: report.mastered.count,
                weak: report.weak.count, answers: report.answers, sessions: report.sessions, lastAnswer: last,
                predicted: report.readiness.all.predicted, openMisconceptions: report.openMisconceptions.count)
        }
        concepts = kb.concepts.compactMap { c in
            let rows = reports.compactMap { report, _ in report.rows.first { $0.concept == c.id } }
            guard !rows.isEmpty else { return nil }
            return Concept(
                concept: c.id, name: c.name, learners: rows.count,
                meanMastery: rows.map(\.mastery).reduce(0, +) / Double(rows.count),
                mastered: rows.filter { $0.status == .mastered }.count)
        }
    }

    /// The JSON document `tutor progress --logs DIR --format json` prints (see the README).
    public var json: JSON {
        .object([
            ("format", .string("tutor-class-progress")), ("version", .number(1)),
            ("asOf", asOf.map(JSON.string) ?? .null),
            (
                "learners",
                .array(
                    learners.map {
                        .object([
                            ("learner", .string($0.learner)), ("met", .number(Double($0.met))),
                            ("mastered", .number(Double($0.mastered))), ("weak", .number(Double($0.weak))),
                            ("answers", .number(Double($0.answers))), ("sessions", .number(Double($0.sessions))),
                            ("lastAnswer", $0.lastAnswer.map(JSON.string) ?? .null),
                            ("predicted", $0.predicted?.json ?? .null),
                            ("openMisconceptions", .number(Double($0.openMisconceptions))),
                        ])
                    })
            ),
            (
                "concepts",
                .array(
                    concepts.map {
                        .object([
                            ("id", .string($0.concept)), ("name", .string($0.name)),
                            ("learners", .number(Double($0.learners))),
                            ("meanMastery", .number(($0.meanMastery * 10000).rounded() / 10000)),
                            ("mastered", .number(Double($0.mastered))),
                        ])
                    })
            ),
        ])
    }

    /// Two tables: learners, then concepts with the class's mean mastery (with
    /// `conceptsOnly`, the concepts alone).
    public func text(bars: MasteryBar, conceptsOnly: Bool = false) -> String {
        var lines = [
            "Class summary: \(learners.count) learner\(learners.count == 1 ? "" : "s")"
                + (asOf.map { " (as of \($0))" } ?? "")
        ]
        guard !learners.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        if !conceptsOnly { lines += learnerLines() }
        if !concepts.isEmpty { lines += conceptLines(bars: bars) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func learnerLines() -> [String] {
        let nameWidth = max("learner".count, learners.map(\.learner.count).max() ?? 0)
        var lines = [
            "",
            "  " + pad("learner", nameWidth)
                + "  met  mastered  weak  answers  open misconceptions  last answer  predicted",
        ]
        for l in learners {
            lines.append(
                "  " + pad(l.learner, nameWidth) + "  " + right(l.met, 3) + "  " + right(l.mastered, 8) + "  "
                    + right(l.weak, 4) + "  " + right(l.answers, 7) + "  " + right(l.openMisconceptions, 19) + "  "
                    + pad(l.lastAnswer.map { String($0.prefix(10)) } ?? "-", "last answer".count) + "  "
                    + (l.predicted?.text ?? "-"))
        }
        return lines
    }

    private func conceptLines(bars: MasteryBar) -> [String] {
        let conceptWidth = max("concept".count, concepts.map(\.name.count).max() ?? 0)
        let barWidth = max("mean mastery".count, bars.render(0).count)
        var lines = [
            "", "  " + pad("concept", conceptWidth) + "  learners  " + pad("mean mastery", barWidth) + "  mastered",
        ]
        for c in concepts {
            lines.append(
                "  " + pad(c.name, conceptWidth) + "  " + right(c.learners, 8) + "  "
                    + pad(bars.render(c.meanMastery), barWidth)
                    + "  " + right(c.mastered, 8))
        }
        return lines
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.count))
    }

    private func right(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
