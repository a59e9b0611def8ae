/// A practice set of multiple-choice items in progress.
public struct ExamSession: Sendable, Codable, Equatable {
    /// Item ids in the order they are asked. A missed item is asked once more, at least
    /// `retryGap` other items later, and then counts under its first number: the total
    /// announced at the start (`size`) never grows.
    public var queue: [String]
    /// How many items the set was announced with.
    public var size: Int
    public var index: Int = 0
    /// For each item shown, the order its options are shown in (indices into the item's options).
    public var orders: [String: [Int]] = [:]
    /// The queue position each item's current order was drawn for: an item asked again gets
    /// its options reshuffled once, when it comes back.
    public var orderedAt: [String: Int] = [:]
    /// Answers so far: item, option chosen (item's own index), right or not.
    public var answers: [ExamAnswer] = []
    /// Items already queued again after a miss.
    public var requeued: [String] = []
    /// Options the learner's words could mean, while asking which one.
    public var pendingChoice: [Int]?

    /// How many other items come between a missed item and its second asking.
    public static let retryGap = 3

    public init(queue: [String], size: Int) {
        self.queue = queue
        self.size = size
    }

    public var current: String? { index < queue.count ? queue[index] : nil }

    /// Each item answered so far, right or not on its first answer (the score counts only that).
    public var firstTries: [String: Bool] {
        var first: [String: Bool] = [:]
        for a in answers where first[a.item] == nil { first[a.item] = a.correct }
        return first
    }

    /// Whether the current item was asked before in this set.
    public var isRetry: Bool {
        guard let id = current else { return false }
        return queue[..<index].contains(id)
    }

    /// The current item's number as announced: 1 for the first item, and a retried item
    /// keeps the number it had.
    public var number: Int {
        guard let id = current else { return 0 }
        var distinct: [String] = []
        for q in queue[...index] where !distinct.contains(q) { distinct.append(q) }
        return (distinct.firstIndex(of: id) ?? distinct.count - 1) + 1
    }

    /// The announced total: `size`, or more for a set logged before retries kept it.
    public var total: Int { max(size, Set(queue).count) }

    /// Queues a missed item again `retryGap` items later, once, when the set has that many
    /// left; returns whether it did (if not, it comes back in a later session).
    public mutating func requeue(_ id: String) -> Bool {
        guard !requeued.contains(id), queue.count - index - 1 >= Self.retryGap else { return false }
        requeued.append(id)
        queue.insert(id, at: index + 1 + Self.retryGap)
        return true
    }

    enum CodingKeys: String, CodingKey {
        case queue, size, index, orders, orderedAt, answers, requeued, pendingChoice
    }

    /// Reads sets logged before some fields existed: what is missing takes its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        queue = try c.decode([String].self, forKey: .queue)
        size = try c.decode(Int.self, forKey: .size)
        index = try c.decodeIfPresent(Int.self, forKey: .index) ?? 0
        orders = try c.decodeIfPresent([String: [Int]].self, forKey: .orders) ?? [:]
        orderedAt = try c.decodeIfPresent([String: Int].self, forKey: .orderedAt) ?? [:]
        answers = try c.decodeIfPresent([ExamAnswer].self, forKey: .answers) ?? []
        requeued = try c.decodeIfPresent([String].self, forKey: .requeued) ?? []
        pendingChoice = try c.decodeIfPresent([Int].self, forKey: .pendingChoice)
    }
}

/// One answered exam item.
public struct ExamAnswer: Sendable, Codable, Equatable {
    public var item: String
    /// The option chosen, or -1 when none was: "I don't know", "pass".
    public var chosen: Int
    public var correct: Bool
}

/// What the learner's history says about exam items, kept across sets.
public struct ExamHistory: Sendable, Codable, Equatable {
    /// The turn each item was last shown.
    public var lastShown: [String: Int] = [:]
    /// Items answered wrong and not yet answered right since.
    public var missed: [String] = []
    /// First answers per item (one a set: the second asking of a missed item follows its
    /// explanation, so it is not evidence of readiness).
    public var answered: [String: Int] = [:]
    /// Of those, how many were right.
    public var right: [String: Int] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case lastShown, missed, answered, right
    }

    /// Reads histories logged before some fields existed: what is missing takes its default.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lastShown = try c.decodeIfPresent([String: Int].self, forKey: .lastShown) ?? [:]
        missed = try c.decodeIfPresent([String].self, forKey: .missed) ?? []
        answered = try c.decodeIfPresent([String: Int].self, forKey: .answered) ?? [:]
        right = try c.decodeIfPresent([String: Int].self, forKey: .right) ?? [:]
    }

    /// Counts a first answer to `item` in a set.
    public mutating func tally(_ item: String, correct: Bool) {
        answered[item, default: 0] += 1
        if correct { right[item, default: 0] += 1 }
    }
}
