/// The whole knowledge base as one JSON document, for other programs.
public enum KnowledgeExport {
    /// The document: groups, sources, concepts, intents and exam items, in the knowledge base's order.
    public static func json(_ kb: KnowledgeBase) -> JSON {
        .object([
            ("groups", .array(kb.groups.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
            ("sources", .array(kb.sources.map(source))),
            ("concepts", .array(kb.concepts.map(concept))),
            (
                "intents",
                .array(
                    Intent.allCases.map { intent in
                        .object([
                            ("id", .string(intent.rawValue)),
                            ("cues", strings(kb.intentCues.filter { $0.intent == intent }.map(\.cue))),
                        ])
                    })
            ),
            ("exam_items", .array(kb.examItems.map(examItem))),
        ])
    }

    private static func strings(_ list: [String]) -> JSON { .array(list.map { .string($0) }) }

    private static func source(_ s: Source) -> JSON {
        .object([
            ("id", .string(s.id)), ("title", .string(s.title)),
            ("file", s.file.map { .string($0) } ?? .null),
            ("authors", s.authors.map { .string($0) } ?? .null),
            ("year", s.year.map { .string($0) } ?? .null), ("cited_as", .string(s.short)),
        ])
    }

    private static func concept(_ c: Concept) -> JSON {
        .object([
            ("id", .string(c.id)), ("name", .string(c.name)), ("group", .string(c.group)),
            ("sources", strings(c.sources)), ("terms", strings(c.terms)), ("other_senses", strings(c.otherSenses)),
            ("definition", .string(c.definition)), ("why", .string(c.why)),
            ("exam_answer", c.examAnswer.map { .string($0) } ?? .null),
            (
                "evidence",
                .array(c.evidence.map { .object([("text", .string($0.text)), ("sources", strings($0.sources))]) })
            ),
            ("how", strings(c.how)),
            (
                "examples",
                .array(
                    c.examples.map {
                        .object([("text", .string($0.text)), ("source", $0.source.map { .string($0) } ?? .null)])
                    })
            ),
            (
                "related",
                .array(
                    c.related.map {
                        .object([("concept", .string($0.concept)), ("relation", .string($0.relation))])
                    })
            ),
            (
                "misconceptions",
                .array(
                    c.misconceptions.map {
                        .object([
                            ("wrong", .string($0.wrong)), ("right", .string($0.right)),
                            ("source", $0.source.map { .string($0) } ?? .null),
                        ])
                    })
            ),
            ("questions", .array(c.questions.map(question))),
        ])
    }

    private static func question(_ q: Question) -> JSON {
        .object([
            ("id", .string(q.id)), ("text", .string(q.text)), ("needed", .number(Double(q.needed))),
            ("level", .string(q.level.rawValue)),
            ("expectations", .array(q.expectations.map(idea))),
            ("misconceptions", .array(q.misconceptions.map(idea))),
        ])
    }

    private static func idea(_ i: Idea) -> JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(i.id)), ("text", .string(i.text)), ("phrasings", strings(i.phrasings)),
        ]
        if let h = i.hint { fields.append(("hint", .string(h))) }
        if let p = i.prompt { fields.append(("prompt", .string(p))) }
        if let c = i.correction { fields.append(("correction", .string(c))) }
        if let s = i.source { fields.append(("source", .string(s))) }
        return .object(fields)
    }

    private static func examItem(_ item: ExamItem) -> JSON {
        .object([
            ("id", .string(item.id)), ("stem", .string(item.stem)),
            (
                "options",
                .array(item.options.map { .object([("text", .string($0.text)), ("why", .string($0.explanation))]) })
            ),
            ("key", .string(["A", "B", "C", "D"][item.key])), ("concepts", strings(item.concepts)),
            ("sources", strings(item.sources)),
        ])
    }
}
