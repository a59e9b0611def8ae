/// The sentences of exam practice and of lessons.
extension TurnRenderer {
    func exam(_ move: Move) -> String? {
        let letters = Tutor.letters
        switch move {
        case .examEmpty(let concepts):
            return concepts.isEmpty
                ? "There are no exam items in the knowledge base yet."
                : "There are no exam items on \(concepts.joined(separator: ", "))."
        case .examStart(let n):
            return "Exam practice: \(n) item\(n == 1 ? "" : "s"). Answer with a letter (A–D) or in your own words; "
                + "say \"why?\" after an item for every option's explanation, or \"stop\" to end."
        case .examItem(let shown):
            guard let item = examItem(shown.item) else { return "" }
            let heading =
                shown.retry
                ? "Once more, item \(shown.number) of \(shown.total) (missed earlier; the options are reshuffled)"
                : "Item \(shown.number) of \(shown.total)"
            var lines = ["\(heading): \(item.stem)"]
            for (position, option) in shown.order.enumerated() {
                lines.append("  \(letters[position])) \(item.options[option].text)")
            }
            return lines.joined(separator: "\n")
        case .examFeedback(let id, let order, let position):
            guard let item = examItem(id) else { return "" }
            let chosen = item.options[order[position]]
            if order[position] == item.key {
                return "Correct: \(letters[position])) \(chosen.text). \(chosen.explanation)"
            }
            let key = item.options[item.key]
            let keyPosition = order.firstIndex(of: item.key) ?? 0
            return "Not this one. You chose \(letters[position])) \(chosen.text): \(chosen.explanation)"
                + "\nThe answer is \(letters[keyPosition])) \(key.text): \(key.explanation)"
        case .examExplain(let id, let order):
            guard let item = examItem(id) else { return "" }
            var lines = ["Every option of: \(item.stem)"]
            for (position, option) in order.enumerated() {
                let mark = option == item.key ? " (the answer)" : ""
                lines.append(
                    "  \(letters[position])) \(item.options[option].text)\(mark): \(item.options[option].explanation)")
            }
            return lines.joined(separator: "\n")
        case .examWhich(let id, let order, let candidates):
            guard let item = examItem(id) else { return "" }
            let listed = candidates.map { "\(letters[$0])) \(item.options[order[$0]].text)" }
            return "Which do you mean: " + listed.joined(separator: " or ") + "? Answer with a letter."
        case .examNeedLetter(let options):
            let shown = letters.prefix(max(1, options))
            return "Which letter do you mean? (\(shown.dropLast().joined(separator: ", ")) or \(shown.last ?? "A"))"
        case .examStopping: return "Stopping here."
        case .examRevealed(let id, let order):
            guard let item = examItem(id) else { return "" }
            let key = item.options[item.key]
            let keyPosition = order.firstIndex(of: item.key) ?? 0
            return "That's all right. The answer is \(letters[keyPosition])) \(key.text): \(key.explanation)"
        case .examScore(let right, let answered, let total):
            guard answered > 0 else { return "No answers yet: this is the first of \(total) items." }
            return "So far: \(right) of \(answered) right on the first try, with \(total - answered) to go."

        case .examSummary(let s):
            var lines = ["Exam practice done: \(s.right) of \(s.total) right on the first try."]
            for row in s.rows { lines.append("  \(row.name): \(row.right)/\(row.total)") }
            lines.append(
                s.weak.isEmpty
                    ? "Study next: \(s.next ?? "anything you like"); say \"quiz me\"."
                    : "Study next: \(s.weak.prefix(3).joined(separator: ", ")).")
            return lines.joined(separator: "\n")
        default: return nil
        }
    }

    private func examItem(_ id: String) -> ExamItem? { kb.examItems.first { $0.id == id } }

    func lesson(_ move: Move) -> String? {
        switch move {
        case .lessonTitle(let name): return "Lesson: \(title(name))"
        case .lessonSay(let text): return text
        // A lesson's script chooses what comes next, so its teach: leaves out the "Related:"
        // line free chat adds: the definition and its sources only.
        case .teach(let id):
            return kb.concept(id).map { "\($0.name): \($0.definition)\n" + responder.cite($0.sources) } ?? ""
        case .lessonQuestion(let id): return "Question: \(tutor.question(id)?.text ?? id)"
        case .lessonEnd(let name):
            return Tutor.endOfLesson(title(name)) + " Ask me anything, say \"quiz me\", or :lesson for another."
        case .lessonPause: return "Want more? Say \"go on\", or ask me about any of it."
        case .lessonWaits:
            return "All right, the lesson waits here. Say \"go on\" when you're ready, or :lesson stop to leave it."
        case .lessonStillPaused: return "(The lesson waits: say \"go on\" to continue it.)"
        case .lessonStillOpen: return "(The lesson's question above is still open: answer it when you're ready.)"
        case .lessonLoops(let name):
            return "(The lesson \"\(title(name))\" loops without asking anything, so it stops here.)"
        case .lessonList: return lessonList()
        case .lessonStatus(let progress):
            var text = "You're in the lesson \"\(title(progress.lesson))\"."
            if let waiting = progress.waiting, let q = tutor.question(waiting) { text += " The question is: \(q.text)" }
            if progress.paused == true { text += " It waits for you to say \"go on\"." }
            return text + "\nSay :lesson stop to leave it, or :lesson NAME to start another.\n" + lessonList()
        case .lessonStopped(let progress):
            return
                "Stopped the lesson \"\(title(progress.lesson))\". Say :lesson \(progress.lesson) to start it again."
        case .noLesson: return "There's no lesson in progress. " + lessonList()
        case .lessonBroken(let name, let errors, let first):
            return
                "The lesson \"\(name)\" has \(errors) error\(errors == 1 ? "" : "s") and cannot run; the first: "
                + TextCleaner.clean(first, limit: 300) + ". Run `tutor lesson check` to see them all."
        case .unknownLesson(let name):
            return "I don't know a lesson called \"\(TextCleaner.quote(name, max: 40))\". " + lessonList()
        default: return nil
        }
    }

    private func title(_ name: String) -> String { tutor.lesson(named: name)?.title ?? name }

    private func lessonList() -> String {
        guard !tutor.lessons.isEmpty else { return "There are no lessons yet." }
        let lines = tutor.lessons.map { "  \($0.name): \($0.title)" }
        return (["Lessons:"] + lines + ["Say :lesson NAME to start one."]).joined(separator: "\n")
    }
}
