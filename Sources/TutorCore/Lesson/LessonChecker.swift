/// Checks a parsed lesson against the knowledge base: every id exists, every jump lands on
/// a section, every section is reached, no path loops with no way out or runs forever
/// without asking anything, and (optionally) every `#!` sample gets the verdict it names.
///
/// Linear in the size of the lesson and iterative (no recursion), so a lesson of any length
/// is checked in bounded time and stack: sections are found through one index, "can end"
/// is one backward search, and the loops are Tarjan's algorithm with an explicit stack.
public enum LessonChecker {
    /// At most this many "did you mean" suggestions a check (each compares with every name).
    static let maxSuggestions = 20
    /// Every problem in `lesson`; empty when it is sound. `samples` also grades the `#!` lines.
    public static func check(_ lesson: Lesson, tutor: Tutor, samples: Bool = true) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        func error(_ line: Int, _ column: Int, _ message: String) {
            errors.append(Diagnostic(file: lesson.file, line: line, column: column, message: message))
        }
        let kb = tutor.kb
        let index = sectionIndex(lesson)
        var suggestions = 0
        func suggest(_ id: String, _ known: @autoclosure () -> [String]) -> String {
            suggestions += 1
            return suggestions <= maxSuggestions ? suggestion(id, known()) : ""
        }
        func concept(_ id: String, _ line: Int, _ column: Int) {
            if kb.concept(id) == nil {
                error(line, column, "unknown concept '\(id)'\(suggest(id, kb.concepts.map(\.id)))")
            }
        }
        func target(_ t: Lesson.Target) {
            if index[t.section] == nil {
                error(
                    t.line, t.column,
                    "no section named '\(t.section)'\(suggest(t.section, lesson.sections.map(\.name)))")
            }
        }

        // Ids, targets and samples.
        for section in lesson.sections {
            for step in section.steps {
                switch step.kind {
                case .say, .end: break
                case .teach(let id): concept(id, step.line, step.column + 7)
                case .jump(let t): target(t)
                case .require(let id, _, let otherwise):
                    concept(id, step.line, step.column + 9)
                    target(otherwise)
                case .ask(let ask):
                    for b in ask.branches { target(b.target) }
                    guard let q = tutor.question(ask.question) else {
                        error(
                            step.line, ask.column,
                            "unknown question '\(ask.question)'\(suggest(ask.question, kb.questions.map(\.id)))")
                        continue
                    }
                    if ask.isInline, !q.concept.isEmpty { concept(q.concept, step.line, step.column) }
                    if samples { errors += sampleMismatches(ask, q, tutor: tutor, file: lesson.file) }
                }
            }
        }
        guard errors.isEmpty else { return errors }
        return errors + flow(lesson)
    }

    /// The `#!` samples of `ask` that `q` grades otherwise than their line says.
    static func sampleMismatches(_ ask: Lesson.Ask, _ q: Question, tutor: Tutor, file: String) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        for sample in ask.samples {
            guard let grade = tutor.grade(q, answer: sample.answer), grade.verdict != sample.verdict else {
                continue
            }
            let covered = grade.covered.isEmpty ? "-" : grade.covered.joined(separator: ",")
            let shown = grade.misconceptions.isEmpty ? "-" : grade.misconceptions.joined(separator: ",")
            errors.append(
                Diagnostic(
                    file: file, line: sample.line, column: sample.column,
                    message:
                        "sample answer is graded \(grade.verdict.rawValue) (covered \(covered), misconceptions \(shown)) but its line says \(sample.verdict.rawValue)"
                ))
        }
        return errors
    }

    /// Each section's index by name (the first, if a name repeats).
    static func sectionIndex(_ lesson: Lesson) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(lesson.sections.count)
        for (i, section) in lesson.sections.enumerated() where index[section.name] == nil { index[section.name] = i }
        return index
    }

    /// What follows each section, and whether the lesson can end in it.
    struct Flow {
        var edges: [Int] = []
        var ends = false
        var asks = false
    }

    /// The flow checks of a lesson whose ids and targets are sound: lines that never run,
    /// sections never reached, sections that can never end, loops that ask nothing; in the
    /// order of their lines.
    static func flow(_ lesson: Lesson) -> [Diagnostic] {
        let graph = sectionFlows(lesson)
        let flows = graph.flows
        let reached = reachable(flows)
        var errors = graph.errors
        for (i, section) in lesson.sections.enumerated() where !reached.contains(i) {
            errors.append(
                Diagnostic(
                    file: lesson.file, line: section.line, column: 1,
                    message:
                        "section '\(section.name)' is never reached: no jump, branch or earlier section leads to it"))
        }
        errors += noWayOut(lesson, flows, reached: reached)
        errors += silentLoops(lesson, flows, reached: reached)
        return errors.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// What follows each section and whether it can end or asks, with an error for each
    /// line after one that always leaves its section (it never runs).
    static func sectionFlows(_ lesson: Lesson) -> (flows: [Flow], errors: [Diagnostic]) {
        var errors: [Diagnostic] = []
        let n = lesson.sections.count
        let index = sectionIndex(lesson)
        var flows = [Flow](repeating: Flow(), count: n)
        for (i, section) in lesson.sections.enumerated() {
            var runsOn = true
            for step in section.steps {
                if !runsOn {
                    errors.append(
                        Diagnostic(
                            file: lesson.file, line: step.line, column: step.column,
                            message: "this line never runs: the line before it always leaves the section"))
                    break
                }
                switch step.kind {
                case .say, .teach: break
                case .end:
                    flows[i].ends = true
                    runsOn = false
                case .jump(let t):
                    flows[i].edges.append(index[t.section]!)
                    runsOn = false
                case .require(_, _, let t):
                    flows[i].edges.append(index[t.section]!)
                case .ask(let ask):
                    flows[i].asks = true
                    for b in ask.branches { flows[i].edges.append(index[b.target.section]!) }
                    let handled = Set(ask.branches.flatMap { $0.verdicts ?? Verdict.allCases })
                    if handled.count == Verdict.allCases.count { runsOn = false }
                }
            }
            if runsOn {
                if i + 1 < n { flows[i].edges.append(i + 1) } else { flows[i].ends = true }
            }
        }
        return (flows, errors)
    }

    /// The sections some path from the first one reaches.
    static func reachable(_ flows: [Flow]) -> Set<Int> {
        var reached = Set([0])
        var stack = [0]
        while let s = stack.popLast() {
            for t in flows[s].edges where reached.insert(t).inserted { stack.append(t) }
        }
        return reached
    }

    /// Reached sections from which the lesson can never end: a search back from the ends.
    static func noWayOut(_ lesson: Lesson, _ flows: [Flow], reached: Set<Int>) -> [Diagnostic] {
        var incoming = [[Int]](repeating: [], count: flows.count)
        for (i, flow) in flows.enumerated() {
            for t in flow.edges { incoming[t].append(i) }
        }
        var canEnd = Set(flows.indices.filter { flows[$0].ends })
        var pending = Array(canEnd)
        while let t = pending.popLast() {
            for s in incoming[t] where canEnd.insert(s).inserted { pending.append(s) }
        }
        var errors: [Diagnostic] = []
        for (i, section) in lesson.sections.enumerated() where reached.contains(i) && !canEnd.contains(i) {
            errors.append(
                Diagnostic(
                    file: lesson.file, line: section.line, column: 1,
                    message:
                        "section '\(section.name)' loops with no way out: no path from it reaches the end of the lesson"
                ))
        }
        return errors
    }

    /// Reached loops that ask nothing: they would run forever, since nothing the learner
    /// does can change the way.
    static func silentLoops(_ lesson: Lesson, _ flows: [Flow], reached: Set<Int>) -> [Diagnostic] {
        var errors: [Diagnostic] = []
        for component in stronglyConnected(flows) {
            let isLoop = component.count > 1 || flows[component[0]].edges.contains(component[0])
            guard isLoop, !component.contains(where: { flows[$0].asks }), component.allSatisfy(reached.contains)
            else { continue }
            let names = component.sorted().map { lesson.sections[$0].name }
            let first = lesson.sections[component.min()!]
            errors.append(
                Diagnostic(
                    file: lesson.file, line: first.line, column: 1,
                    message:
                        "sections \(names.map { "'\($0)'" }.joined(separator: ", ")) loop without asking anything: the lesson would run forever"
                ))
        }
        return errors
    }

    /// Tarjan's strongly connected components of the section graph, with an explicit stack
    /// of (section, next edge) frames in place of recursion.
    static func stronglyConnected(_ flows: [Flow]) -> [[Int]] {
        var index = 0
        var indices = [Int](repeating: -1, count: flows.count)
        var low = [Int](repeating: 0, count: flows.count)
        var onStack = [Bool](repeating: false, count: flows.count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var frames: [(v: Int, edge: Int)] = []
        func enter(_ v: Int) {
            indices[v] = index
            low[v] = index
            index += 1
            stack.append(v)
            onStack[v] = true
            frames.append((v, 0))
        }
        for root in flows.indices where indices[root] < 0 {
            enter(root)
            while let (v, edge) = frames.last {
                if edge < flows[v].edges.count {
                    frames[frames.count - 1].edge += 1
                    let w = flows[v].edges[edge]
                    if indices[w] < 0 {
                        enter(w)
                    } else if onStack[w] {
                        low[v] = min(low[v], indices[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.v { low[parent] = min(low[parent], low[v]) }
                if low[v] == indices[v] {
                    var component: [Int] = []
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component.append(w)
                        if w == v { break }
                    }
                    result.append(component)
                }
            }
        }
        return result
    }

    /// ", did you mean 'x'?" for the nearest known id, if one is close.
    static func suggestion(_ id: String, _ known: [String]) -> String {
        let best = known.map { ($0, EditDistance.damerau(id, $0)) }.min { $0.1 < $1.1 }
        guard let (name, d) = best, d <= max(1, id.count / 4), d < id.count else { return "" }
        return "; did you mean '\(name)'?"
    }
}
