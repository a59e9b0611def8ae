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

private struct Parser {
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

    mutating func ask(_ value: String, line: Int, column: Int, valueColumn: Int) {
        guard !value.isEmpty else {
            return error(line, valueColumn, "'ask:' takes a question id or the text of a question")
        }
        guard let sectionName = sections.last?.name else {
            return addStep(.say(""), line: line, column: column)  // reports the missing section
        }
        var id = value
        let isInline = !LessonParser.isID(value)
        if isInline {
            inlineInSection += 1
            id = "lesson:\(name):\(sectionName):\(inlineInSection)"
            inline.append(
                Question(
                    id: id, concept: lastTaught ?? "", text: value, needed: 0, expectations: [], misconceptions: [],
                    samples: [], file: file))
        }
        let ask = Lesson.Ask(
            question: id, isInline: isInline, column: valueColumn, hints: nil, tries: nil, branches: [], samples: [])
        addStep(.ask(ask), line: line, column: column)
        if isInline { inlineLines[id] = line }
    }

    /// Where each section was defined (a lookup, so a long lesson parses in linear time).
    var sectionLines: [String: Int] = [:]
    /// Inline questions in the current section so far.
    var inlineInSection = 0

    /// The line of each inline question, for "needs an expect:" errors at the end.
    var inlineLines: [String: Int] = [:]

    /// The ask step the line belongs under, or nil (reported) if the last step is not an ask.
    mutating func currentAsk(_ what: String, line: Int, column: Int) -> Lesson.Ask? {
        if let step = sections.last?.steps.last, case .ask(let a) = step.kind { return a }
        error(line, column, "'\(what)' belongs under an 'ask:' line")
        return nil
    }

    mutating func updateAsk(_ change: (inout Lesson.Ask) -> Void) {
        let s = sections.count - 1
        let i = sections[s].steps.count - 1
        guard case .ask(var a) = sections[s].steps[i].kind else { return }
        change(&a)
        sections[s].steps[i].kind = .ask(a)
    }

    /// The inline question the line belongs to (its ask and index), or nil (reported).
    mutating func currentInline(_ what: String, line: Int, column: Int) -> (Lesson.Ask, Int)? {
        guard let a = currentAsk("\(what):", line: line, column: column) else { return nil }
        guard a.isInline, let i = inline.lastIndex(where: { $0.id == a.question }) else {
            error(
                line, column,
                "'\(what):' belongs to an inline question; '\(a.question)' is the knowledge base's, with its own expectations"
            )
            return nil
        }
        return (a, i)
    }

    mutating func setting(_ keyword: String, _ value: String, line: Int, column: Int, valueColumn: Int) {
        guard let a = currentAsk("\(keyword):", line: line, column: column) else { return }
        guard let n = Int(value), n >= 0, n <= 100 else {
            return error(line, valueColumn, "'\(keyword):' takes a whole number from 0 to 100, not '\(value)'")
        }
        if settingsSeen.contains(keyword) {
            return error(line, column, "'\(keyword):' is already set for this question")
        }
        settingsSeen.insert(keyword)
        switch keyword {
        case "hints": updateAsk { $0.hints = n }
        case "tries":
            guard n >= 1 else { return error(line, valueColumn, "'tries:' must be at least 1") }
            updateAsk { $0.tries = n }
        default:
            guard a.isInline, let i = inline.lastIndex(where: { $0.id == a.question }) else {
                return error(
                    line, column,
                    "'needed:' belongs to an inline question; '\(a.question)' is the knowledge base's, with its own")
            }
            guard n >= 1 else { return error(line, valueColumn, "'needed:' must be at least 1") }
            inline[i].needed = n
            neededLines[a.question] = (line, valueColumn)
        }
    }

    var neededLines: [String: (Int, Int)] = [:]

    mutating func idea(_ keyword: String, _ value: String, line: Int, column: Int, valueColumn: Int) {
        guard let (_, i) = currentInline(keyword, line: line, column: column) else { return }
        let parts = value.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: [" ", "\t"])
        }
        guard let text = parts.first, !text.isEmpty else {
            brokenInline.insert(inline[i].id)
            return error(
                line, valueColumn, "'\(keyword):' needs the idea's text, then '|' and the ways learners say it")
        }
        if parts.dropFirst().contains(where: \.isEmpty) {
            brokenInline.insert(inline[i].id)
            return error(line, valueColumn, "an empty phrasing between '|' separators")
        }
        if keyword == "expect" {
            let id = "e\(inline[i].expectations.count + 1)"
            inline[i].expectations.append(
                Idea(
                    id: id, text: text, phrasings: Array(parts.dropFirst()), hint: nil, prompt: nil, correction: nil,
                    source: nil))
        } else {
            let id = "m\(inline[i].misconceptions.count + 1)"
            inline[i].misconceptions.append(
                Idea(
                    id: id, text: text, phrasings: Array(parts.dropFirst()), hint: nil, prompt: nil, correction: nil,
                    source: nil))
        }
    }

    mutating func because(_ value: String, line: Int, column: Int, valueColumn: Int) {
        guard let (_, i) = currentInline("because", line: line, column: column) else { return }
        guard !inline[i].misconceptions.isEmpty else {
            return error(line, column, "'because:' explains the 'misconception:' line above it, and there is none")
        }
        guard !value.isEmpty else { return error(line, valueColumn, "'because:' needs the correction's text") }
        let m = inline[i].misconceptions.count - 1
        if inline[i].misconceptions[m].correction != nil {
            return error(line, column, "this misconception already has its 'because:'")
        }
        inline[i].misconceptions[m].correction = value
    }

    mutating func branch(_ rest: String, line: Int, column: Int) {
        guard currentAsk("on", line: line, column: column) != nil else { return }
        guard let arrow = rest.range(of: "->") else {
            return error(line, column, "a branch is written 'on VERDICT -> SECTION'")
        }
        let list = rest[..<arrow.lowerBound].trimmingCharacters(in: [" ", "\t"])
        let targetColumn = column + 3 + rest.distance(from: rest.startIndex, to: arrow.upperBound)
        let target = makeTarget(String(rest[arrow.upperBound...]), line: line, column: targetColumn)
        var verdicts: [Verdict]? = []
        var offset = column + 3
        for raw in list.split(separator: ",", omittingEmptySubsequences: false) {
            let word = raw.trimmingCharacters(in: [" ", "\t"]).lowercased()
            let wordColumn = offset + raw.prefix { $0 == " " || $0 == "\t" }.count
            offset += raw.count + 1
            if word == "*" {
                verdicts = nil
                continue
            }
            guard let v = Verdict(rawValue: word) else {
                return error(
                    line, wordColumn, "unknown verdict '\(word)'; the verdicts are \(LessonParser.verdictNames) and *")
            }
            verdicts?.append(v)
        }
        if verdicts?.isEmpty == true { return error(line, column, "a branch names at least one verdict, or *") }
        updateAsk { $0.branches.append(Lesson.Branch(verdicts: verdicts, target: target, line: line)) }
    }

    mutating func sample(_ rest: String, line: Int, column: Int) {
        guard currentAsk("#!", line: line, column: column) != nil else { return }
        guard let arrow = rest.range(of: "=>", options: .backwards) else {
            return error(line, column, "a sample answer is written '#! ANSWER => VERDICT'")
        }
        let answer = rest[..<arrow.lowerBound].trimmingCharacters(in: [" ", "\t"])
        let word = rest[arrow.upperBound...].trimmingCharacters(in: [" ", "\t"]).lowercased()
        let verdictColumn =
            column + 2 + rest.distance(from: rest.startIndex, to: arrow.upperBound)
            + rest[arrow.upperBound...].prefix { $0 == " " }.count
        guard !answer.isEmpty else { return error(line, column + 2, "the sample answer is empty") }
        guard let verdict = Verdict(rawValue: word) else {
            return error(
                line, verdictColumn, "unknown verdict '\(word)'; the verdicts are \(LessonParser.verdictNames)")
        }
        updateAsk { $0.samples.append(Lesson.Sample(answer: answer, verdict: verdict, line: line, column: column)) }
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
                    line, 1, "the inline question needs at least one 'expect:' line saying what a good answer contains")
            } else if q.needed > q.expectations.count, let (l, c) = neededLines[q.id] {
                error(l, c, "'needed: \(q.needed)' is more than the question's \(q.expectations.count) expectations")
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

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return String(s)
    }
}
