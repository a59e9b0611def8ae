import Foundation

/// Reads a lesson script (the format of `Scripts/README.md`). Syntax is checked here and
/// every problem is reported with its line and column; what needs the knowledge base
/// (ids, samples) is `LessonChecker`'s.
public enum LessonParser {
    /// The verdicts as a script names them.
    static let verdictNames = Verdict.allCases.map(\.rawValue).joined(separator: ", ")

    /// Parses `text`; `file` names it in diagnostics and `name` is the lesson's name.
    public static func parse(_ text: String, file: String, name: String) throws(DiagnosticsError) -> Lesson {
        var parser = Parser(file: file, name: name)
        // Every string of a lesson reaches the terminal: it is cleaned as learner input is.
        let text = TextCleaner.cleanAuthored(text)
        // "\r\n" is one Character in Swift, not "\n": CRLF files are cut at either.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (i, raw) in lines.enumerated() {
            parser.line(String(raw.hasSuffix("\r") ? raw.dropLast() : raw), number: i + 1)
        }
        return try parser.finish()
    }

    /// Whether `text` is written like an id (`alliance-definition`) rather than a question.
    static func isID(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Section names: letters, digits and `-`.
    static func isSectionName(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    || $0 == "_"
            }
    }
}

extension LessonParser {
    /// The state of one parse: the lesson so far and the errors found, a line at a time.
    struct Parser {
        let file: String
        let name: String
        var title: String?
        var sections: [Lesson.Section] = []
        var inline: [Question] = []
        var errors: [Diagnostic] = []
        /// Whether a section header was written, even a malformed one.
        var sawHeader = false
        /// Inline questions with an error in their own lines (not also reported as empty).
        var brokenInline: Set<String> = []
        /// The concept most recently taught in the current section, which an inline question is
        /// about by default; a new section starts with none, so a question never takes its concept
        /// from another section's `teach:`.
        var lastTaught: String?
        /// Settings already given to the current question, so a repeat is reported.
        var settingsSeen: Set<String> = []

        /// Where each section was defined (a lookup, so a long lesson parses in linear time).
        var sectionLines: [String: Int] = [:]
        /// Inline questions in the current section so far.
        var inlineInSection = 0

        /// The line of each inline question, for "needs an expect:" errors at the end.
        var inlineLines: [String: Int] = [:]

        /// Where each inline question's `needed:` was written, to report one larger than its expectations.
        var neededLines: [String: (Int, Int)] = [:]

        init(file: String, name: String) {
            self.file = file
            self.name = name
        }

        mutating func error(_ line: Int, _ column: Int, _ message: String) {
            errors.append(Diagnostic(file: file, line: line, column: column, message: message))
        }

        mutating func line(_ raw: String, number: Int) {
            let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
            var body = String(raw.dropFirst(indent))
            let column = indent + 1
            if body.isEmpty { return }
            if body.hasPrefix("#!") {
                sample(String(body.dropFirst(2)), line: number, column: column)
                return
            }
            if body.hasPrefix("#") { return }
            body = Self.stripComment(body)
            if body.isEmpty { return }

            if body.hasPrefix("==") {
                section(body, line: number, column: column)
            } else if body.hasPrefix("->") {
                let target = String(body.dropFirst(2))
                addStep(.jump(makeTarget(target, line: number, column: column + 2)), line: number, column: column)
            } else if body == "end" {
                addStep(.end, line: number, column: column)
            } else if body.hasPrefix("on ") || body.hasPrefix("on\t") {
                branch(String(body.dropFirst(3)), line: number, column: column)
            } else if let colon = body.firstIndex(of: ":") {
                let keyword = body[..<colon].lowercased()
                let valueStart = body.index(after: colon)
                let spaces = body[valueStart...].prefix { $0 == " " || $0 == "\t" }.count
                let value = String(body[valueStart...].dropFirst(spaces)).trimmingTrailingSpaces()
                let valueColumn = column + body.distance(from: body.startIndex, to: valueStart) + spaces
                directive(keyword, value, line: number, column: column, valueColumn: valueColumn)
            } else {
                error(
                    number, column,
                    "unknown directive '\(Self.firstWord(body))'; expected say:, teach:, ask:, require:, -> SECTION, end or == SECTION =="
                )
            }
        }

        /// Cuts a trailing `# comment` (a `#` after white space, followed by a space or the end).
        static func stripComment(_ body: String) -> String {
            let chars = Array(body)
            var i = 1
            while i < chars.count {
                if chars[i] == "#", chars[i - 1] == " " || chars[i - 1] == "\t",
                    i + 1 == chars.count || chars[i + 1] == " " || chars[i + 1] == "\t"
                {
                    return String(chars[..<i]).trimmingTrailingSpaces()
                }
                i += 1
            }
            return body.trimmingTrailingSpaces()
        }

        static func firstWord(_ s: String) -> String {
            String(s.prefix { $0 != " " && $0 != "\t" }.prefix(30))
        }

        mutating func section(_ body: String, line: Int, column: Int) {
            sawHeader = true
            guard body.hasSuffix("=="), body.count >= 4 else {
                error(line, column, "a section header is written '== NAME =='")
                return
            }
            let inner = body.dropFirst(2).dropLast(2)
            let name = inner.trimmingCharacters(in: [" ", "\t"])
            guard LessonParser.isSectionName(name) else {
                error(line, column, "a section name is letters, digits and '-', not '\(name)'")
                return
            }
            if let earlier = sectionLines[name] {
                error(line, column + 3, "section '\(name)' is already defined at line \(earlier)")
                return
            }
            sectionLines[name] = line
            inlineInSection = 0
            sections.append(Lesson.Section(name: name, line: line, steps: []))
            lastTaught = nil
        }

        mutating func addStep(_ kind: Lesson.Kind, line: Int, column: Int) {
            guard !sections.isEmpty else {
                error(line, column, "this line comes before the first section; start one with '== NAME =='")
                return
            }
            sections[sections.count - 1].steps.append(Lesson.Step(kind: kind, line: line, column: column))
            if case .ask = kind {
                settingsSeen = []
            }
        }

        func makeTarget(_ text: String, line: Int, column: Int) -> Lesson.Target {
            let spaces = text.prefix { $0 == " " || $0 == "\t" }.count
            let name = text.trimmingCharacters(in: [" ", "\t"])
            return Lesson.Target(section: name, line: line, column: column + spaces)
        }

        mutating func directive(_ keyword: String, _ value: String, line: Int, column: Int, valueColumn: Int) {
            switch keyword {
            case "title":
                if title != nil {
                    error(line, column, "the lesson already has a title")
                } else if !sections.isEmpty {
                    error(line, column, "'title:' goes before the first section")
                } else if value.isEmpty {
                    error(line, valueColumn, "the title is empty")
                } else {
                    title = value
                }
            case "say":
                guard !value.isEmpty else { return error(line, valueColumn, "'say:' needs something to say") }
                addStep(.say(value), line: line, column: column)
            case "teach":
                guard LessonParser.isID(value) else {
                    return error(line, valueColumn, "'teach:' takes a concept id, such as 'trust'")
                }
                lastTaught = value
                addStep(.teach(value), line: line, column: column)
            case "ask":
                ask(value, line: line, column: column, valueColumn: valueColumn)
            case "require":
                require(value, line: line, column: column, valueColumn: valueColumn)
            case "hints", "tries", "needed":
                setting(keyword, value, line: line, column: column, valueColumn: valueColumn)
            case "expect", "misconception":
                idea(keyword, value, line: line, column: column, valueColumn: valueColumn)
            case "because":
                because(value, line: line, column: column, valueColumn: valueColumn)
            case "concept":
                guard currentInline(keyword, line: line, column: column) != nil else { return }
                guard LessonParser.isID(value) else {
                    return error(line, valueColumn, "'concept:' takes a concept id, such as 'trust'")
                }
                inline[inline.count - 1].concept = value
            default:
                error(
                    line, column,
                    "unknown directive '\(keyword):'; expected say:, teach:, ask:, require:, -> SECTION, end or == SECTION =="
                )
            }
        }

        mutating func require(_ value: String, line: Int, column: Int, valueColumn: Int) {
            let usage = "a gate is written 'require: CONCEPT >= P else -> SECTION', with P from 0 to 1"
            guard let ge = value.range(of: ">="), let elseRange = value.range(of: " else ") else {
                return error(line, valueColumn, usage)
            }
            let concept = value[..<ge.lowerBound].trimmingCharacters(in: [" ", "\t"])
            let number = value[ge.upperBound..<elseRange.lowerBound].trimmingCharacters(in: [" ", "\t"])
            var rest = value[elseRange.upperBound...].trimmingCharacters(in: [" ", "\t"])
            guard LessonParser.isID(concept) else { return error(line, valueColumn, usage) }
            guard let p = Double(number), p >= 0, p <= 1 else {
                let at = valueColumn + value.distance(from: value.startIndex, to: ge.upperBound) + 1
                return error(line, at, "the mastery level must be a number from 0 to 1, not '\(number)'")
            }
            guard rest.hasPrefix("->") else { return error(line, valueColumn, usage) }
            rest.removeFirst(2)
            let arrowColumn = valueColumn + value.count - rest.count
            addStep(
                .require(concept: concept, atLeast: p, otherwise: makeTarget(rest, line: line, column: arrowColumn)),
                line: line, column: column)
        }

        mutating func finish() throws(DiagnosticsError) -> Lesson {
            if title == nil { error(1, 1, "the lesson has no 'title:' line") }
            if sections.isEmpty && !sawHeader { error(1, 1, "the lesson has no sections; start one with '== NAME =='") }
            for q in inline where !brokenInline.contains(q.id) {
                let line = inlineLines[q.id] ?? 1
                if q.concept.isEmpty {
                    error(
                        line, 1,
                        "the inline question needs a 'concept:' line, or a 'teach:' before it in its section, to say what it practises"
                    )
                }
                if q.expectations.isEmpty {
                    error(
                        line, 1,
                        "the inline question needs at least one 'expect:' line saying what a good answer contains")
                } else if q.needed > q.expectations.count, let (l, c) = neededLines[q.id] {
                    error(
                        l, c, "'needed: \(q.needed)' is more than the question's \(q.expectations.count) expectations")
                }
            }
            guard errors.isEmpty else {
                throw DiagnosticsError(errors.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
            }
            var questions = inline
            for i in questions.indices where questions[i].needed == 0 {
                questions[i].needed = questions[i].expectations.count
            }
            return Lesson(name: name, title: title!, file: file, sections: sections, inlineQuestions: questions)
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
