import Foundation
import Yams

/// Reader of one exam item file (`exam/*.yaml`).
extension LoadContext {
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
