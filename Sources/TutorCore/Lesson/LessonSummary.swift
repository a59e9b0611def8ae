import Foundation

/// A class's lessons at a glance, from the learners' session logs: per lesson, who started
/// it, who finished it, and the verdict of each learner's first answer to each of its
/// questions (`tutor progress --logs DIR --by lesson`). Pure: the caller reads the logs.
///
/// The log has no lesson events of its own; every logged turn carries the dialogue state,
/// whose `lesson` says which lesson is running and which question it waits on. So a lesson
/// is started at the first turn that has it in its state, a grade answers the lesson's
/// question when the turn before was waiting on it (the first such grade is the first
/// answer), and a lesson is finished at the turn whose reply closes it.
public struct LessonSummary: Sendable, Equatable {
    /// One learner's way through one lesson.
    public struct Run: Sendable, Equatable {
        public var learner: String
        /// When the learner first started the lesson, and first finished it.
        public var started: String
        public var finished: String?
        /// The verdict of the learner's first answer to each question, by question id.
        public var firstVerdicts: [String: Verdict]
    }

    /// One lesson, with every learner who started it.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var title: String
        /// The lesson's questions, in the order it asks them.
        public var questions: [(id: String, text: String)]
        /// Learners in name order.
        public var runs: [Run]

        public static func == (a: Entry, b: Entry) -> Bool {
            a.name == b.name && a.title == b.title && a.questions.map(\.id) == b.questions.map(\.id) && a.runs == b.runs
        }

        /// How many learners' first answers to `question` had each verdict.
        public func verdicts(_ question: String) -> [Verdict: Int] {
            runs.reduce(into: [:]) { counts, run in
                if let v = run.firstVerdicts[question] { counts[v, default: 0] += 1 }
            }
        }
    }

    public var asOf: String?
    /// How many learners' logs were read.
    public var learners: Int
    /// The known lessons in name order, then any other lesson the logs show.
    public var lessons: [Entry]

    /// Summarises `logs` (each learner's events in log order) over `lessons`; `kb` gives the
    /// text of the knowledge base's questions that lessons ask.
    public init(
        logs: [(learner: String, events: [SessionEvent])], lessons known: [Lesson], kb: KnowledgeBase, now: Date?
    ) {
        asOf = now.map(ISOTime.format)
        learners = logs.count
        var entries: [Entry] = known.sorted { $0.name < $1.name }.map { lesson in
            let ids = lesson.sections.flatMap(\.steps).compactMap { step -> String? in
                if case .ask(let ask) = step.kind { return ask.question }
                return nil
            }
            let text = { (id: String) in
                kb.question(id)?.text ?? lesson.inlineQuestions.first { $0.id == id }?.text ?? id
            }
            return Entry(name: lesson.name, title: lesson.title, questions: ids.map { ($0, text($0)) }, runs: [])
        }
        let titles = Dictionary(known.map { ($0.name, $0.title) }, uniquingKeysWith: { a, _ in a })
        for (learner, events) in logs.sorted(by: { $0.learner < $1.learner }) {
            for run in Self.runs(of: learner, events, titles: titles) {
                if let i = entries.firstIndex(where: { $0.name == run.lesson }) {
                    entries[i].runs.append(run.run)
                    for id in run.asked where !entries[i].questions.contains(where: { $0.id == id }) {
                        entries[i].questions.append((id, id))
                    }
                } else {
                    // A lesson no longer in the lessons folder: named as the log names it.
                    entries.append(
                        Entry(
                            name: run.lesson, title: run.lesson, questions: run.asked.map { ($0, $0) }, runs: [run.run])
                    )
                }
            }
        }
        lessons = entries
    }

    /// One learner's runs, by lesson, with the questions the log shows each lesson asking.
    private static func runs(of learner: String, _ events: [SessionEvent], titles: [String: String])
        -> [(lesson: String, run: Run, asked: [String])]
    {
        var out: [(lesson: String, run: Run, asked: [String])] = []
        func index(_ lesson: String, at time: String) -> Int {
            if let i = out.firstIndex(where: { $0.lesson == lesson }) { return i }
            out.append((lesson, Run(learner: learner, started: time, finished: nil, firstVerdicts: [:]), []))
            return out.count - 1
        }
        var before: (lesson: String, waiting: String?)?  // the lesson as the last turn left it
        var grades: [(question: String, verdict: Verdict)] = []  // this turn's, so far
        for event in events {
            switch event.body {
            case .grade(let g):
                if let q = g.question, let v = g.verdict.flatMap(Verdict.init) {
                    grades.append((q, v))
                }
            case .turn(let t):
                let progress = t.state?["lesson"]
                let now = progress?["lesson"]?.stringValue.map { ($0, progress?["waiting"]?.stringValue) }
                if let before, let waiting = before.waiting, let grade = grades.first(where: { $0.question == waiting })
                {
                    let i = index(before.lesson, at: event.time)
                    if out[i].run.firstVerdicts[waiting] == nil { out[i].run.firstVerdicts[waiting] = grade.verdict }
                }
                if let now, now.0 != before?.lesson { _ = index(now.0, at: event.time) }
                if let now, let waiting = now.1 {
                    let i = index(now.0, at: event.time)
                    if !out[i].asked.contains(waiting) { out[i].asked.append(waiting) }
                }
                let reply = t.reply
                for name in finished(in: reply, before: before?.lesson, now: now?.0, titles: titles) {
                    let i = index(name, at: event.time)
                    if out[i].run.finished == nil { out[i].run.finished = event.time }
                }
                before = now
                grades = []
            case .sessionStart, .sessionEnd, .mastery:
                break
            }
        }
        return out
    }

    /// The lessons a turn's reply closes: a known lesson whose closing words it holds, or
    /// (for a lesson no longer known) the one that was running and is not any more.
    private static func finished(in reply: String, before: String?, now: String?, titles: [String: String])
        -> [String]
    {
        guard reply.contains(Tutor.endOfLesson("").dropLast(2)) else { return [] }
        let known = titles.filter { reply.contains(Tutor.endOfLesson($0.value)) }.map(\.key).sorted()
        if !known.isEmpty { return known }
        if let before, before != now, titles[before] == nil { return [before] }
        return []
    }
}
