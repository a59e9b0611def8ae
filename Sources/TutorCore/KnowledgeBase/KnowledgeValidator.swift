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

        out += duplicates(positions.conceptIDs, what: "concept")
        out += duplicates(positions.questionIDs, what: "question")
        out += unknown(positions.related, among: conceptIDs, what: "related concept")
        out += unknown(positions.conceptRefs, among: conceptIDs, what: "concept")
        // With sources.yaml or groups.yaml unreadable, every reference to them would be
        // unknown: its one syntax error is the error to fix.
        let sourceRefs = positions.unreadable["sources.yaml"] == nil ? positions.sourceRefs : [:]
        let groupRefs = positions.unreadable["groups.yaml"] == nil ? positions.groupRefs : [:]
        out += unknown(sourceRefs, among: sourceIDs, what: "source")
        out += unknown(groupRefs.mapValues { [$0] }, among: groupIDs, what: "group")
        if checkSpec { out += specProblems() }
        return out
    }

    /// Each id declared again after its first declaration, pointing at the first one's file.
    private func duplicates(_ entries: [(id: String, file: String, line: Int, column: Int)], what: String)
        -> [Diagnostic]
    {
        var out: [Diagnostic] = []
        var first: [String: String] = [:]
        for entry in entries {
            if let other = first[entry.id] {
                out.append(
                    Diagnostic(
                        file: entry.file, line: entry.line, column: entry.column,
                        message: "duplicate \(what) id '\(entry.id)' (also in \(other))"))
            } else {
                first[entry.id] = entry.file
            }
        }
        return out
    }

    /// Each reference (by file, in file order) to an id not in `known`, with the nearest known id.
    private func unknown(
        _ refs: [String: [(id: String, line: Int, column: Int)]], among known: Set<String>, what: String
    ) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for (file, refs) in refs.sorted(by: { $0.key < $1.key }) {
            for ref in refs where !known.contains(ref.id) {
                out.append(
                    Diagnostic(
                        file: file, line: ref.line, column: ref.column,
                        message: "unknown \(what) '\(ref.id)'\(suggestion(ref.id, known))"))
            }
        }
        return out
    }

    /// What the specification requires and the knowledge base lacks: concepts (in their
    /// groups), questions (with their ideas and `needed`) and exam items (with their keys).
    private func specProblems() -> [Diagnostic] {
        specConceptProblems() + specQuestionProblems() + specExamProblems()
    }

    private func specConceptProblems() -> [Diagnostic] {
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
        return out
    }

    private func specQuestionProblems() -> [Diagnostic] {
        var out: [Diagnostic] = []
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
        return out
    }

    private func specExamProblems() -> [Diagnostic] {
        var out: [Diagnostic] = []
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
