import Foundation

/// Exam practice: multiple-choice items in the certification exams' style, with options
/// shuffled by the seed, answers by letter or in words, explanations for every option, and
/// mastery updated with a four-option item's guess rate.
extension Tutor {
    /// The guess rate of a four-option item: one right answer is weaker evidence than a
    /// full free-text answer.
    public static let examGuessRate = 0.25

    /// Starts a practice set of `count` items, favouring weak concepts and items not seen
    /// recently; items missed before come first.
    public func startExam(count: Int, concepts: [String] = [], state: inout TutorState) -> String {
        var pool = kb.examItems
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

    /// The current item, shown with its options in the set's shuffled order.
    func showItem(_ state: inout TutorState) -> String {
        guard var exam = state.exam, let id = exam.current, let item = kb.examItems.first(where: { $0.id == id })
        else { return finishExam(&state) }
        var order = exam.orders[id] ?? Array(item.options.indices)
        if exam.orders[id] == nil {
            order.shuffle(using: &state.rng)
            exam.orders[id] = order
        }
        exam.pendingChoice = nil
        state.exam = exam
        state.examHistory.lastShown[id] = state.turn
        let letters = ["A", "B", "C", "D"]
        var lines = ["Item \(exam.index + 1) of \(exam.queue.count): \(item.stem)"]
        for (position, option) in order.enumerated() {
            lines.append("  \(letters[position])) \(item.options[option].text)")
        }
        return lines.joined(separator: "\n")
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
        guard let position = choice(analysis, item: item, order: order, pending: exam.pendingChoice) else {
            let candidates = candidatesFor(analysis, item: item, order: order)
            let letters = ["A", "B", "C", "D"]
            if candidates.count >= 2 {
                exam.pendingChoice = candidates
                state.exam = exam
                let listed = candidates.map { "\(letters[$0])) \(item.options[order[$0]].text)" }
                result.reply = "Which do you mean: " + listed.joined(separator: " or ") + "? Answer with a letter."
            } else {
                result.reply =
                    "Answer with a letter from A to D, or name the option in your own words (or say \"stop\")."
            }
            return
        }
        let chosen = order[position]
        let correct = chosen == item.key
        exam.answers.append(ExamAnswer(item: id, chosen: chosen, correct: correct))
        let letters = ["A", "B", "C", "D"]
        let keyPosition = order.firstIndex(of: item.key) ?? 0
        var reply: String
        if correct {
            reply = "Correct: \(letters[position])) \(item.options[chosen].text). \(item.options[chosen].explanation)"
            state.examHistory.missed.removeAll { $0 == id }
        } else {
            reply =
                "Not this one. You chose \(letters[position])) \(item.options[chosen].text): "
                + item.options[chosen].explanation
                + "\nThe answer is \(letters[keyPosition])) \(item.options[item.key].text): \(item.options[item.key].explanation)"
            if !state.examHistory.missed.contains(id) { state.examHistory.missed.append(id) }
            // A missed item comes back once, later in this set.
            if !exam.requeued.contains(id) && exam.queue.count < exam.size * 2 {
                exam.requeued.append(id)
                exam.queue.append(id)
            }
        }
        // Evidence for every concept the item is tagged with, at a four-option guess rate.
        for concept in item.concepts where kb.concept(concept) != nil {
            let before = state.mastery[concept] ?? tracer.prior(concept)
            let after = tracer.update(concept, from: before, correct: correct, guess: Tutor.examGuessRate)
            state.mastery[concept] = after
            state.attempts[concept, default: 0] += 1
            state.lastPractised[concept] = now
            state.meet(concept)
            result.masteryChanges.append(MasteryChange(concept: concept, before: before, after: after))
        }
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

    /// The option position the learner chose: a letter, or words that clearly name one.
    func choice(_ analysis: Analysis, item: ExamItem, order: [Int], pending: [Int]?) -> Int? {
        let words = analysis.tokens.map(\.word)
        let letters = ["a", "b", "c", "d"]
        let fillers: Set<String> = [
            "i", "think", "it", "is", "its", "answer", "option", "the", "my", "choice", "letter", "go", "with",
            "pick", "maybe", "probably", "guess", "would", "say", "choose", "final", "im", "am", "sure", "s",
        ]
        let meaningful = words.filter { !fillers.contains($0) }
        if meaningful.count == 1, let k = letters.firstIndex(of: meaningful[0]), k < order.count {
            if let pending, !pending.contains(k) { return k }
            return k
        }
        let candidates = candidatesFor(analysis, item: item, order: order)
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// Positions whose option text the learner's words match best (one when it is clear).
    func candidatesFor(_ analysis: Analysis, item: ExamItem, order: [Int]) -> [Int] {
        let said = Set(analysis.content.map(\.stem))
        guard !said.isEmpty else { return [] }
        var scores: [(Int, Double)] = []
        for (position, option) in order.enumerated() {
            let stems = Set(analyzer.analyze(item.options[option].text, correct: false).content.map(\.stem))
            guard !stems.isEmpty else { continue }
            let overlap = Double(said.intersection(stems).count)
            let score = overlap / Double(stems.count) + overlap / Double(said.count)
            if overlap > 0 { scores.append((position, score)) }
        }
        scores.sort { $0.1 > $1.1 }
        guard let best = scores.first else { return [] }
        if scores.count == 1 || best.1 >= scores[1].1 * 1.5 { return best.1 >= 0.5 ? [best.0] : [] }
        return scores.filter { $0.1 >= best.1 * 0.75 }.map(\.0)
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
