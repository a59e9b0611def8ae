import Foundation
import Yams

/// Readers of a concept's questions, their expectations, misconceptions and sample answers.
extension LoadContext {
    mutating func readQuestion(_ node: Node, _ reader: YAMLReader, concept: String, file: String) -> Question? {
        guard let map = reader.mapping(node, what: "a question") else { return nil }
        let id = map.string("id")
        let text = map.string("text")
        let neededNode = map.value("needed")
        let level = readLevel(map, reader)
        let needed = neededNode.flatMap { reader.number($0, what: "'needed'") }
        let expectations = readIdeas(map.required("expectations"), reader, what: "an expectation", misconception: false)
        let misconceptions =
            readIdeas(map.value("misconceptions"), reader, what: "a misconception", misconception: true)
        let samples = readSamples(map, reader, expectations: expectations, misconceptions: misconceptions)
        map.rejectUnknownKeys()
        guard let id, let text else { return nil }
        let m = Self.mark(map.value("id"))
        positions.questionIDs.append((id, file, m.line, m.column))
        if expectations.isEmpty { reader.report("question '\(id)' has no expectations", at: node) }
        var count = expectations.count
        if let needed {
            if needed < 1 || needed > Double(expectations.count) || needed != needed.rounded() {
                reader.report(
                    "'needed' must be a whole number from 1 to \(expectations.count), found \(needed)", at: neededNode)
            } else {
                count = Int(needed)
            }
        }
        return Question(
            id: id, concept: concept, text: text, needed: max(1, count), expectations: expectations,
            misconceptions: misconceptions, samples: samples, file: file, level: level)
    }

    /// The question's `level`, `recall` when it has none (or an unknown one, reported).
    func readLevel(_ map: YAMLReader.Mapping, _ reader: YAMLReader) -> QuestionLevel {
        guard let levelName = map.string("level", required: false) else { return .recall }
        if let known = QuestionLevel(rawValue: levelName) { return known }
        let names = QuestionLevel.allCases.map(\.rawValue).joined(separator: ", ")
        reader.report("unknown level '\(levelName)' (expected one of: \(names))", at: map.value("level"))
        return .recall
    }

    /// `samples`: answers with the verdict they must get, naming only the question's own ideas.
    func readSamples(
        _ map: YAMLReader.Mapping, _ reader: YAMLReader, expectations: [Idea], misconceptions: [Idea]
    ) -> [SampleAnswer] {
        var samples: [SampleAnswer] = []
        for item in reader.sequence(map.value("samples"), what: "'samples'") ?? [] {
            guard let s = reader.mapping(item, what: "a sample answer") else { continue }
            let answer = s.string("answer")
            let covered = s.strings("covered", required: false) ?? []
            let mis = s.strings("misconceptions", required: false) ?? []
            let verdictText = s.string("verdict")
            s.rejectUnknownKeys()
            for c in covered where !expectations.contains(where: { $0.id == c }) {
                reader.report("sample answer covers unknown expectation '\(c)'", at: s.value("covered"))
            }
            for c in mis where !misconceptions.contains(where: { $0.id == c }) {
                reader.report("sample answer shows unknown misconception '\(c)'", at: s.value("misconceptions"))
            }
            guard let answer, let verdictText else { continue }
            guard let verdict = Verdict(rawValue: verdictText) else {
                let known = Verdict.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report("unknown verdict '\(verdictText)' (expected one of: \(known))", at: s.value("verdict"))
                continue
            }
            samples.append(
                SampleAnswer(
                    answer: answer, covered: covered, misconceptions: mis, verdict: verdict,
                    line: item.mark?.line ?? 1, column: item.mark?.column ?? 1))
        }
        return samples
    }

    mutating func readIdeas(_ node: Node?, _ reader: YAMLReader, what: String, misconception: Bool) -> [Idea] {
        var ideas: [Idea] = []
        for item in reader.sequence(node, what: what == "an expectation" ? "'expectations'" : "'misconceptions'")
            ?? []
        {
            guard let map = reader.mapping(item, what: what) else { continue }
            let id = map.string("id")
            let text = map.string("text")
            let phrasings = map.strings("phrasings") ?? []
            let hint = map.string("hint", required: false)
            let prompt = map.string("prompt", required: false)
            let correction = misconception ? map.string("correction", required: false) : nil
            let source = map.string("source", required: false)
            noteSource(source, node: map.value("source"), file: reader.file)
            map.rejectUnknownKeys()
            guard let id, let text else { continue }
            if ideas.contains(where: { $0.id == id }) {
                reader.report("duplicate id '\(id)' in this question", at: map.value("id"))
            }
            if phrasings.isEmpty {
                reader.report("'phrasings' needs at least one phrasing", at: map.value("phrasings"))
            }
            var phrasingMarks: [SourceMark] = []
            if case .sequence(let seq) = map.value("phrasings") {
                phrasingMarks = seq.map { SourceMark(line: $0.mark?.line ?? 1, column: $0.mark?.column ?? 1) }
            }
            ideas.append(
                Idea(
                    id: id, text: text, phrasings: phrasings, hint: hint, prompt: prompt, correction: correction,
                    source: source, mark: SourceMark(line: item.mark?.line ?? 1, column: item.mark?.column ?? 1),
                    phrasingMarks: phrasingMarks.count == phrasings.count ? phrasingMarks : []))
        }
        return ideas
    }
}
