/// Bayesian Knowledge Tracing (Corbett & Anderson): P(known) per concept, updated from
/// each first attempt at a question. Parameters live in `BKTParameters` (defaults) and
/// in a concept's `bkt` field.
public struct KnowledgeTracer: Sendable {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) { self.kb = kb }

    public func parameters(for concept: String) -> BKTParameters {
        kb.concept(concept)?.bkt ?? .defaults
    }

    /// P(known) before any evidence.
    public func prior(_ concept: String) -> Double { parameters(for: concept).prior }

    /// P(known) after one observation. `guess` overrides the concept's guess rate (a
    /// four-option item is guessed a quarter of the time).
    public func update(_ concept: String, from p: Double, correct: Bool, guess: Double? = nil) -> Double {
        var params = parameters(for: concept)
        if let guess { params.guess = guess }
        let posterior: Double
        if correct {
            let known = p * (1 - params.slip)
            posterior = known / (known + (1 - p) * params.guess)
        } else {
            let known = p * params.slip
            posterior = known / (known + (1 - p) * (1 - params.guess))
        }
        let next = posterior + (1 - posterior) * params.learn
        return min(1, max(0, next))
    }

    public static func isMastered(_ p: Double) -> Bool { p >= BKTParameters.masteredThreshold }
}
