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
        TurnRenderer(tutor: self).text(openExam(count: count, concepts: concepts, state: &state))
    }

    /// decide for `:exam N`: the set's moves (its opening and first item).
    func openExam(count: Int, concepts: [String] = [], state: inout TutorState) -> [Move] {
        var pool = kb.examItems
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

    /// The current item, shown with its options in the set's shuffled order.
    func showItem(_ state: inout TutorState) -> [Move] {
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
        return [.examItem(ExamItemShown(item: id, number: exam.index + 1, total: exam.queue.count, order: order))]
    }

    /// Handles a line while a set is running.
    func examTurn(_ analysis: Analysis, _ state: inout TutorState, _ result: inout TurnResult, now: String) -> [Move] {
        guard var exam = state.exam else { return [] }
        let words = analysis.tokens.map(\.word)
        let text = words.joined(separator: " ")
        if ["stop", "stop the exam", "end", "end the exam", "quit", "quit exam", "stop exam", "i'm done", "done"]
            .contains(text)
        {
            return [.examStopping] + finishExam(&state)
        }
        if ["why", "why not", "explain", "explain why", "why is that", "why that"].contains(text),
            let last = exam.answers.last, let item = kb.examItems.first(where: { $0.id == last.item })
        {
            let explain = Move.examExplain(item: item.id, order: exam.orders[item.id] ?? Array(item.options.indices))
            return [explain] + (exam.current != nil ? showItem(&state) : [])
        }
        guard let id = exam.current, let item = kb.examItems.first(where: { $0.id == id }) else {
            return finishExam(&state)
        }
        let order = exam.orders[id] ?? Array(item.options.indices)
        guard let position = choice(analysis, item: item, order: order) else {
            let candidates = candidatesFor(analysis, item: item, order: order)
            guard candidates.count >= 2 else { return [.examNeedLetter] }
            exam.pendingChoice = candidates
            state.exam = exam
            return [.examWhich(item: id, order: order, candidates: candidates)]
        }
        let chosen = order[position]
        let correct = chosen == item.key
        exam.answers.append(ExamAnswer(item: id, chosen: chosen, correct: correct))
        if correct {
            state.examHistory.missed.removeAll { $0 == id }
        } else {
            if !state.examHistory.missed.contains(id) { state.examHistory.missed.append(id) }
            // A missed item comes back once, later in this set.
            if !exam.requeued.contains(id) && exam.queue.count < exam.size * 2 {
                exam.requeued.append(id)
                exam.queue.append(id)
            }
        }
        // Evidence for every concept the item is tagged with, at a four-option guess rate.
        let concepts = item.concepts.filter { kb.concept($0) != nil }
        recordEvidence(concepts, correct: correct, guess: Tutor.examGuessRate, now: now, &state, &result)
        result.grade = Grade(
            question: id, covered: correct ? ["key"] : [], misconceptions: [], verdict: correct ? .correct : .incorrect)
        result.gradedQuestion = id
        result.examChoice = Self.letters[position]
        result.examOption = item.options[chosen].text
        exam.index += 1
        state.exam = exam
        let feedback = Move.examFeedback(item: id, order: order, position: position)
        return [feedback] + (exam.current == nil ? finishExam(&state) : showItem(&state))
    }

    /// The letters options are shown with.
    static let letters = ["A", "B", "C", "D"]

    /// The option position the learner chose: a letter, or words that clearly name one.
    func choice(_ analysis: Analysis, item: ExamItem, order: [Int]) -> Int? {
        let words = analysis.tokens.map(\.word)
        let letters = ["a", "b", "c", "d"]
        let fillers: Set<String> = [
            "i", "think", "it", "is", "its", "answer", "option", "the", "my", "choice", "letter", "go", "with",
            "pick", "maybe", "probably", "guess", "would", "say", "choose", "final", "im", "am", "sure", "s",
        ]
        let meaningful = words.filter { !fillers.contains($0) }
        if meaningful.count == 1, let k = letters.firstIndex(of: meaningful[0]), k < order.count { return k }
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

    /// The score, a per-concept breakdown and what to study next; ends the set.
    func finishExam(_ state: inout TutorState) -> [Move] {
        guard let exam = state.exam else { return [] }
        state.exam = nil
        // Score each item by its first answer only.
        var first: [String: Bool] = [:]
        for a in exam.answers where first[a.item] == nil { first[a.item] = a.correct }
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
