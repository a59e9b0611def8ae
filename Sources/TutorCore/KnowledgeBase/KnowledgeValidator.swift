/// Cross-file checks: references resolve, ids are unique, and the specification's ids exist.
struct KnowledgeValidator {
    let kb: KnowledgeBase
    let root: String
    let checkSpec: Bool
    let positions: Positions

    func display(_ relative: String) -> String { root.isEmpty ? relative : "\(root)/\(relative)" }

    func validate() -> [Diagnostic] {
        var out: [Diagnostic] = []
        // Ids declared in files that had other errors still count, so one mistake does not
        // turn every reference to that concept into an error too.
        let conceptIDs = Set(kb.concepts.map(\.id)).union(positions.declaredConcepts)
        let sourceIDs = Set(kb.sources.map(\.id))
        let groupIDs = Set(kb.groups.map(\.id))

        var firstConcept: [String: String] = [:]
        for entry in positions.conceptIDs {
            if let other = firstConcept[entry.id] {
                out.append(
                    Diagnostic(
                        file: entry.file, line: entry.line, column: entry.column,
                        message: "duplicate concept id '\(entry.id)' (also in \(other))"))
            } else {
                firstConcept[entry.id] = entry.file
            }
        }
        var firstQuestion: [String: String] = [:]
        for entry in positions.questionIDs {
            if let other = firstQuestion[entry.id] {
                out.append(
                    Diagnostic(
                        file: entry.file, line: entry.line, column: entry.column,
                        message: "duplicate question id '\(entry.id)' (also in \(other))"))
            } else {
                firstQuestion[entry.id] = entry.file
            }
        }
        for (file, refs) in positions.related.sorted(by: { $0.key < $1.key }) {
            for ref in refs where !conceptIDs.contains(ref.id) {
                out.append(
                    Diagnostic(
                        file: file, line: ref.line, column: ref.column,
                        message: "unknown related concept '\(ref.id)'\(suggestion(ref.id, conceptIDs))"))
            }
        }
        for (file, refs) in positions.conceptRefs.sorted(by: { $0.key < $1.key }) {
            for ref in refs where !conceptIDs.contains(ref.id) {
                out.append(
                    Diagnostic(
                        file: file, line: ref.line, column: ref.column,
                        message: "unknown concept '\(ref.id)'\(suggestion(ref.id, conceptIDs))"))
            }
        }
        // With sources.yaml or groups.yaml unreadable, every reference to them would be
        // unknown: its one syntax error is the error to fix.
        let sourceRefs = positions.unreadable["sources.yaml"] == nil ? positions.sourceRefs : [:]
        let groupRefs = positions.unreadable["groups.yaml"] == nil ? positions.groupRefs : [:]
        for (file, refs) in sourceRefs.sorted(by: { $0.key < $1.key }) {
            for ref in refs where !sourceIDs.contains(ref.id) {
                out.append(
                    Diagnostic(
                        file: file, line: ref.line, column: ref.column,
                        message: "unknown source '\(ref.id)'\(suggestion(ref.id, sourceIDs))"))
            }
        }
        for (file, ref) in groupRefs.sorted(by: { $0.key < $1.key }) where !groupIDs.contains(ref.id) {
            out.append(
                Diagnostic(
                    file: file, line: ref.line, column: ref.column,
                    message: "unknown group '\(ref.id)'\(suggestion(ref.id, groupIDs))"))
        }
        if checkSpec { out += specProblems() }
        return out
    }

    private func specProblems() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (group, ids) in SpecContract.concepts {
            for id in ids where positions.withErrors["concepts/\(id).yaml"] == nil {
                guard let concept = kb.concept(id) else {
                    out.append(
                        Diagnostic(
                            file: display("concepts/\(id).yaml"), line: 1, column: 1,
                            message: "the specification requires concept '\(id)' (group '\(group)'), which is missing"))
                    continue
                }
                if concept.group != group && positions.unreadable["groups.yaml"] == nil {
                    out.append(
                        Diagnostic(
                            file: concept.file, line: 1, column: 1,
                            message:
                                "concept '\(id)' belongs to group '\(group)' in the specification, not '\(concept.group)'"
                        ))
                }
            }
        }
        // A question may be in a concept file with errors: not missing, unread.
        let unreadConcepts = positions.withErrors.filter { $0.key.hasPrefix("concepts/") }.values
        for spec in SpecContract.questions where !unreadConcepts.contains(where: { $0.contains(spec.id) }) {
            guard let question = kb.question(spec.id) else {
                out.append(
                    Diagnostic(
                        file: display("concepts"), line: 1, column: 1,
                        message: "the specification requires question '\(spec.id)', which is missing"))
                continue
            }
            let line = positions.questionIDs.first { $0.id == spec.id }
            func report(_ message: String) {
                out.append(
                    Diagnostic(file: question.file, line: line?.line ?? 1, column: line?.column ?? 1, message: message))
            }
            let have = question.expectations.map(\.id)
            if have != spec.expectations {
                report(
                    "question '\(spec.id)' must have expectations \(spec.expectations.joined(separator: ", ")) (found \(have.joined(separator: ", ")))"
                )
            }
            let haveM = question.misconceptions.map(\.id)
            if haveM != spec.misconceptions {
                report(
                    "question '\(spec.id)' must have misconceptions \(spec.misconceptions.joined(separator: ", ")) (found \(haveM.joined(separator: ", ")))"
                )
            }
            if have == spec.expectations && question.needed != spec.needed {
                report("question '\(spec.id)' must have 'needed: \(spec.needed)' (found \(question.needed))")
            }
        }
        if !kb.examItems.isEmpty {
            for spec in SpecContract.examItems where positions.withErrors["exam/\(spec.id).yaml"] == nil {
                guard let item = kb.examItems.first(where: { $0.id == spec.id }) else {
                    out.append(
                        Diagnostic(
                            file: display("exam/\(spec.id).yaml"), line: 1, column: 1,
                            message: "the specification requires exam item '\(spec.id)', which is missing"))
                    continue
                }
                if item.key != spec.key {
                    let letters = ["A", "B", "C", "D"]
                    out.append(
                        Diagnostic(
                            file: item.file, line: 1, column: 1,
                            message: "exam item '\(spec.id)' must have key \(letters[spec.key])"))
                }
            }
        }
        return out
    }

    private func suggestion(_ id: String, _ known: Set<String>) -> String {
        EditDistance.closest(to: id, among: known).map { "; did you mean '\($0)'?" } ?? ""
    }
}
