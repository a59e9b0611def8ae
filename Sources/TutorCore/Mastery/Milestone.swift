/// The next step a learner can reach, computed from the learner model (issue 16.8):
///
/// 1. Among the concepts practised (a first answer) and not mastered, the one fewest right
///    first answers in a row from mastered (P(known) ≥ 0.95), by knowledge tracing's update
///    for a right, unhinted answer; on a tie the one with the higher P(known), then the
///    knowledge base's order.
/// 2. With none, the next concept not practised yet, in the scheduler's order ("practise it").
/// 3. With every concept mastered: keeping them (reviews when due).
public struct Milestone: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case mastery
        case newConcept = "new-concept"
        case allMastered = "all-mastered"
    }

    public var kind: Kind
    public var concept: String?
    /// Right first answers in a row still needed (for `mastery`).
    public var needed: Int
    /// The concept's P(known) now.
    public var mastery: Double
    /// Concepts practised, of all.
    public var practised: Int
    public var concepts: Int

    /// More than this many right answers needed is not a near milestone (and ends the count).
    static let maxNeeded = 20

    /// The milestone of the learner in `state`, with `ranked` the scheduler's order.
    public init(state: TutorState, kb: KnowledgeBase, tracer: KnowledgeTracer, ranked: [String]) {
        concepts = kb.concepts.count
        practised = kb.concepts.filter { (state.attempts[$0.id] ?? 0) > 0 }.count
        var best: (needed: Int, mastery: Double, concept: String)?
        for c in kb.concepts where (state.attempts[c.id] ?? 0) > 0 {
            let p = state.mastery[c.id] ?? tracer.prior(c.id)
            guard !KnowledgeTracer.isMastered(p) else { continue }
            let n = Self.rightAnswersNeeded(c.id, from: p, tracer: tracer)
            if best == nil || n < best!.needed || n == best!.needed && p > best!.mastery + 1e-12 {
                best = (n, p, c.id)
            }
        }
        if let best {
            (kind, concept, needed, mastery) = (.mastery, best.concept, best.needed, best.mastery)
        } else if let next = ranked.first(where: { (state.attempts[$0] ?? 0) == 0 }) {
            (kind, concept, needed) = (.newConcept, next, 1)
            mastery = state.mastery[next] ?? tracer.prior(next)
        } else {
            (kind, concept, needed, mastery) = (.allMastered, nil, 0, 1)
        }
    }

    /// How many right first answers in a row take P(known) from `p` to mastered (at most `maxNeeded`).
    static func rightAnswersNeeded(_ concept: String, from p: Double, tracer: KnowledgeTracer) -> Int {
        var p = p
        var n = 0
        while !KnowledgeTracer.isMastered(p) && n < maxNeeded {
            p = tracer.update(concept, from: p, correct: true)
            n += 1
        }
        return n
    }

    /// "Next milestone: 1 more first answer right on Trust reaches mastered (now 0.86)."
    public func text(_ kb: KnowledgeBase) -> String {
        let name = concept.map { kb.concept($0)?.name ?? $0 } ?? ""
        switch kind {
        case .mastery:
            let answers = needed == 1 ? "1 more first answer right" : "\(needed) more first answers right in a row"
            return "Next milestone: \(answers) on \(name) \(needed == 1 ? "reaches" : "reach") mastered "
                + "(now \(MasteryBar.number(mastery)))."
        case .newConcept:
            return "Next milestone: a first answer on \(name), a concept not practised yet "
                + "(\(practised) of \(concepts) practised)."
        case .allMastered:
            return "Next milestone: every concept is mastered; keep it so with the reviews when due."
        }
    }

    /// `{"kind","concept","needed","mastery","practised","concepts"}`.
    public var json: JSON {
        .object([
            ("kind", .string(kind.rawValue)), ("concept", concept.map(JSON.string) ?? .null),
            ("needed", .number(Double(needed))), ("mastery", .number(rounded(mastery))),
            ("practised", .number(Double(practised))), ("concepts", .number(Double(concepts))),
        ])
    }
}
