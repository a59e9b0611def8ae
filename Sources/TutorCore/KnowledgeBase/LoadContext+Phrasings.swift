/// Reading `phrasings.tsv`: labeled lines of how learners phrase things, one per line as
/// `intent<TAB>concepts<TAB>text` (`#` comments and blank lines skipped). An intent or
/// concept may list alternatives with `|` (the first is learnt); `-` names no concept;
/// `a,b` is a comparison (no concept is learnt from it).
extension LoadContext {
    static let phrasingsFile = "phrasings.tsv"

    mutating func readPhrasings(_ file: SourceFile) {
        let name = display(file.path)
        for (number, fields) in Self.tabbedRows(file.contents)
        where hasFields(fields, 3, form: "a phrasing is intent<TAB>concepts<TAB>text", file: name, line: number) {
            let conceptColumn = fields[0].count + 2
            let textColumn = conceptColumn + fields[1].count + 1
            let intents = fields[0].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if let unknown = intents.first(where: { Intent(rawValue: $0) == nil }) {
                diagnostics.append(
                    Diagnostic(file: name, line: number, column: 1, message: "unknown intent '\(unknown)'"))
                continue
            }
            let text = fields[2].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else {
                diagnostics.append(
                    Diagnostic(file: name, line: number, column: textColumn, message: "the phrasing has no text"))
                continue
            }
            let conceptField = String(fields[1])
            var concept: String?
            if conceptField != "-" {
                let ids = conceptField.split(
                    omittingEmptySubsequences: false, whereSeparator: { $0 == "|" || $0 == "," }
                ).map(String.init)
                for id in ids { positions.phrasingConcepts.append((id, name, number, conceptColumn)) }
                if !conceptField.contains(",") { concept = ids.first }
            }
            phrasings.append(Phrasing(intent: Intent(rawValue: intents[0])!, concept: concept, text: text))
        }
    }

    /// The rows of a tab-separated knowledge file, each with its line number and fields (`#`
    /// comments and blank lines skipped).
    static func tabbedRows(_ contents: String) -> [(number: Int, fields: [Substring])] {
        contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().compactMap {
            index, line in
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { return nil }
            return (index + 1, line.split(separator: "\t", omittingEmptySubsequences: false))
        }
    }

    /// Reports a row that has not `count` fields as not of the `form`; whether it had.
    mutating func hasFields(_ fields: [Substring], _ count: Int, form: String, file: String, line: Int) -> Bool {
        guard fields.count != count else { return true }
        diagnostics.append(
            Diagnostic(
                file: file, line: line, column: 1,
                message: "\(form); this line has \(fields.count) field\(fields.count == 1 ? "" : "s")"))
        return false
    }

    /// Every concept a phrasing names is a concept of the knowledge base.
    mutating func checkPhrasingConcepts() {
        let known = Set(concepts.map(\.id)).union(positions.declaredConcepts)
        for (id, file, line, column) in positions.phrasingConcepts where !known.contains(id) {
            diagnostics.append(
                Diagnostic(
                    file: file, line: line, column: column,
                    message: id.isEmpty ? "an empty concept id" : "unknown concept '\(id)'"))
        }
    }
}
