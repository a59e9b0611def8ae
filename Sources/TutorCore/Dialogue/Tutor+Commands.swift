/// decide for `:commands` (see `Command` for the registry).
extension Tutor {
    func decide(
        _ command: Command, argument: String, _ state: inout TutorState, _ result: inout TurnResult, now: String
    ) -> [Move] {
        switch command.action {
        case .help: return [.help]
        case .topics: return [.topics]
        case .quiz:
            var concept: String?
            if !argument.isEmpty {
                concept = matcher.match(argument).concepts.first ?? kb.concept(argument)?.id
                if concept == nil { return [.unknownConcept(argument)] }
            }
            return ask(concept: concept, &state, offer: false, now: now)
        case .hint: return hint(&state, now: now)
        case .skip: return skip(&state)
        case .progress: return [.progress(progress(state, now: now))]
        case .sources: return [.sources]
        case .quit:
            result.quit = true
            return [.goodbye]
        case .exam:
            let count = Int(argument.split(separator: " ").first ?? "") ?? 10
            return openExam(count: count, state: &state)
        case .lesson:
            switch argument.lowercased() {
            case "": return [state.lesson.map { .lessonStatus($0) } ?? .lessonList]
            case "stop", "quit", "end", "leave": return stopLesson(&state)
            default: return startLesson(argument, &state)
            }
        case .record:
            result.command = (command.name, argument)
            return [.silent]
        }
    }

    /// What Tab completes to in the REPL: every command (from `Command.all`), concept id and lesson name.
    public var completions: [String] {
        Command.completions + kb.concepts.map(\.id) + lessons.map(\.name)
    }

    /// The learner's progress as of `now` (ISO-8601), for `:progress`, which does not show the
    /// exam readiness (`tutor progress` does), so it is not computed on this turn.
    func progress(_ state: TutorState, now: String?) -> ProgressReport {
        ProgressReport(
            learner: "", state: state, kb: kb, now: now.flatMap(ISOTime.parse), scheduler: scheduler,
            withReadiness: false, question: { self.question($0) })
    }

    /// Mastery per concept met (a bar and P(known)), what is mastered, and what to practise next
    /// and why. `tutor progress` prints the same figures as a table.
    public func progressReport(_ state: TutorState, now: String? = nil) -> String {
        TurnRenderer(tutor: self).text(.progress(progress(state, now: now)))
    }
}
