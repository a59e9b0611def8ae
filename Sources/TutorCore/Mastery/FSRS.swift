import Foundation

/// The Free Spaced Repetition Scheduler (FSRS-6, the scheduler of Anki and of the `fsrs`
/// Python package), for reviews across days: when a concept or an exam item should come back.
/// Knowledge tracing says what a learner knows now; FSRS says when they will have forgotten it.
///
/// This is the `fsrs` package's `Scheduler` (version 6.x) without fuzzing, so a seeded session
/// replays exactly; `FSRSTests` checks it against that package on random review histories.
/// Times are seconds since 1970; intervals in the review state are whole days.
public struct FSRS: Sendable {
    /// How well an item was recalled: again (forgot), hard, good, easy.
    public enum Rating: Int, Sendable, CaseIterable, Codable {
        case again = 1, hard, good, easy
    }

    /// Where a card is in its life: first learning steps, spaced review, or relearning after a lapse.
    public enum Phase: Int, Sendable, Codable {
        case learning = 1, review, relearning
    }

    /// One item's memory: its phase, step, stability (days until recall falls to 90%),
    /// difficulty (1–10), when it was last reviewed and when it is due.
    public struct Card: Sendable, Equatable, Codable {
        public var phase: Phase = .learning
        public var step: Int? = 0
        public var stability: Double?
        public var difficulty: Double?
        public var due: Double
        public var lastReview: Double?

        public init(due: Double) { self.due = due }
    }

    /// The model's 21 weights (FSRS-6 defaults).
    public var weights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    /// The probability of recall each interval aims for.
    public var desiredRetention = 0.9
    /// Steps (seconds) before a new card enters review, and after a lapse.
    public var learningSteps: [Double] = [60, 600]
    public var relearningSteps: [Double] = [600]
    /// The longest interval, in days.
    public var maximumInterval = 36500

    public init() {}

    static let day = 86_400.0
    static let minStability = 0.001

    var decay: Double { -weights[20] }
    var factor: Double { pow(0.9, 1 / decay) - 1 }

    /// The probability the card is recalled at `time`.
    public func retrievability(_ card: Card, at time: Double) -> Double {
        guard let last = card.lastReview, let s = card.stability else { return 0 }
        let days = max(0, ((time - last) / Self.day).rounded(.down))
        return pow(1 + factor * days / s, decay)
    }

    /// The card after a review with `rating` at `time`.
    public func review(_ card: Card, _ rating: Rating, at time: Double) -> Card {
        var c = card
        let days = c.lastReview.map { ((time - $0) / Self.day).rounded(.down) }
        let interval: Double
        switch c.phase {
        case .learning, .relearning:
            if c.phase == .learning && (c.stability == nil || c.difficulty == nil) {
                c.stability = initialStability(rating)
                c.difficulty = clampDifficulty(initialDifficulty(rating))
            } else {
                update(&c, rating, days: days, at: time)
            }
            interval = stepInterval(&c, rating, steps: c.phase == .learning ? learningSteps : relearningSteps)
        case .review:
            update(&c, rating, days: days, at: time)
            if rating == .again && !relearningSteps.isEmpty {
                c.phase = .relearning
                c.step = 0
                interval = relearningSteps[0]
            } else {
                interval = nextInterval(c.stability!) * Self.day
            }
        }
        c.due = time + interval
        c.lastReview = time
        return c
    }

    /// Stability and difficulty after a review: short-term within a day, else long-term.
    private func update(_ c: inout Card, _ rating: Rating, days: Double?, at time: Double) {
        let s = c.stability!
        let d = c.difficulty!
        if let days, days < 1 {
            c.stability = shortTermStability(s, rating)
        } else {
            c.stability = nextStability(d, s, retrievability(c, at: time), rating)
        }
        c.difficulty = nextDifficulty(d, rating)
    }

    /// The next interval (seconds) of a card in its learning or relearning steps.
    private func stepInterval(_ c: inout Card, _ rating: Rating, steps: [Double]) -> Double {
        let step = c.step ?? 0
        func graduate() -> Double {
            c.phase = .review
            c.step = nil
            return nextInterval(c.stability!) * Self.day
        }
        if steps.isEmpty || (step >= steps.count && rating != .again) { return graduate() }
        switch rating {
        case .again:
            c.step = 0
            return steps[0]
        case .hard:
            if step == 0 && steps.count == 1 { return steps[0] * 1.5 }
            if step == 0 { return (steps[0] + steps[1]) / 2 }
            return steps[step]
        case .good:
            if step + 1 == steps.count { return graduate() }
            c.step = step + 1
            return steps[step + 1]
        case .easy:
            return graduate()
        }
    }

    func initialStability(_ rating: Rating) -> Double {
        max(weights[rating.rawValue - 1], Self.minStability)
    }

    func initialDifficulty(_ rating: Rating) -> Double {
        weights[4] - exp(weights[5] * Double(rating.rawValue - 1)) + 1
    }

    func clampDifficulty(_ d: Double) -> Double { min(max(d, 1), 10) }

    /// Whole days, rounded half to even as Python's `round` does, from 1 to the maximum.
    func nextInterval(_ stability: Double) -> Double {
        let raw = stability / factor * (pow(desiredRetention, 1 / decay) - 1)
        return min(max(raw.rounded(.toNearestOrEven), 1), Double(maximumInterval))
    }

    func shortTermStability(_ s: Double, _ rating: Rating) -> Double {
        var increase = exp(weights[17] * (Double(rating.rawValue) - 3 + weights[18])) * pow(s, -weights[19])
        if rating != .again { increase = max(increase, 1) }
        return max(s * increase, Self.minStability)
    }

    func nextDifficulty(_ d: Double, _ rating: Rating) -> Double {
        let delta = -(weights[6] * (Double(rating.rawValue) - 3))
        let damped = d + (10 - d) * delta / 9
        let target = initialDifficulty(.easy)
        return clampDifficulty(weights[7] * target + (1 - weights[7]) * damped)
    }

    func nextStability(_ d: Double, _ s: Double, _ r: Double, _ rating: Rating) -> Double {
        let next: Double
        if rating == .again {
            let longTerm =
                weights[11] * pow(d, -weights[12]) * (pow(s + 1, weights[13]) - 1) * exp((1 - r) * weights[14])
            next = min(longTerm, s / exp(weights[17] * weights[18]))
        } else {
            let hard = rating == .hard ? weights[15] : 1
            let easy = rating == .easy ? weights[16] : 1
            next =
                s
                * (1 + exp(weights[8]) * (11 - d) * pow(s, -weights[9]) * (exp((1 - r) * weights[10]) - 1) * hard * easy)
        }
        return max(next, Self.minStability)
    }
}
