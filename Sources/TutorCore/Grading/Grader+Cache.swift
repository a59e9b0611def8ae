/// The grader's part of the knowledge-base cache.
extension Grader {
    /// Writes the compiled questions (not the analyzer, which is written on its own).
    func encode(to w: inout BinaryWriter) {
        Self.writeCompiled(compiled, to: &w)
        w.put(dontKnow)
    }

    /// Compiled questions, each naming its question by id (found with `questions`).
    static func readCompiled(
        from r: inout BinaryReader, questions: (String) -> Question?
    ) throws -> [String: CompiledQuestion] {
        let n = try r.count()
        var out: [String: CompiledQuestion] = [:]
        out.reserveCapacity(n)
        for _ in 0..<n {
            let id = try r.get(String.self)
            guard let question = questions(id) else { throw BinaryReader.Failure.invalid("no question '\(id)'") }
            out[id] = CompiledQuestion(question: question, expectations: try r.get(), misconceptions: try r.get())
        }
        guard out.count == n else { throw BinaryReader.Failure.invalid("a repeated question") }
        return out
    }

    static func writeCompiled(_ compiled: [String: CompiledQuestion], to w: inout BinaryWriter) {
        w.putUnsigned(UInt64(compiled.count))
        for id in compiled.keys.sorted() {
            let q = compiled[id]!
            w.put(id)
            w.put(q.expectations)
            w.put(q.misconceptions)
        }
    }
}

extension Grader.Pattern: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.put(stems)
        w.put(negated)
        w.put(weights)
    }

    init(from r: inout BinaryReader) throws {
        stems = try r.get()
        negated = try r.get()
        weights = try r.get()
        guard stems.count == negated.count, weights.isEmpty || weights.count == stems.count else {
            throw BinaryReader.Failure.invalid("a pattern's lengths differ")
        }
    }
}

extension Grader.CompiledIdea: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.put(id)
        w.put(patterns)
        w.put(statement)
        w.put(agent)
        w.put(distinctive)
    }

    init(from r: inout BinaryReader) throws {
        id = try r.get()
        patterns = try r.get()
        statement = try r.get()
        agent = try r.get()
        distinctive = try r.get()
    }
}
