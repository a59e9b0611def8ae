/// A practice set of multiple-choice items in progress.
public struct ExamSession: Sendable, Codable, Equatable {
    /// Item ids in the order they are asked (a missed item may be queued again once).
    public var queue: [String]
    /// How many items the set was asked to have.
    public var size: Int
    public var index: Int = 0
    /// For each item shown, the order its options are shown in (indices into the item's options).
    public var orders: [String: [Int]] = [:]
    /// Answers so far: item, option chosen (item's own index), right or not.
    public var answers: [ExamAnswer] = []
    /// Items already queued again after a miss.
    public var requeued: [String] = []
    /// Options the learner's words could mean, while asking which one.
    public var pendingChoice: [Int]?

    public var current: String? { index < queue.count ? queue[index] : nil }
}

/// One answered exam item.
public struct ExamAnswer: Sendable, Codable, Equatable {
    public var item: String
    public var chosen: Int
    public var correct: Bool
}

/// What the learner's history says about exam items, kept across sets.
public struct ExamHistory: Sendable, Codable, Equatable {
    /// The turn each item was last shown.
    public var lastShown: [String: Int] = [:]
    /// Items answered wrong and not yet answered right since.
    public var missed: [String] = []
}
