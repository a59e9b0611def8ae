// The knowledge base's models in the cache's binary form (see `BinaryCoding.swift`). Each
// type writes every stored property, in declaration order; `BinaryCacheTests` checks that a
// decoded value equals the original field by field (through reflection), so a property
// added later and forgotten here fails a test.

extension KnowledgeBase: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(groups)
        w.put(sources)
        w.put(concepts)
        w.put(intentCues)
        w.put(lexicon)
        w.put(examItems)
    }

    public init(from r: inout BinaryReader) throws {
        // The indexes are rebuilt by the initializer.
        self.init(
            groups: try r.get(), sources: try r.get(), concepts: try r.get(), intentCues: try r.get(),
            lexicon: try r.get(), examItems: try r.get())
    }
}

extension ConceptGroup: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(id)
        w.put(name)
    }

    public init(from r: inout BinaryReader) throws {
        id = try r.get()
        name = try r.get()
    }
}

extension Source: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(id)
        w.put(title)
        w.put(file)
        w.put(authors)
        w.put(year)
    }

    public init(from r: inout BinaryReader) throws {
        id = try r.get()
        title = try r.get()
        file = try r.get()
        authors = try r.get()
        year = try r.get()
    }
}

extension Concept: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(id)
        w.put(name)
        w.put(group)
        w.put(sources)
        w.put(terms)
        w.put(otherSenses)
        w.put(definition)
        w.put(why)
        w.put(how)
        w.put(examples)
        w.put(related)
        w.put(misconceptions)
        w.put(questions)
        w.put(bkt)
        w.put(file)
        w.put(examAnswer)
        w.put(evidence)
    }

    public init(from r: inout BinaryReader) throws {
        id = try r.get()
        name = try r.get()
        group = try r.get()
        sources = try r.get()
        terms = try r.get()
        otherSenses = try r.get()
        definition = try r.get()
        why = try r.get()
        how = try r.get()
        examples = try r.get()
        related = try r.get()
        misconceptions = try r.get()
        questions = try r.get()
        bkt = try r.get()
        file = try r.get()
        examAnswer = try r.get()
        evidence = try r.get()
    }
}

extension Example: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(text)
        w.put(source)
    }

    public init(from r: inout BinaryReader) throws {
        text = try r.get()
        source = try r.get()
    }
}

extension Relation: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(concept)
        w.put(relation)
    }

    public init(from r: inout BinaryReader) throws {
        concept = try r.get()
        relation = try r.get()
    }
}

extension ConceptMisconception: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(wrong)
        w.put(right)
        w.put(source)
    }

    public init(from r: inout BinaryReader) throws {
        wrong = try r.get()
        right = try r.get()
        source = try r.get()
    }
}

extension Question: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(id)
        w.put(concept)
        w.put(text)
        w.put(needed)
        w.put(expectations)
        w.put(misconceptions)
        w.put(samples)
        w.put(file)
        w.put(level.rawValue)
    }

    public init(from r: inout BinaryReader) throws {
        id = try r.get()
        concept = try r.get()
        text = try r.get()
        needed = try r.get()
        expectations = try r.get()
        misconceptions = try r.get()
        samples = try r.get()
        file = try r.get()
        let levelName: String = try r.get()
        guard let level = QuestionLevel(rawValue: levelName) else {
            throw BinaryReader.Failure.invalid("question level \(levelName)")
        }
        self.level = level
    }
}

extension Evidence: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(text)
        w.put(sources)
    }

    public init(from r: inout BinaryReader) throws {
        text = try r.get()
        sources = try r.get()
    }
}

extension Idea: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(id)
        w.put(text)
        w.put(phrasings)
        w.put(hint)
        w.put(prompt)
        w.put(correction)
        w.put(source)
        w.put(mark)
        w.put(phrasingMarks)
    }

    public init(from r: inout BinaryReader) throws {
        id = try r.get()
        text = try r.get()
        phrasings = try r.get()
        hint = try r.get()
        prompt = try r.get()
        correction = try r.get()
        source = try r.get()
        mark = try r.get()
        phrasingMarks = try r.get()
    }
}

extension SourceMark: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(line)
        w.put(column)
    }

    public init(from r: inout BinaryReader) throws {
        line = try r.get()
        column = try r.get()
    }
}

extension SampleAnswer: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(answer)
        w.put(covered)
        w.put(misconceptions)
        w.put(verdict)
        w.put(line)
        w.put(column)
    }

    public init(from r: inout BinaryReader) throws {
        answer = try r.get()
        covered = try r.get()
        misconceptions = try r.get()
        verdict = try r.get()
        line = try r.get()
        column = try r.get()
    }
}

extension BKTParameters: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(prior)
        w.put(learn)
        w.put(guess)
        w.put(slip)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(prior: try r.get(), learn: try r.get(), guess: try r.get(), slip: try r.get())
    }
}

extension IntentCue: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(intent)
        w.put(cue)
        w.put(weight)
    }

    public init(from r: inout BinaryReader) throws {
        intent = try r.get()
        cue = try r.get()
        weight = try r.get()
    }
}

extension Lexicon: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(stopwords)
        w.put(negations)
        w.put(clauseBreaks)
        w.put(rejections)
        w.put(synonyms)
        w.put(domain)
        w.put(offTopic)
    }

    public init(from r: inout BinaryReader) throws {
        self.init(
            stopwords: try r.get(), negations: try r.get(), clauseBreaks: try r.get(), rejections: try r.get(),
            synonyms: try r.get(), domain: try r.get(), offTopic: try r.get())
    }
}

extension ExamItem: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(id)
        w.put(stem)
        w.put(options)
        w.put(key)
        w.put(concepts)
        w.put(sources)
        w.put(file)
    }

    public init(from r: inout BinaryReader) throws {
        id = try r.get()
        stem = try r.get()
        options = try r.get()
        key = try r.get()
        concepts = try r.get()
        sources = try r.get()
        file = try r.get()
    }
}

extension ExamOption: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(text)
        w.put(explanation)
    }

    public init(from r: inout BinaryReader) throws {
        text = try r.get()
        explanation = try r.get()
    }
}

/// Enums with string raw values are written as their raw values.
extension BinaryCodable where Self: RawRepresentable, Self.RawValue == String {
    public func encode(to w: inout BinaryWriter) { w.put(rawValue) }

    public init(from r: inout BinaryReader) throws {
        let raw = try r.get(String.self)
        guard let value = Self(rawValue: raw) else { throw BinaryReader.Failure.invalid("\(Self.self) '\(raw)'") }
        self = value
    }
}

extension Intent: BinaryCodable {}
extension Verdict: BinaryCodable {}
