/// A YAML syntax error told in a knowledge-base author's words, at the line to fix.
///
/// libyaml reports what its scanner met ("could not find expected ':'") and often at the
/// line after the mistake, with the mistake's own line only in a parenthesis ("while
/// scanning a simple key at line 68"). Authors of knowledge files make a handful of
/// mistakes over and over: a ': ' inside unquoted text, a line indented one space off, a
/// tab, a quote never closed. So the error is matched against those mistakes, using the
/// text of the lines involved, and explained with the fix; anything else keeps libyaml's
/// words.
struct YAMLSyntaxError: Equatable {
    /// The 1-based line and column to point at.
    var line: Int
    var column: Int
    /// What is wrong and how to fix it.
    var message: String

    /// Explains libyaml's `problem` at `mark`, with its `context` at `contextMark` when it
    /// gave one, in `text` (the whole file).
    init(
        problem: String, mark: (line: Int, column: Int), context: String?,
        contextMark: (line: Int, column: Int)?, text: String
    ) {
        let lines = SourceLines(text)
        let explained = Self.explain(
            problem: problem, mark: mark, context: context, contextMark: contextMark, lines: lines)
        if let explained {
            self = explained
        } else {
            var message = "invalid YAML: \(problem)"
            if let context, let contextMark { message += " (\(context) at line \(contextMark.line))" }
            self.init(line: mark.line, column: mark.column, message: message)
        }
    }

    init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    static let quoteAdvice = "put the whole text in quotes, or write it on the lines below a '>-'"

    private static func explain(
        problem: String, mark: (line: Int, column: Int), context: String?,
        contextMark: (line: Int, column: Int)?, lines: SourceLines
    ) -> YAMLSyntaxError? {
        let at = contextMark ?? mark
        switch problem {
        case "mapping values are not allowed in this context":
            return colonInText(mark, lines)
        case "could not find expected ':'":
            return lineWithoutField(at, lines)
        case "did not find expected key", "did not find expected '-' indicator":
            return misplacedLine(mark, context: contextMark, lines)
        case "found a tab character that violates indentation",
            "found a tab character where an indentation space is expected":
            return tab(onLine: mark.line, lines)
        case "found character that cannot start any token":
            return reservedCharacter(mark, lines)
        case "found unknown escape character":
            let escape = lines.character(at: (mark.line, mark.column + 1)).map { "'\\\($0)'" } ?? "this"
            return YAMLSyntaxError(
                line: mark.line, column: mark.column,
                message:
                    "\(escape) is not an escape YAML knows inside double quotes: write a backslash as '\\\\', or use single quotes"
            )
        default:
            return explainPlainly(problem: problem, mark: mark, at: at, context: context, lines: lines)
        }
    }

    /// The problems explained by one message of their own, at the problem's mark or at the
    /// start of what it was scanning (`at`).
    private static func explainPlainly(
        problem: String, mark: (line: Int, column: Int), at: (line: Int, column: Int), context: String?,
        lines: SourceLines
    ) -> YAMLSyntaxError? {
        switch problem {
        case "found unexpected end of stream" where context == "while scanning a quoted scalar":
            let quote = lines.character(at: at) ?? "\""
            return YAMLSyntaxError(
                line: at.line, column: at.column,
                message: "the quote (\(quote)) that starts this text is never closed: end the text with \(quote)")
        case "did not find expected ',' or ']'":
            return YAMLSyntaxError(
                line: at.line, column: at.column,
                message:
                    "the list in brackets that starts here ('[a, b]') has no closing ']', or an item in it needs quotes (one with ', ' or ': ' inside)"
            )
        case "did not find expected ',' or '}'":
            return YAMLSyntaxError(
                line: at.line, column: at.column,
                message:
                    "the fields in braces that start here ('{prior: 0.2, learn: 0.1}') have no closing '}', or a value in them needs quotes"
            )
        case "block sequence entries are not allowed in this context":
            return YAMLSyntaxError(
                line: mark.line, column: mark.column,
                message:
                    "a list item ('- ') cannot start here: start the list on the line after its field, one item a line, each indented under the field"
            )
        case "did not find expected comment or line break" where context == "while scanning a block scalar":
            return YAMLSyntaxError(
                line: mark.line, column: mark.column,
                message: "the text of a '>-' or '|' block starts on the next line, indented under its field")
        case "did not find expected <document start>":
            // An indented first field, then fields in column 1: the indented one is off.
            let culprit = lines.lineAbove(mark.line) ?? mark.line
            return YAMLSyntaxError(
                line: culprit, column: lines.indent(culprit) + 1,
                message:
                    "this line is indented, but the file's top-level fields start in column 1 (as line \(mark.line) does): remove the indentation"
            )
        case "but found another document":
            return YAMLSyntaxError(
                line: mark.line, column: mark.column,
                message: "'---' starts a second document, and a knowledge file holds one: remove the line")
        case _ where context == "while scanning a directive":
            return YAMLSyntaxError(
                line: at.line, column: at.column,
                message: "a line cannot start with '%' (YAML reads it as a directive): put the whole text in quotes")
        default:
            return nil
        }
    }

    /// "mapping values are not allowed": a ': ' where a field cannot start.
    private static func colonInText(_ mark: (line: Int, column: Int), _ lines: SourceLines) -> YAMLSyntaxError {
        let line = lines[mark.line]
        let start = SourceLines.contentStart(line)
        if let first = SourceLines.firstFieldColon(line, from: start), first < mark.column - 1 {
            // The line already has its field; this ':' is inside the field's text.
            return YAMLSyntaxError(
                line: mark.line, column: mark.column,
                message: "a ':' followed by a space (or ending a line) inside text needs quotes: \(quoteAdvice)")
        }
        let key = String(String.UnicodeScalarView(line[start..<max(start, min(mark.column - 1, line.count))]))
        let above = lines.lineAbove(mark.line)
        if SourceLines.isFieldName(key) {
            return YAMLSyntaxError(
                line: mark.line, column: start + 1,
                message:
                    "'\(key):' is indented more than the line above\(above.map { " (line \($0))" } ?? ""), so it reads as more of that line's text: line it up with the fields beside it"
            )
        }
        return YAMLSyntaxError(
            line: mark.line, column: mark.column,
            message:
                "a ':' followed by a space inside text needs quotes (this line continues the text above): \(quoteAdvice)"
        )
    }

    /// "could not find expected ':'": a line that is neither a field nor a list item.
    private static func lineWithoutField(_ at: (line: Int, column: Int), _ lines: SourceLines) -> YAMLSyntaxError {
        let line = lines[at.line]
        let start = SourceLines.contentStart(line)
        if let colon = line[start...].firstIndex(of: ":"), colon + 1 < line.count, line[colon + 1] != " " {
            let key = String(String.UnicodeScalarView(line[start..<colon]))
            if SourceLines.isFieldName(key) {
                return YAMLSyntaxError(
                    line: at.line, column: colon + 2,
                    message: "a field needs a space after its ':' ('\(key): …', not '\(key):…')")
            }
        }
        if let above = lines.lineAbove(at.line), lines.opensBlock(above), lines.indent(above) >= start {
            return YAMLSyntaxError(
                line: at.line, column: start + 1,
                message:
                    "the text under '\(lines.fieldName(above) ?? "")' (line \(above)) must be indented more than its field"
            )
        }
        return YAMLSyntaxError(
            line: at.line, column: start + 1,
            message:
                "this line is neither a field ('name: value') nor a list item ('- …'): if it continues the text above, indent it under that text (or \(quoteAdvice)); if it is a field, it needs a ': '"
        )
    }

    /// "did not find expected key" or "'-' indicator": text left over after a quoted or
    /// bracketed value, or a line indented off its neighbours.
    private static func misplacedLine(
        _ mark: (line: Int, column: Int), context: (line: Int, column: Int)?, _ lines: SourceLines
    ) -> YAMLSyntaxError {
        let line = lines[mark.line]
        let start = SourceLines.contentStart(line, items: false)
        var before = mark.column - 2
        while before >= 0, before < line.count, line[before] == " " { before -= 1 }
        if before >= start, before < line.count {
            switch line[before] {
            case "\"", "'":
                return YAMLSyntaxError(
                    line: mark.line, column: before + 1,
                    message:
                        "the quoted text ends at this quote, but more text follows it: to start a text with a quote, put the whole text in quotes; inside single quotes write ' as '', inside double quotes write \" as \\\""
                )
            case "]", "}":
                return YAMLSyntaxError(
                    line: mark.line, column: mark.column,
                    message:
                        "a text that starts with '[' or '{' is read as a list or fields, so the rest of the line is left over: put the whole text in quotes"
                )
            default: break
            }
        }
        if let context, context.column == start + 1, lines.startsItem(mark.line) == false,
            lines.startsItem(context.line) == true
        {
            return YAMLSyntaxError(
                line: mark.line, column: start + 1,
                message:
                    "this line starts in the column of the list's '- ' (line \(context.line)) but is not an item: start it with '- ', or indent it to line up with the fields of the item above"
            )
        }
        return misindented(mark.line, lines)
    }

    /// A line indented differently from the lines it belongs with: compared with the
    /// nearest line above of its kind (a list item with an item, a field with a field).
    static func misindented(_ number: Int, _ lines: SourceLines) -> YAMLSyntaxError {
        let item = lines.startsItem(number)
        let here = item ? lines.indent(number) : SourceLines.contentStart(lines[number])
        var message = "this line is not indented like the lines around it"
        var above = lines.lineAbove(number)
        while let candidate = above, lines.startsItem(candidate) != item { above = lines.lineAbove(candidate) }
        if let above {
            let there = item ? lines.indent(above) : SourceLines.contentStart(lines[above])
            let what = item ? "the item on line" : lines.fieldName(above) == nil ? "line" : "the field on line"
            message += ": it starts in column \(here + 1), \(what) \(above) in column \(there + 1)"
        }
        message += "; the items of one list ('- ') line up in one column, and so do the fields of one mapping"
        return YAMLSyntaxError(line: number, column: here + 1, message: message)
    }

    private static func tab(onLine number: Int, _ lines: SourceLines) -> YAMLSyntaxError {
        let column = (lines[number].firstIndex(of: "\t") ?? 0) + 1
        return YAMLSyntaxError(
            line: number, column: column,
            message: "a tab indents this line, and YAML indents with spaces only: replace the tab with spaces")
    }

    private static func reservedCharacter(_ mark: (line: Int, column: Int), _ lines: SourceLines) -> YAMLSyntaxError {
        guard let character = lines.character(at: mark) else { return misindented(mark.line, lines) }
        if character == "\t" {
            return YAMLSyntaxError(
                line: mark.line, column: mark.column,
                message: "a tab separates text here, and YAML uses spaces only: replace the tab with a space")
        }
        return YAMLSyntaxError(
            line: mark.line, column: mark.column,
            message: "a text cannot start with '\(character)' (YAML reserves it): put the whole text in quotes")
    }
}
