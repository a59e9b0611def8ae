import Foundation
import Yams

/// Reader of one concept file (`concepts/*.yaml`) and its parts.
extension LoadContext {
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
        let contrasts = map.strings("contrasts", required: false) ?? []
        let definition = map.string("definition")
        let why = map.string("why")
        let how = map.strings("how") ?? []
        // The parts are read in the file's order of fields, so problems are reported in it too.
        let examples = readExamples(map, reader)
        let related = readRelations(map, reader)
        let misconceptions = readConceptMisconceptions(map, reader)
        var questions: [Question] = []
        for item in reader.sequence(map.required("questions"), what: "'questions'") ?? [] {
            if let question = readQuestion(item, reader, concept: id ?? "", file: file) { questions.append(question) }
        }
        let examAnswer = map.string("exam-answer", required: false)
        let evidence = readEvidence(map, reader)
        var bkt: BKTParameters?
        if let bktNode = map.value("bkt") {
            bkt = readBKT(bktNode, reader)
        }
        noteConceptReferences(map, group: group, file: file)
        map.rejectUnknownKeys()
        guard let id, let name, let group, let definition, let why else { return }
        checkConcept(
            map, reader, id: id, relative: relative, questionCount: questions.count, name: name, contrasts: contrasts)
        concepts.append(
            Concept(
                id: id, name: name, group: group, sources: sourceIDs, terms: terms, otherSenses: otherSenses,
                definition: definition, why: why, how: how, examples: examples, related: related,
                misconceptions: misconceptions, questions: questions, bkt: bkt, file: file, examAnswer: examAnswer,
                evidence: evidence, contrasts: contrasts))
    }

    /// `examples`: each a plain text, or a `text` with its `source`.
    mutating func readExamples(_ map: YAMLReader.Mapping, _ reader: YAMLReader) -> [Example] {
        var examples: [Example] = []
        for item in reader.sequence(map.required("examples"), what: "'examples'") ?? [] {
            if case .scalar = item {
                if let text = reader.string(item, what: "an example") { examples.append(Example(text: text)) }
                continue
            }
            guard let ex = reader.mapping(item, what: "an example") else { continue }
            let text = ex.string("text")
            let source = ex.string("source", required: false)
            noteSource(source, node: ex.value("source"), file: reader.file)
            ex.rejectUnknownKeys()
            if let text { examples.append(Example(text: text, source: source)) }
        }
        return examples
    }

    /// `related`: the concepts this one is related to, each noted for the validator.
    mutating func readRelations(_ map: YAMLReader.Mapping, _ reader: YAMLReader) -> [Relation] {
        var related: [Relation] = []
        for item in reader.sequence(map.required("related"), what: "'related'") ?? [] {
            guard let rel = reader.mapping(item, what: "a relation") else { continue }
            let concept = rel.string("concept")
            let relation = rel.string("relation")
            rel.rejectUnknownKeys()
            if let concept, let relation {
                let m = Self.mark(rel.value("concept"))
                positions.related[reader.file, default: []].append((concept, m.line, m.column))
                related.append(Relation(concept: concept, relation: relation))
            }
        }
        return related
    }

    /// The concept's own `misconceptions` (a wrong belief and the right one), not a question's.
    mutating func readConceptMisconceptions(_ map: YAMLReader.Mapping, _ reader: YAMLReader)
        -> [ConceptMisconception]
    {
        var misconceptions: [ConceptMisconception] = []
        for item in reader.sequence(map.required("misconceptions"), what: "'misconceptions'") ?? [] {
            guard let mis = reader.mapping(item, what: "a misconception") else { continue }
            let wrong = mis.string("wrong")
            let right = mis.string("right")
            let source = mis.string("source", required: false)
            noteSource(source, node: mis.value("source"), file: reader.file)
            mis.rejectUnknownKeys()
            if let wrong, let right {
                misconceptions.append(ConceptMisconception(wrong: wrong, right: right, source: source))
            }
        }
        return misconceptions
    }

    /// `evidence`: findings, each with at least one source.
    mutating func readEvidence(_ map: YAMLReader.Mapping, _ reader: YAMLReader) -> [Evidence] {
        var evidence: [Evidence] = []
        for item in reader.sequence(map.value("evidence"), what: "'evidence'") ?? [] {
            guard let ev = reader.mapping(item, what: "a finding") else { continue }
            let text = ev.string("text")
            let evSources = ev.strings("sources") ?? []
            if case .sequence(let seq) = ev.value("sources") {
                for node in seq { noteSource(node.scalar?.string, node: node, file: reader.file) }
            }
            if evSources.isEmpty { reader.report("a finding needs at least one source", at: item) }
            ev.rejectUnknownKeys()
            if let text { evidence.append(Evidence(text: text, sources: evSources)) }
        }
        return evidence
    }

    /// Notes where the concept's sources and group are named, for the validator.
    mutating func noteConceptReferences(_ map: YAMLReader.Mapping, group: String?, file: String) {
        if let sourcesNode = map.value("sources"), case .sequence(let seq) = sourcesNode {
            for item in seq {
                noteSource(item.scalar?.string, node: item, file: file)
            }
        }
        if let groupNode = map.value("group"), let group {
            let m = Self.mark(groupNode)
            positions.groupRefs[file] = (group, m.line, m.column)
        }
    }

    /// The checks on a concept read in full: its id against its file name, lists that must
    /// not be empty, and at least two questions.
    mutating func checkConcept(
        _ map: YAMLReader.Mapping, _ reader: YAMLReader, id: String, relative: String, questionCount: Int,
        name: String, contrasts: [String]
    ) {
        let m = Self.mark(map.value("id"))
        positions.conceptIDs.append((id, reader.file, m.line, m.column))
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
        // The two sides of a contrast, each a word of its name ("Lapse versus relapse").
        if let node = map.value("contrasts") {
            let words = contrasts.map { $0.lowercased() }
            let nameWords = Set(name.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init))
            if words.count != 2 || Set(words).count != 2 {
                reader.report("'contrasts' needs the two sides, found \(Set(words).count)", at: node)
            } else if let missing = words.first(where: { !nameWords.contains($0) }) {
                reader.report("'contrasts' side '\(missing)' is not a word of the concept's name", at: node)
            }
        }
        if questionCount < 2 && !reader.hasErrors {
            reader.report(
                "a concept needs at least two questions, found \(questionCount)", at: map.value("questions"))
        }
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
}
