import Foundation
import Yams

/// Readers of the folder's four top-level files: the sources, groups, intents and lexicon.
extension LoadContext {
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
                } else {
                    sources.append(Source(id: id, title: title, file: file, authors: authors, year: year))
                }
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
                if groups.contains(where: { $0.id == id }) {
                    reader.report("duplicate group id '\(id)'", at: map.value("id"))
                } else {
                    groups.append(ConceptGroup(id: id, name: name))
                }
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
        lexicon.situations = readSituations(map.value("situations"), reader)
        map.rejectUnknownKeys()
        self.lexicon = lexicon
    }

    /// The lexicon's situations: a concept and the slots a line must fill to tell it.
    private mutating func readSituations(_ node: Node?, _ reader: YAMLReader) -> [Situation] {
        guard let node else { return [] }
        var out: [Situation] = []
        for item in reader.sequence(node, what: "'situations'") ?? [] {
            guard let map = reader.mapping(item, what: "a situation") else { continue }
            let concept = map.string("concept")
            let slots = map.strings("when") ?? []
            let weight = map.value("weight").flatMap { reader.number($0, what: "'weight'") } ?? 3
            map.rejectUnknownKeys()
            if slots.isEmpty { reader.report("a situation needs at least one slot in 'when'", at: item) }
            if weight <= 0 { reader.report("'weight' must be greater than 0", at: map.value("weight")) }
            guard let concept else { continue }
            let m = Self.mark(map.value("concept"))
            positions.conceptRefs[reader.file, default: []].append((concept, m.line, m.column))
            out.append(Situation(concept: concept, slots: slots, weight: weight))
        }
        return out
    }
}
