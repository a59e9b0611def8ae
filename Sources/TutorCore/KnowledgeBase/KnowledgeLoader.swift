import Foundation
import Yams

/// A file's display path and its text, as the executable read it from disk.
public struct SourceFile: Sendable {
    public var path: String
    public var contents: String
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Builds a `KnowledgeBase` from the files of a knowledge folder, reporting every problem.
///
/// Files are recognized by their path relative to the folder: `sources.yaml`, `groups.yaml`,
/// `intents.yaml`, `lexicon.yaml`, `concepts/*.yaml` and `exam/*.yaml`.
public enum KnowledgeLoader {
    /// Loads and validates; throws `DiagnosticsError` with every error (warnings are kept in
    /// `warnings`).
    public static func load(
        root: String, files: [SourceFile], checkSpec: Bool = true
    ) throws -> (KnowledgeBase, warnings: [Diagnostic]) {
        var context = LoadContext(root: root)
        for file in files.sorted(by: { $0.path < $1.path }) {
            context.read(file)
        }
        context.requireFiles()
        // Concepts in the order a learner meets them: by group, then the specification's order.
        let groupOrder = Dictionary(uniqueKeysWithValues: context.groups.enumerated().map { ($1.id, $0) })
        let specOrder = Dictionary(
            SpecContract.allConceptIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let concepts = context.concepts.sorted {
            (groupOrder[$0.group] ?? Int.max, specOrder[$0.id] ?? Int.max, $0.id)
                < (groupOrder[$1.group] ?? Int.max, specOrder[$1.id] ?? Int.max, $1.id)
        }
        let kb = KnowledgeBase(
            groups: context.groups, sources: context.sources, concepts: concepts,
            intentCues: context.cues, lexicon: context.lexicon ?? Lexicon(), examItems: context.examItems)
        var diagnostics = context.diagnostics
        diagnostics += KnowledgeValidator(kb: kb, root: root, checkSpec: checkSpec, positions: context.positions)
            .validate()
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticsError(diagnostics) }
        return (kb, diagnostics.filter { $0.severity == .warning })
    }
}

/// Where ids were written, so the validator can point at them.
struct Positions {
    var related: [String: [(id: String, line: Int, column: Int)]] = [:]
    var sourceRefs: [String: [(id: String, line: Int, column: Int)]] = [:]
    var groupRefs: [String: (id: String, line: Int, column: Int)] = [:]
    var conceptRefs: [String: [(id: String, line: Int, column: Int)]] = [:]
    var questionIDs: [(id: String, file: String, line: Int, column: Int)] = []
    var conceptIDs: [(id: String, file: String, line: Int, column: Int)] = []
    var declaredConcepts: Set<String> = []
    /// The text of each file that is not valid YAML, by path: what it holds is unknown, so
    /// checks that would miss its contents stay quiet rather than add knock-on errors.
    var unreadable: [String: String] = [:]
    /// The text of each concept or exam file that had any error, by path: a concept or item
    /// it may have lost is not also reported missing from the specification.
    var withErrors: [String: String] = [:]
}

struct LoadContext {
    let root: String
    var groups: [ConceptGroup] = []
    var sources: [Source] = []
    var concepts: [Concept] = []
    var cues: [IntentCue] = []
    var lexicon: Lexicon?
    var examItems: [ExamItem] = []
    var diagnostics: [Diagnostic] = []
    var positions = Positions()
    private var seen: Set<String> = []

    init(root: String) { self.root = root }

    func display(_ relative: String) -> String { root.isEmpty ? relative : "\(root)/\(relative)" }

    mutating func read(_ file: SourceFile) {
        let relative = file.path
        let reader = YAMLReader(file: display(relative))
        seen.insert(relative)
        if relative.hasPrefix("concepts/") {
            // A concept file that cannot be read still declares its concept by its name.
            positions.declaredConcepts.insert(String(relative.dropFirst(9).prefix { $0 != "." }))
        }
        defer {
            diagnostics += reader.diagnostics
            if reader.hasErrors { positions.withErrors[relative] = file.contents }
        }
        guard let node = reader.compose(file.contents) else {
            if !reader.hasErrors { reader.report("the file is empty", line: 1, column: 1) }
            positions.unreadable[relative] = file.contents
            return
        }
        switch relative {
        case "sources.yaml": readSources(node, reader)
        case "groups.yaml": readGroups(node, reader)
        case "intents.yaml": readIntents(node, reader)
        case "lexicon.yaml": readLexicon(node, reader)
        default:
            if relative.hasPrefix("concepts/") && relative.hasSuffix(".yaml") {
                readConcept(node, reader, relative: relative)
            } else if relative.hasPrefix("exam/") && relative.hasSuffix(".yaml") {
                readExamItem(node, reader, relative: relative)
            }
        }
    }

    mutating func requireFiles() {
        for name in ["sources.yaml", "groups.yaml", "intents.yaml", "lexicon.yaml"] where !seen.contains(name) {
            diagnostics.append(
                Diagnostic(file: display(name), line: 1, column: 1, message: "required file is missing"))
        }
        if !seen.contains(where: { $0.hasPrefix("concepts/") }) {
            diagnostics.append(
                Diagnostic(file: display("concepts"), line: 1, column: 1, message: "no concept files found"))
        }
    }

    private static func mark(_ node: Node?) -> (line: Int, column: Int) {
        (node?.mark?.line ?? 1, node?.mark?.column ?? 1)
    }

    mutating func readSources(_ node: Node, _ reader: YAMLReader) {
        for item in reader.sequence(node, what: "the list of sources") ?? [] {
            guard let map = reader.mapping(item, what: "a source") else { continue }
            let id = map.string("id")
            let title = map.string("title")
            let file = map.string("file", required: false)
            let authors = map.string("authors", required: false)
            let year = map.string("year", required: false)
            map.rejectUnknownKeys()
            if file == nil && (authors == nil || year == nil) {
                reader.report(
                    "a published source needs 'authors' and 'year' (learners see it cited as \"Authors (year)\")",
                    at: item)
            }
            if let id, let title {
                if sources.contains(where: { $0.id == id }) {
                    reader.report("duplicate source id '\(id)'", at: map.value("id"))
                }
                sources.append(Source(id: id, title: title, file: file, authors: authors, year: year))
            }
        }
    }

    mutating func readGroups(_ node: Node, _ reader: YAMLReader) {
        for item in reader.sequence(node, what: "the list of groups") ?? [] {
            guard let map = reader.mapping(item, what: "a group") else { continue }
            let id = map.string("id")
            let name = map.string("name")
            map.rejectUnknownKeys()
            if let id, let name {
                if groups.contains(where: { $0.id == id }) { reader.report("duplicate group id '\(id)'", at: item) }
                groups.append(ConceptGroup(id: id, name: name))
            }
        }
    }

    mutating func readIntents(_ node: Node, _ reader: YAMLReader) {
        for item in reader.sequence(node, what: "the list of intents") ?? [] {
            guard let map = reader.mapping(item, what: "an intent") else { continue }
            let name = map.string("intent")
            let cueNodes = reader.sequence(map.required("cues"), what: "'cues'") ?? []
            map.rejectUnknownKeys()
            guard let name else { continue }
            guard let intent = Intent(rawValue: name) else {
                let known = Intent.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report("unknown intent '\(name)' (expected one of: \(known))", at: map.value("intent"))
                continue
            }
            for cueNode in cueNodes {
                if case .scalar = cueNode {
                    if let cue = reader.string(cueNode, what: "a cue") {
                        cues.append(IntentCue(intent: intent, cue: cue, weight: 1))
                    }
                    continue
                }
                guard let cueMap = reader.mapping(cueNode, what: "a cue") else { continue }
                let cue = cueMap.string("cue")
                let weight = cueMap.value("weight").flatMap { reader.number($0, what: "'weight'") } ?? 1
                cueMap.rejectUnknownKeys()
                if weight <= 0 { reader.report("'weight' must be greater than 0", at: cueMap.value("weight")) }
                if let cue { cues.append(IntentCue(intent: intent, cue: cue, weight: weight)) }
            }
        }
    }

    mutating func readLexicon(_ node: Node, _ reader: YAMLReader) {
        guard let map = reader.mapping(node, what: "the lexicon") else { return }
        var lexicon = Lexicon()
        lexicon.stopwords = map.strings("stopwords") ?? []
        lexicon.negations = map.strings("negations") ?? []
        lexicon.clauseBreaks = map.strings("clause-breaks", required: false) ?? []
        lexicon.rejections = map.strings("rejections", required: false) ?? []
        lexicon.domain = map.strings("domain", required: false) ?? []
        lexicon.offTopic = map.strings("off-topic", required: false) ?? []
        for group in reader.sequence(map.value("synonyms"), what: "'synonyms'") ?? [] {
            if let words = reader.strings(group, what: "a synonym group") {
                if words.count < 2 { reader.report("a synonym group needs at least two words", at: group) }
                lexicon.synonyms.append(words)
            }
        }
        map.rejectUnknownKeys()
        self.lexicon = lexicon
    }

    mutating func readConcept(_ node: Node, _ reader: YAMLReader, relative: String) {
        guard let map = reader.mapping(node, what: "the concept") else { return }
        let file = reader.file
        let id = map.string("id")
        if let id { positions.declaredConcepts.insert(id) }
        let name = map.string("name")
        let group = map.string("group")
        let sourceIDs = map.strings("sources") ?? []
        let terms = map.strings("terms") ?? []
        let otherSenses = map.strings("other-senses", required: false) ?? []
        let definition = map.string("definition")
        let why = map.string("why")
        let how = map.strings("how") ?? []
        var examples: [Example] = []
        for item in reader.sequence(map.required("examples"), what: "'examples'") ?? [] {
            if case .scalar = item {
                if let text = reader.string(item, what: "an example") { examples.append(Example(text: text)) }
                continue
            }
            guard let ex = reader.mapping(item, what: "an example") else { continue }
            let text = ex.string("text")
            let source = ex.string("source", required: false)
            noteSource(source, node: ex.value("source"), file: file)
            ex.rejectUnknownKeys()
            if let text { examples.append(Example(text: text, source: source)) }
        }
        var related: [Relation] = []
        for item in reader.sequence(map.required("related"), what: "'related'") ?? [] {
            guard let rel = reader.mapping(item, what: "a relation") else { continue }
            let concept = rel.string("concept")
            let relation = rel.string("relation")
            rel.rejectUnknownKeys()
            if let concept, let relation {
                let m = Self.mark(rel.value("concept"))
                positions.related[file, default: []].append((concept, m.line, m.column))
                related.append(Relation(concept: concept, relation: relation))
            }
        }
        var misconceptions: [ConceptMisconception] = []
        for item in reader.sequence(map.required("misconceptions"), what: "'misconceptions'") ?? [] {
            guard let mis = reader.mapping(item, what: "a misconception") else { continue }
            let wrong = mis.string("wrong")
            let right = mis.string("right")
            let source = mis.string("source", required: false)
            noteSource(source, node: mis.value("source"), file: file)
            mis.rejectUnknownKeys()
            if let wrong, let right {
                misconceptions.append(ConceptMisconception(wrong: wrong, right: right, source: source))
            }
        }
        var questions: [Question] = []
        for item in reader.sequence(map.required("questions"), what: "'questions'") ?? [] {
            if let question = readQuestion(item, reader, concept: id ?? "", file: file) { questions.append(question) }
        }
        let examAnswer = map.string("exam-answer", required: false)
        var evidence: [Evidence] = []
        for item in reader.sequence(map.value("evidence"), what: "'evidence'") ?? [] {
            guard let ev = reader.mapping(item, what: "a finding") else { continue }
            let text = ev.string("text")
            let evSources = ev.strings("sources") ?? []
            if case .sequence(let seq) = ev.value("sources") {
                for node in seq { noteSource(node.scalar?.string, node: node, file: file) }
            }
            if evSources.isEmpty { reader.report("a finding needs at least one source", at: item) }
            ev.rejectUnknownKeys()
            if let text { evidence.append(Evidence(text: text, sources: evSources)) }
        }
        var bkt: BKTParameters?
        if let bktNode = map.value("bkt") {
            bkt = readBKT(bktNode, reader)
        }
        if let sourcesNode = map.value("sources"), case .sequence(let seq) = sourcesNode {
            for item in seq {
                noteSource(item.scalar?.string, node: item, file: file)
            }
        }
        if let groupNode = map.value("group"), let group {
            let m = Self.mark(groupNode)
            positions.groupRefs[file] = (group, m.line, m.column)
        }
        map.rejectUnknownKeys()
        guard let id, let name, let group, let definition, let why else { return }
        let m = Self.mark(map.value("id"))
        positions.conceptIDs.append((id, file, m.line, m.column))
        let expected = "concepts/\(id).yaml"
        if relative != expected {
            reader.report("concept id '\(id)' does not match its file name (expected \(expected))", at: map.value("id"))
        }
        func isEmptyList(_ key: String) -> Bool {
            if case .sequence(let seq) = map.value(key) { return seq.isEmpty }
            return false
        }
        if isEmptyList("terms") { reader.report("'terms' needs at least one term", at: map.value("terms")) }
        if isEmptyList("how") { reader.report("'how' needs at least one step", at: map.value("how")) }
        if isEmptyList("examples") { reader.report("'examples' needs at least one example", at: map.value("examples")) }
        if isEmptyList("sources") { reader.report("'sources' needs at least one source", at: map.value("sources")) }
        if questions.count < 2 && !reader.hasErrors {
            reader.report(
                "a concept needs at least two questions, found \(questions.count)", at: map.value("questions"))
        }
        concepts.append(
            Concept(
                id: id, name: name, group: group, sources: sourceIDs, terms: terms, otherSenses: otherSenses,
                definition: definition, why: why, how: how, examples: examples, related: related,
                misconceptions: misconceptions, questions: questions, bkt: bkt, file: file, examAnswer: examAnswer,
                evidence: evidence))
    }

    mutating func noteSource(_ id: String?, node: Node?, file: String) {
        guard let id else { return }
        let m = Self.mark(node)
        positions.sourceRefs[file, default: []].append((id, m.line, m.column))
    }

    func readBKT(_ node: Node, _ reader: YAMLReader) -> BKTParameters? {
        guard let map = reader.mapping(node, what: "'bkt'") else { return nil }
        var p = BKTParameters.defaults
        func read(_ key: String, _ into: inout Double) {
            guard let n = map.value(key), let v = reader.number(n, what: "'\(key)'") else { return }
            if v < 0 || v > 1 { reader.report("'\(key)' must be between 0 and 1, found \(v)", at: n) } else { into = v }
        }
        read("prior", &p.prior)
        read("learn", &p.learn)
        read("guess", &p.guess)
        read("slip", &p.slip)
        map.rejectUnknownKeys()
        if p.guess + p.slip >= 1 {
            reader.report("'guess' + 'slip' must be below 1 for evidence to mean anything", at: node)
        }
        return p
    }

    mutating func readQuestion(_ node: Node, _ reader: YAMLReader, concept: String, file: String) -> Question? {
        guard let map = reader.mapping(node, what: "a question") else { return nil }
        let id = map.string("id")
        let text = map.string("text")
        let neededNode = map.value("needed")
        var level = QuestionLevel.recall
        if let levelName = map.string("level", required: false) {
            if let known = QuestionLevel(rawValue: levelName) {
                level = known
            } else {
                let names = QuestionLevel.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report("unknown level '\(levelName)' (expected one of: \(names))", at: map.value("level"))
            }
        }
        let needed = neededNode.flatMap { reader.number($0, what: "'needed'") }
        let expectations = readIdeas(map.required("expectations"), reader, what: "an expectation", misconception: false)
        let misconceptions =
            readIdeas(map.value("misconceptions"), reader, what: "a misconception", misconception: true)
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

    mutating func readExamItem(_ node: Node, _ reader: YAMLReader, relative: String) {
        guard let map = reader.mapping(node, what: "the exam item") else { return }
        let id = map.string("id")
        let stem = map.string("stem")
        let keyText = map.string("key")
        let concepts = map.strings("concepts") ?? []
        let sourceIDs = map.strings("sources") ?? []
        if let conceptsNode = map.value("concepts"), case .sequence(let seq) = conceptsNode {
            for c in seq {
                let m = Self.mark(c)
                positions.conceptRefs[reader.file, default: []].append((c.scalar?.string ?? "", m.line, m.column))
            }
        }
        if let sourcesNode = map.value("sources"), case .sequence(let seq) = sourcesNode {
            for s in seq { noteSource(s.scalar?.string, node: s, file: reader.file) }
        }
        var options: [ExamOption] = []
        let optionNodes = reader.sequence(map.required("options"), what: "'options'") ?? []
        for item in optionNodes {
            guard let o = reader.mapping(item, what: "an option") else { continue }
            let text = o.string("text")
            let why = o.string("why")
            o.rejectUnknownKeys()
            if let text, let why { options.append(ExamOption(text: text, explanation: why)) }
        }
        map.rejectUnknownKeys()
        guard let id, let stem, let keyText else { return }
        if relative != "exam/\(id).yaml" {
            reader.report(
                "exam item id '\(id)' does not match its file name (expected exam/\(id).yaml)", at: map.value("id"))
        }
        if optionNodes.count != 4 {
            reader.report(
                "an exam item needs exactly four options, found \(optionNodes.count)", at: map.value("options"))
        }
        let lowered = options.map { $0.text.lowercased() }
        if Set(lowered).count != lowered.count {
            reader.report("the options of an exam item must be distinct", at: map.value("options"))
        }
        let letters = ["A", "B", "C", "D"]
        guard let key = letters.firstIndex(of: keyText.uppercased()) else {
            reader.report("'key' must be one of A, B, C or D, found '\(keyText)'", at: map.value("key"))
            return
        }
        if concepts.isEmpty { reader.report("'concepts' needs at least one concept", at: map.value("concepts")) }
        examItems.append(
            ExamItem(
                id: id, stem: stem, options: options, key: key, concepts: concepts, sources: sourceIDs,
                file: reader.file))
    }
}
