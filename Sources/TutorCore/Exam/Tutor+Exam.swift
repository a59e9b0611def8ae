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
        var pool = kb.examItems
        if let items { pool = pool.filter { items.contains($0.id) } }
        if !concepts.isEmpty {
            pool = pool.filter { item in item.concepts.contains { concepts.contains($0) } }
        }
        guard !pool.isEmpty else {
            return concepts.isEmpty
                ? "There are no exam items in the knowledge base yet."
                : "There are no exam items on \(concepts.joined(separator: ", "))."
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
        return "Exam practice: \(n) item\(n == 1 ? "" : "s"). Answer with a letter (A–D) or in your own words; "
            + "say \"why?\" after an item for every option's explanation, or \"stop\" to end.\n" + showItem(&state)
    }

    /// The current item, shown with its options in the set's shuffled order. An item asked
    /// again after a miss has its options reshuffled so that the key's letter moves.
    func showItem(_ state: inout TutorState) -> String {
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
        let letters = ["A", "B", "C", "D"]
        let heading =
            exam.isRetry
            ? "Once more, item \(exam.number) of \(exam.total) (missed earlier; the options are reshuffled)"
            : "Item \(exam.number) of \(exam.total)"
        var lines = ["\(heading): \(item.stem)"]
        for (position, option) in order.enumerated() {
            lines.append("  \(letters[position])) \(item.options[option].text)")
        }
        return lines.joined(separator: "\n")
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
    func examTurn(_ analysis: Analysis, _ state: inout TutorState, _ result: inout TurnResult, now: String) {
        guard var exam = state.exam else { return }
        let words = analysis.tokens.map(\.word)
        let text = words.joined(separator: " ")
        if ["stop", "stop the exam", "end", "end the exam", "quit", "quit exam", "stop exam", "i'm done", "done"]
            .contains(text)
        {
            result.reply = "Stopping here. " + finishExam(&state)
            return
        }
        if ["why", "why not", "explain", "explain why", "why is that", "why that"].contains(text),
            let last = exam.answers.last, let item = kb.examItems.first(where: { $0.id == last.item })
        {
            result.reply = explainAll(item, order: exam.orders[item.id] ?? Array(item.options.indices))
            if exam.current != nil { result.reply += "\n" + showItem(&state) }
            return
        }
        guard let id = exam.current, let item = kb.examItems.first(where: { $0.id == id }) else {
            result.reply = finishExam(&state)
            return
        }
        let order = exam.orders[id] ?? Array(item.options.indices)
        let reading = readExamLine(analysis, item: item, order: order, pending: exam.pendingChoice)
        guard case .chosen(let position) = reading else {
            result.reply = askWhich(reading, item: item, order: order, &exam)
            state.exam = exam
            return
        }
        let chosen = order[position]
        let correct = chosen == item.key
        // Only an item's first answer in a set is evidence of readiness.
        if !exam.answers.contains(where: { $0.item == id }) { state.examHistory.tally(id, correct: correct) }
        exam.answers.append(ExamAnswer(item: id, chosen: chosen, correct: correct))
        let letters = ["A", "B", "C", "D"]
        let keyPosition = order.firstIndex(of: item.key) ?? 0
        var reply: String
        if correct {
            reply = "Correct: \(letters[position])) \(item.options[chosen].text). \(item.options[chosen].explanation)"
            // Right on the second asking, just after the explanation, is not yet learned.
            if !exam.isRetry { state.examHistory.missed.removeAll { $0 == id } }
        } else {
            reply =
                "Not this one. You chose \(letters[position])) \(item.options[chosen].text): "
                + item.options[chosen].explanation
                + "\nThe answer is \(letters[keyPosition])) \(item.options[item.key].text): \(item.options[item.key].explanation)"
            if !state.examHistory.missed.contains(id) { state.examHistory.missed.append(id) }
            // A missed item comes back once, after at least three others, when the set has
            // that many left; otherwise in a later session (it is due for review).
            _ = exam.requeue(id)
        }
        state.reviewExamItem(id, correct: correct, now: now, fsrs: scheduler.fsrs)
        recordExamEvidence(item, correct: correct, &state, &result, now: now)
        result.grade = Grade(
            question: id, covered: correct ? ["key"] : [], misconceptions: [], verdict: correct ? .correct : .incorrect)
        result.gradedQuestion = id
        result.examChoice = letters[position]
        result.examOption = item.options[chosen].text
        exam.index += 1
        state.exam = exam
        reply += "\n" + (exam.current == nil ? finishExam(&state) : showItem(&state))
        result.reply = reply
    }

    /// "Which do you mean: B) … or D) …?" for words that fit several options (remembered, so a
    /// letter or more words can settle it), else "Which letter do you mean?".
    func askWhich(_ reading: ExamReading, item: ExamItem, order: [Int], _ exam: inout ExamSession) -> String {
        let letters = ["A", "B", "C", "D"]
        if case .several(let candidates) = reading {
            exam.pendingChoice = candidates
            let listed = candidates.map { "\(letters[$0])) \(item.options[order[$0]].text)" }
            return "Which do you mean: " + listed.joined(separator: " or ") + "? Answer with a letter."
        }
        let shown = letters.prefix(order.count)
        return "Which letter do you mean? (\(shown.dropLast().joined(separator: ", ")) or \(shown.last ?? "A"))"
    }

    /// Evidence for every concept the item is tagged with, at a four-option guess rate.
    func recordExamEvidence(
        _ item: ExamItem, correct: Bool, _ state: inout TutorState, _ result: inout TurnResult, now: String
    ) {
        for concept in item.concepts where kb.concept(concept) != nil {
            let before = state.mastery[concept] ?? tracer.prior(concept)
            let after = tracer.update(concept, from: before, correct: correct, guess: Tutor.examGuessRate)
            state.mastery[concept] = after
            state.attempts[concept, default: 0] += 1
            state.lastPractised[concept] = now
            state.meet(concept)
            result.masteryChanges.append(MasteryChange(concept: concept, before: before, after: after))
        }
    }

    func explainAll(_ item: ExamItem, order: [Int]) -> String {
        let letters = ["A", "B", "C", "D"]
        var lines = ["Every option of: \(item.stem)"]
        for (position, option) in order.enumerated() {
            let mark = option == item.key ? " (the answer)" : ""
            lines.append(
                "  \(letters[position])) \(item.options[option].text)\(mark): \(item.options[option].explanation)")
        }
        return lines.joined(separator: "\n")
    }

    /// The score, a per-concept breakdown and what to study next; ends the set.
    func finishExam(_ state: inout TutorState) -> String {
        guard let exam = state.exam else { return "" }
        state.exam = nil
        // Score each item by its first answer only.
        var first: [String: Bool] = [:]
        for a in exam.answers where first[a.item] == nil { first[a.item] = a.correct }
        let right = first.values.filter { $0 }.count
        var lines = ["Exam practice done: \(right) of \(first.count) right on the first try."]
        var perConcept: [String: (right: Int, total: Int)] = [:]
        for (id, ok) in first {
            guard let item = kb.examItems.first(where: { $0.id == id }), let main = item.concepts.first else {
                continue
            }
            perConcept[main, default: (0, 0)].total += 1
            if ok { perConcept[main, default: (0, 0)].right += 1 }
        }
        for concept in kb.concepts where perConcept[concept.id] != nil {
            let r = perConcept[concept.id]!
            lines.append("  \(concept.name): \(r.right)/\(r.total)")
        }
        let weak = kb.concepts.filter { c in perConcept[c.id].map { $0.right < $0.total } ?? false }.map(\.name)
        lines.append(
            weak.isEmpty
                ? "Study next: \(kb.concept(nextConcept(state))?.name ?? "anything you like"); say \"quiz me\"."
                : "Study next: \(weak.prefix(3).joined(separator: ", ")).")
        return lines.joined(separator: "\n")
    }
}
