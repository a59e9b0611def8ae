/// Warnings about how a lesson teaches, not whether it runs: a lesson should ask before it
/// tells. A `teach:` or `say:` that states one of a question's expectations just before the
/// question (in the same section, after any earlier question there) turns the question
/// into an echo, so the grader itself reads each such text as an answer to the
/// question; and a `say:` longer than a lesson reply holds is always shown alone.
extension LessonChecker {
    /// The words of `text`, as the reply's bound counts them.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
    }

    /// Every warning in `lesson` (warnings never stop a lesson from running; `tutor lesson
    /// check --strict` makes them errors). Run after `check` found no errors.
    public static func warnings(_ lesson: Lesson, tutor: Tutor) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for section in lesson.sections {
            // What the section told since its last question. A section reached after a
            // question is most often its review, which may well lead into the next one.
            var told: [Lesson.Step] = []
            for step in section.steps {
                switch step.kind {
                case .say(let text):
                    told.append(step)
                    let words = wordCount(text)
                    if words > Tutor.lessonReplyWords {
                        found.append(
                            warning(
                                lesson, step, column: step.column,
                                "this say: is \(words) words, more than a lesson reply holds (\(Tutor.lessonReplyWords)), so it is shown alone; split it into shorter say: lines"
                            ))
                    }
                case .teach: told.append(step)
                case .ask(let ask):
                    if let q = tutor.question(ask.question) {
                        found += telling(told, before: q, at: step, lesson, tutor: tutor)
                    }
                    told = []
                case .jump, .require, .end: break
                }
            }
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// One warning for each told step that covers expectations of `q`, naming them.
    static func telling(
        _ told: [Lesson.Step], before q: Question, at ask: Lesson.Step, _ lesson: Lesson, tutor: Tutor
    ) -> [Diagnostic] {
        told.compactMap { step in
            guard let text = shownText(step, tutor: tutor), let grade = tutor.grade(q, answer: text),
                !grade.covered.isEmpty
            else { return nil }
            let named = grade.covered.map { id in
                "\(id) (\"\(q.expectation(id)?.text ?? id)\")"
            }
            let directive = if case .teach = step.kind { "teach:" } else { "say:" }
            let column = step.column + directive.count + 1
            return warning(
                lesson, step, column: column,
                "this \(directive) states the answer to the question at line \(ask.line) before asking it: it covers "
                    + named.joined(separator: ", ")
                    + "; lead up to the question without the answer, or teach it after the question")
        }
    }

    /// What the learner reads for a `say:` or `teach:` step.
    static func shownText(_ step: Lesson.Step, tutor: Tutor) -> String? {
        switch step.kind {
        case .say(let text): return text
        case .teach(let id): return tutor.kb.concept(id).map { "\($0.name): \($0.definition)" }
        default: return nil
        }
    }

    private static func warning(_ lesson: Lesson, _ step: Lesson.Step, column: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: lesson.file, line: step.line, column: column, severity: .warning, message: message)
    }
}
