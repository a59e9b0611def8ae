/// Reading `graded-answers.tsv`: learners' answers with the ideas each expresses, one per
/// line as `question<TAB>covered<TAB>misconceptions<TAB>text` (`#` comments and blank lines
/// skipped); `covered` and `misconceptions` list idea ids with commas, or `-` for none.
extension LoadContext {
    static let gradedAnswersFile = "graded-answers.tsv"

    mutating func readGradedAnswers(_ file: SourceFile) {
        let name = display(file.path)
        for (number, fields) in Self.tabbedRows(file.contents)
        where hasFields(
            fields, 4, form: "a graded answer is question<TAB>covered<TAB>misconceptions<TAB>text", file: name,
            line: number)
        {
            let coveredColumn = fields[0].count + 2
            let heldColumn = coveredColumn + fields[1].count + 1
            let textColumn = heldColumn + fields[2].count + 1
            let text = fields[3].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                diagnostics.append(
                    Diagnostic(file: name, line: number, column: textColumn, message: "the answer has no text"))
                continue
            }
            func ids(_ field: Substring, _ column: Int) -> [(id: String, column: Int)] {
                guard field != "-" else { return [] }
                var out: [(id: String, column: Int)] = []
                var at = column
                for id in field.split(separator: ",", omittingEmptySubsequences: false) {
                    out.append((String(id), at))
                    at += id.count + 1
                }
                return out
            }
            let covered = ids(fields[1], coveredColumn)
            let held = ids(fields[2], heldColumn)
            positions.gradedAnswerIDs.append((String(fields[0]), covered + held, name, number))
            gradedAnswers.append(
                GradedAnswer(
                    question: String(fields[0]), covered: covered.map(\.id), misconceptions: held.map(\.id), text: text)
            )
        }
    }

    /// Every graded answer names a question of the knowledge base and ideas of that question.
    mutating func checkGradedAnswerIDs() {
        var ideas: [String: Set<String>] = [:]
        for concept in concepts {
            for q in concept.questions {
                ideas[q.id] = Set(q.expectations.map(\.id) + q.misconceptions.map(\.id))
            }
        }
        for (question, named, file, line) in positions.gradedAnswerIDs {
            // A concept file with errors may have lost the question: not reported twice.
            guard let own = ideas[question] else {
                if positions.withErrors.isEmpty && positions.unreadable.isEmpty {
                    diagnostics.append(
                        Diagnostic(file: file, line: line, column: 1, message: "unknown question '\(question)'"))
                }
                continue
            }
            for (id, column) in named where !own.contains(id) {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: line, column: column,
                        message: id.isEmpty ? "an empty idea id" : "question '\(question)' has no idea '\(id)'"))
            }
        }
    }
}
