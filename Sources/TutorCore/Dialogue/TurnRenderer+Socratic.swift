import Foundation

/// The sentences of Socratic questions: asking, feedback, the ladder and the full answer.
extension TurnRenderer {
    /// The first rung's neutral requests for more; `.pump(i)` is the `i`th.
    static let pumps = [
        "What else might matter here?", "Can you say more?", "What else would you add?",
        "Keep going: what else is part of it?",
    ]

    func socratic(_ move: Move) -> String? {
        switch move {
        case .ask(let id, let concept):
            return "Question (\(kb.concept(concept)?.name ?? concept)): \(questionText(id))"
        case .offer(let id): return "Let's check your understanding: \(questionText(id))"
        case .stillOnQuestion(let id):
            return "We're still on this question: \(questionText(id))\n(Say \"skip\" to see the answer and move on.)"
        case .noQuestion: return "I have no question on that yet."
        case .stillOpen(let id): return "(Still open: \(questionText(id)))"
        case .praise(let id, let covered, let opening): return praise(id, covered, opening)
        case .correct(let id, let misconception):
            guard let m = tutor.question(id)?.misconception(misconception) else { return "" }
            var text = "A common trap: \(lowerFirst(m.text).trimmingCharacters(in: CharacterSet(charactersIn: "."))). "
            text += m.correction ?? "That isn't what the evidence shows."
            if let s = m.source { text += " " + responder.cite([s]) }
            return text
        case .notYet(let first): return first ? "Let's think about it together." : "Not quite yet."
        case .trueElsewhere(let id, let e):
            guard let q = tutor.question(id), let idea = q.expectation(e) else { return "" }
            let name = kb.concept(q.concept)?.name ?? q.concept
            return "That much is true (\(name)): \(asClause(idea)). This question is after something more, though."
        case .alreadySaid(let id, let covered):
            let ideas = ideaClauses(covered, of: id)
            guard !ideas.isEmpty else { return "" }
            return "Right, and you've already got that one: \(ideas.joined(separator: "; "))."
        case .answerSoFar(let id, let covered, let answered):
            guard answered else { return "You haven't answered it yet; have a go, a guess is fine." }
            let ideas = ideaClauses(covered, of: id)
            guard !ideas.isEmpty else {
                return "Not yet: nothing you've said so far is one of the ideas this question is after."
            }
            // How far it is from enough: "1 of the 2 ideas it asks for".
            let needed = tutor.question(id).map(\.needed) ?? 0
            let joined = ideas.joined(separator: "; ")
            guard needed > ideas.count else { return "Partly right. So far you've got: \(joined). There's more to it." }
            return "Partly right. So far you've got \(ideas.count) of the \(needed) ideas it asks for: \(joined)."
        case .missedOnLast(let id, let covered):
            guard let q = tutor.question(id) else { return "" }
            guard let covered else {
                return "Compare your answer with the full one, point by point:\n"
                    + q.expectations.map { "  - \($0.text)" }.joined(separator: "\n")
            }
            let had = q.expectations.filter { covered.contains($0.id) }
            let missed = q.expectations.filter { !covered.contains($0.id) }
            guard !missed.isEmpty else { return "Nothing: your answers had every idea that question asks for." }
            var lines: [String] = []
            if had.isEmpty {
                lines.append("On that question your answers had none of its ideas yet. The ones to learn:")
            } else {
                lines.append("You had: \(had.map(asClause).joined(separator: "; ")).")
                lines.append(
                    had.count >= q.needed
                        ? "That was enough (it asks for any \(q.needed)); the others were:"
                        : "You missed:")
            }
            lines += missed.map { "  - \($0.text)" }
            return lines.joined(separator: "\n")
        case .answerClosed:
            return "That question is done: the full answer is just above, so compare yours with it point by point."
                + " Say \"quiz me\" for another."
        case .workItOut: return "That's all right, let's work it out together."
        case .pump(let i): return Self.pumps[i]
        case .hint(let id, let e):
            guard let target = tutor.question(id)?.expectation(e) else { return "" }
            return "Hint: "
                + (target.hint
                    ?? "think about \(lowerFirst(target.text).split(separator: " ").prefix(3).joined(separator: " "))…")
        case .prompt(let id, let e):
            guard let target = tutor.question(id)?.expectation(e) else { return "" }
            return target.prompt.map { "Finish the thought: \($0)" } ?? "One key word: \(keyWord(target))…"
        case .assert(let id, let e): return "Here's that part: \(tutor.question(id)?.expectation(e)?.text ?? "")"
        case .wholeAnswer: return "Let's look at the whole answer."
        case .dontKnowAgain: return "No problem, here it is."
        case .progressNote(let id, let right, let total, let mastery):
            let name = kb.concept(id)?.name ?? id
            return "\(name): \(right) of \(total) first answer\(total == 1 ? "" : "s") right so far (all sessions); "
                + "mastery \(MasteryBar.number(mastery))."
        case .offerEasier(let id): return "Here's an easier one: \(questionText(id))"
        case .moveOn: return "Let's move on."
        case .close(let id, let complete): return close(id, complete: complete)
        case .noOpenQuestionForHint: return "There's no open question right now. Say \"quiz me\" to get one."
        case .noOpenQuestionToSkip: return "There's no open question to skip. Say \"quiz me\" for one."
        default: return nil
        }
    }

    private func questionText(_ id: String) -> String { tutor.question(id)?.text ?? id }

    /// An idea's text as a clause inside a sentence: first letter lowered, no closing stop.
    private func asClause(_ idea: Idea) -> String {
        lowerFirst(idea.text).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
    }

    /// The clauses of a question's expectations `ids` (unknown ids left out).
    private func ideaClauses(_ ids: [String], of question: String) -> [String] {
        let q = tutor.question(question)
        return ids.compactMap { q?.expectation($0) }.map(asClause)
    }

    private func praise(_ id: String, _ covered: [Praised], _ opening: PraiseOpening) -> String {
        let q = tutor.question(id)
        let praised = covered.compactMap { p -> String? in
            guard let e = q?.expectation(p.expectation) else { return nil }
            let idea = asClause(e)
            guard let said = p.said else { return idea }
            return "\(idea) (you said \"\(TextCleaner.quote(said, max: 50))\")"
        }
        let start: String
        switch opening {
        case .wellDone: start = "Well done. "
        case .goodStart: start = "Good start. "
        case .yes: start = "Yes. "
        case .also: start = "Yes, that's part of the answer too. "
        case .plain: start = ""
        }
        return start + "You've got it: " + praised.joined(separator: "; and ") + "."
    }

    /// The full answer, with its sources.
    private func close(_ id: String, complete: Bool) -> String {
        guard let q = tutor.question(id) else { return "" }
        let needed = q.needed < q.expectations.count ? " (any \(q.needed) of these)" : ""
        var lines = [complete ? "That's a complete answer." : "", "The full answer\(needed):"]
        for e in q.expectations { lines.append("  - \(e.text)") }
        lines.append(responder.cite(kb.concept(q.concept)?.sources ?? []))
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private func keyWord(_ idea: Idea) -> String {
        let first = idea.phrasings.first ?? idea.text
        return String(first.prefix(1)) + String(repeating: "_", count: max(2, min(8, first.count - 1)))
    }

    /// The text with its first letter lowered to go inside a sentence, names, acronyms and
    /// option letters kept as written (`Responder.lowerFirst`).
    func lowerFirst(_ s: String) -> String { responder.lowerFirst(s) }
}
