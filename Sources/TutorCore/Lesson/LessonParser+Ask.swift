import Foundation

/// The lines of an `ask:` and what belongs under it: the inline question's settings, ideas,
/// corrections, branches and sample answers.
extension LessonParser.Parser {
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
}
