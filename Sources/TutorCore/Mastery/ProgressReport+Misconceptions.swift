/// The misconceptions a learner has shown, for the progress report: those still open and
/// those resolved, as text and JSON (issue 16.2).
extension ProgressReport {
    /// One misconception shown, with whether it was resolved since.
    public struct Misconception: Sendable, Equatable {
        public var question: String
        /// Its id in the question (`m1`).
        public var id: String
        public var concept: String?
        /// The concept's name (the question's id when the concept is not known).
        public var conceptName: String
        /// What the learner said, in the knowledge base's words (its id when the question is gone).
        public var text: String
        public var times: Int
        public var firstShown: String
        public var lastShown: String
        /// When the right answer that resolved it was given; nil while it is open.
        public var resolved: String?

        public var isOpen: Bool { resolved == nil }
    }

    /// The rows of `state`'s misconceptions, in the order first shown.
    static func misconceptions(
        _ state: TutorState, kb: KnowledgeBase, question: @escaping (String) -> Question?
    ) -> [Misconception] {
        let history = state.misconceptions
        let conceptOf = { (id: String) in question(id)?.concept }
        return history.entries.map { e in
            let concept = history.concept(of: e, conceptOf)
            return Misconception(
                question: e.question, id: e.misconception, concept: concept,
                conceptName: concept.map { kb.concept($0)?.name ?? $0 } ?? e.question,
                text: question(e.question)?.misconception(e.misconception)?.text ?? e.misconception,
                times: e.times, firstShown: e.firstShown, lastShown: e.lastShown,
                resolved: history.resolution(of: e, conceptOf)?.time)
        }
    }

    /// The misconceptions not resolved yet.
    public var openMisconceptions: [Misconception] { misconceptions.filter(\.isOpen) }

    /// "Misconceptions still open:" and "Resolved:", a line each; nothing when none was shown.
    func misconceptionLines() -> [String] {
        guard !misconceptions.isEmpty else { return [] }
        let open = openMisconceptions
        let resolved = misconceptions.filter { !$0.isOpen }
        var lines = ["Misconceptions still open: " + (open.isEmpty ? "none." : "\(open.count).")]
        for m in open {
            let times = m.times == 1 ? "once" : "\(m.times) times"
            lines.append("  \(m.conceptName): \"\(m.text)\" (shown \(times), last \(m.lastShown.prefix(10)))")
        }
        if !resolved.isEmpty { lines.append("Misconceptions resolved: \(resolved.count).") }
        for m in resolved {
            lines.append(
                "  \(m.conceptName): \"\(m.text)\" (answered right \((m.resolved ?? "").prefix(10)))")
        }
        return lines
    }
}

extension ProgressReport.Misconception {
    /// `{"question","id","concept","text","times","firstShown","lastShown","status","resolved"}`.
    public var json: JSON {
        .object([
            ("question", .string(question)), ("id", .string(id)), ("concept", concept.map(JSON.string) ?? .null),
            ("text", .string(text)), ("times", .number(Double(times))), ("firstShown", .string(firstShown)),
            ("lastShown", .string(lastShown)), ("status", .string(isOpen ? "open" : "resolved")),
            ("resolved", resolved.map(JSON.string) ?? .null),
        ])
    }
}
