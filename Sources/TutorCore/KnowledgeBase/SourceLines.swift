/// A YAML file's lines as Unicode scalars, which is how libyaml counts columns, with the
/// few facts about a line that explaining a syntax error needs.
struct SourceLines {
    private let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                lines.append([])
            } else if scalar != "\r" {
                lines[lines.count - 1].append(scalar)
            }
        }
        self.lines = lines
    }

    /// Line `number` (1-based); empty past the end.
    subscript(number: Int) -> [Unicode.Scalar] {
        number >= 1 && number <= lines.count ? lines[number - 1] : []
    }

    /// The character at a 1-based line and column.
    func character(at mark: (line: Int, column: Int)) -> String? {
        let line = self[mark.line]
        guard mark.column >= 1, mark.column <= line.count else { return nil }
        return String(line[mark.column - 1])
    }

    /// The number of spaces that start line `number`.
    func indent(_ number: Int) -> Int { self[number].prefix { $0 == " " }.count }

    /// The nearest line above `number` with something on it other than a comment.
    func lineAbove(_ number: Int) -> Int? {
        var candidate = number - 1
        while candidate >= 1 {
            let line = self[candidate]
            let start = Self.contentStart(line, items: false)
            if start < line.count && line[start] != "#" { return candidate }
            candidate -= 1
        }
        return nil
    }

    /// Whether line `number` starts a list item ("- …" or a lone "-").
    func startsItem(_ number: Int) -> Bool {
        let line = self[number]
        let start = Self.contentStart(line, items: false)
        guard start < line.count, line[start] == "-" else { return false }
        return start + 1 == line.count || line[start + 1] == " "
    }

    /// The field a line starts ("why" for "  why: >-"), if it starts one.
    func fieldName(_ number: Int) -> String? {
        let line = self[number]
        let start = Self.contentStart(line)
        guard let colon = Self.firstFieldColon(line, from: start) else { return nil }
        let key = String(String.UnicodeScalarView(line[start..<colon]))
        return Self.isFieldName(key) ? key : nil
    }

    /// Whether line `number` is a field whose value is on the lines below it: "why:" or
    /// "why: >-" (any block scalar indicator).
    func opensBlock(_ number: Int) -> Bool {
        let line = self[number]
        guard let colon = Self.firstFieldColon(line, from: Self.contentStart(line)) else { return false }
        let rest = String(String.UnicodeScalarView(line[(colon + 1)...]))
        let value = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let trimmed = value.filter { $0 != " " }
        return trimmed.isEmpty || ["|", "|-", "|+", ">", ">-", ">+"].contains(trimmed)
    }

    /// Where a line's content starts: after its indentation and, with `items`, after any
    /// list dashes ("  - - text" starts at "text").
    static func contentStart(_ line: [Unicode.Scalar], items: Bool = true) -> Int {
        var index = 0
        while index < line.count {
            if line[index] == " " {
                index += 1
            } else if items, line[index] == "-", index + 1 < line.count, line[index + 1] == " " {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// The first ':' from `start` that YAML reads as a field's colon: followed by a space or
    /// ending the line.
    static func firstFieldColon(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < line.count {
            if line[index] == ":" && (index + 1 == line.count || line[index + 1] == " ") { return index }
            index += 1
        }
        return nil
    }

    /// Whether `text` looks like a field's name (one word: letters, digits, '-', '_').
    static func isFieldName(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            }
    }
}
