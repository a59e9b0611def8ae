import Foundation

/// Exam practice: multiple-choice items in the certification exams' style, with options
/// shuffled by the seed, answers by letter or in words, explanations for every option, and
/// mastery updated with a four-option item's guess rate.
extension Tutor {
    /// The guess rate of a four-option item: one right answer is weaker evidence than a
    /// full free-text answer.
    public static let examGuessRate = 0.25

    /// Starts a practice set of `count` items, favouring weak concepts and items not seen
    /// recently; items missed before come first. `items`, when given, limits the set to
    /// those items (`tutor review` runs the items due).
    public func startExam(
        count: Int, concepts: [String] = [], items: [String]? = nil, state: inout TutorState
    ) -> String {
        TurnRenderer(tutor: self).text(openExam(count: count, concepts: concepts, items: items, state: &state))
    }

    /// decide for `:exam N`: the set's moves (its opening and first item).
    func openExam(count: Int, concepts: [String] = [], items: [String]? = nil, state: inout TutorState) -> [Move] {
        var pool = kb.examItems
        if let items { pool = pool.filter { items.contains($0.id) } }
        if !concepts.isEmpty {
            pool = pool.filter { item in item.concepts.contains { concepts.contains($0) } }
        }
        guard !pool.isEmpty else {
            return [.examEmpty(concepts: concepts)]
        }
        let n = max(1, min(count, pool.count))
        // Deterministic jitter from the seeded source breaks ties between equally good items.
        var keyed: [(id: String, score: Double)] = []
        for item in pool {
            let main = item.concepts.first ?? ""
            let mastery = state.mastery[main] ?? tracer.prior(main)
            var score = 1 - mastery
            if state.examHistory.missed.contains(item.id) { score += 2 }
            if let shown = state.examHistory.lastShown[item.id] {
                score -= 1.5 / Double(max(1, state.turn - shown))
                score -= 0.5
            }
            score += Double(state.rng.index(1000)) / 10_000
            keyed.append((item.id, score))
        }
        keyed.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        state.exam = ExamSession(queue: keyed.prefix(n).map(\.id), size: n)
        state.open = nil
        return [.examStart(count: n)] + showItem(&state)
    }

    /// The current item, shown with its options in the set's shuffled order. An item asked
    /// again after a miss has its options reshuffled so that the key's letter moves.
    func showItem(_ state: inout TutorState) -> [Move] {
        guard var exam = state.exam, let id = exam.current, let item = kb.examItems.first(where: { $0.id == id })
        else { return finishExam(&state) }
        let previous = exam.orders[id]
        let drawnFor = exam.orderedAt[id] ?? exam.queue.firstIndex(of: id)
        if previous == nil {
            var order = Array(item.options.indices)
            order.shuffle(using: &state.rng)
            exam.orders[id] = order
            exam.orderedAt[id] = exam.index
        } else if let previous, drawnFor != exam.index, exam.isRetry {
            exam.orders[id] = Self.reshuffled(previous, key: item.key, salt: UInt64(exam.index))
            exam.orderedAt[id] = exam.index
        }
        let order = exam.orders[id] ?? Array(item.options.indices)
        exam.pendingChoice = nil
        state.exam = exam
        state.examHistory.lastShown[id] = state.turn
        let shown = ExamItemShown(
            item: id, number: exam.number, total: exam.total, order: order, retry: exam.isRetry)
        return [.examItem(shown)]
    }

    /// A new order for an item asked again, with the key at another letter. It is drawn from
    /// a generator seeded by the first order (itself from the session's seed), so the main
    /// random source, and every later item's shuffle, do not depend on the learner's answers.
    static func reshuffled(_ previous: [Int], key: Int, salt: UInt64) -> [Int] {
        var seed = salt &* 0x9E37_79B9_7F4A_7C15
        for i in previous { seed = (seed ^ UInt64(i + 1)) &* 0x100_0000_01B3 }
        var rng = SeededRandom(seed: seed)
        var order = previous
        order.shuffle(using: &rng)
        if let was = previous.firstIndex(of: key), let now = order.firstIndex(of: key), was == now, order.count > 1 {
            let other = (now + 1 + rng.index(order.count - 1)) % order.count
            order.swapAt(now, other)
        }
        return order
    }

    /// Handles a line while a set is running.
    func examTurn(_ analysis: Analysis, _ state: inout TutorState, _ result: inout TurnResult, now: String) -> [Move] {
        guard var exam = state.exam else { return [] }
        let request = ExamRequest(analysis)
        if request == .stop {
            return [.examStopping] + finishExam(&state)
        }
        if request == .score {
            let first = exam.firstTries
            let score = Move.examScore(
                right: first.values.filter { $0 }.count, answered: first.count, total: exam.size)
            return [score] + (exam.current != nil ? showItem(&state) : [])
        }
        if request == .why, let last = exam.answers.last, let item = kb.examItems.first(where: { $0.id == last.item }) {
            let explain = Move.examExplain(item: item.id, order: exam.orders[item.id] ?? Array(item.options.indices))
            return [explain] + (exam.current != nil ? showItem(&state) : [])
        }
        guard let id = exam.current, let item = kb.examItems.first(where: { $0.id == id }) else {
            return finishExam(&state)
        }
        let order = exam.orders[id] ?? Array(item.options.indices)
        let reading = readExamLine(analysis, item: item, order: order, pending: exam.pendingChoice)
        // "I don't know", "pass": the answer is shown and the item counts as missed.
        if request == .dontKnow, reading == .unclear {
            record(item, chosen: -1, correct: false, &exam, &state, &result, now: now)
            result.grade?.verdict = .dontKnow
            let revealed = Move.examRevealed(item: id, order: order)
            return [revealed] + (exam.current == nil ? finishExam(&state) : showItem(&state))
        }
        guard case .chosen(let position) = reading else {
            let move = askWhich(reading, item: id, order: order, &exam)
            state.exam = exam
            return [move]
        }
        let chosen = order[position]
        let correct = chosen == item.key
        record(item, chosen: chosen, correct: correct, &exam, &state, &result, now: now)
        result.examChoice = Self.letters[position]
        result.examOption = item.options[chosen].text
        let feedback = Move.examFeedback(item: id, order: order, position: position)
        return [feedback] + (exam.current == nil ? finishExam(&state) : showItem(&state))
    }

    /// An item answered (`chosen` -1: no option chosen): its tally, review and mastery
    /// evidence, the grade, and the set moved on (a missed item comes back once).
    private func record(
        _ item: ExamItem, chosen: Int, correct: Bool, _ exam: inout ExamSession, _ state: inout TutorState,
        _ result: inout TurnResult, now: String
    ) {
        let id = item.id
        // Only an item's first answer in a set is evidence of readiness.
        if !exam.answers.contains(where: { $0.item == id }) { state.examHistory.tally(id, correct: correct) }
        exam.answers.append(ExamAnswer(item: id, chosen: chosen, correct: correct))
        if correct {
            // Right on the second asking, just after the explanation, is not yet learned.
            if !exam.isRetry { state.examHistory.missed.removeAll { $0 == id } }
        } else {
            if !state.examHistory.missed.contains(id) { state.examHistory.missed.append(id) }
            // A missed item comes back once, after at least three others, when the set has
            // that many left; otherwise in a later session (it is due for review).
            _ = exam.requeue(id)
        }
        state.reviewExamItem(id, correct: correct, now: now, fsrs: scheduler.fsrs)
        // Evidence for every concept the item is tagged with, at a four-option guess rate.
        let concepts = item.concepts.filter { kb.concept($0) != nil }
        recordEvidence(concepts, correct: correct, guess: Tutor.examGuessRate, now: now, &state, &result)
        result.grade = Grade(
            question: id, covered: correct ? ["key"] : [], misconceptions: [], verdict: correct ? .correct : .incorrect)
        result.gradedQuestion = id
        exam.index += 1
        state.exam = exam
    }

    /// The letters options are shown with.
    static let letters = ["A", "B", "C", "D"]

    /// "Which do you mean: B) … or D) …?" for words that fit several options (remembered, so a
    /// letter or more words can settle it), else "Which letter do you mean?".
    func askWhich(_ reading: ExamReading, item: String, order: [Int], _ exam: inout ExamSession) -> Move {
        if case .several(let candidates) = reading {
            exam.pendingChoice = candidates
            return .examWhich(item: item, order: order, candidates: candidates)
        }
        return .examNeedLetter(options: order.count)
    }

    /// The score, a per-concept breakdown and what to study next; ends the set.
    func finishExam(_ state: inout TutorState) -> [Move] {
        guard let exam = state.exam else { return [] }
        state.exam = nil
        // Score each item by its first answer only.
        let first = exam.firstTries
        var perConcept: [String: (right: Int, total: Int)] = [:]
        for (id, ok) in first {
            guard let item = kb.examItems.first(where: { $0.id == id }), let main = item.concepts.first else {
                continue
            }
            perConcept[main, default: (0, 0)].total += 1
            if ok { perConcept[main, default: (0, 0)].right += 1 }
        }
        let rows = kb.concepts.compactMap { c in
            perConcept[c.id].map { ExamSummary.Row(name: c.name, right: $0.right, total: $0.total) }
        }
        let weak = kb.concepts.filter { c in perConcept[c.id].map { $0.right < $0.total } ?? false }.map(\.name)
        let next = weak.isEmpty ? kb.concept(nextConcept(state))?.name : nil
        let summary = ExamSummary(
            right: first.values.filter { $0 }.count, total: first.count, rows: rows, weak: weak, next: next)
        return [.examSummary(summary)]
    }
}
