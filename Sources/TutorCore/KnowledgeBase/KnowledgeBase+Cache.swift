/// The knowledge base in the knowledge-base cache: it and its models are `Codable`
/// (synthesized), and a decoded one is checked here.
extension KnowledgeBase {
    /// Throws unless the indexes point into the concepts and their questions, as those of a
    /// knowledge base that `init` built: a damaged cache must be refused, not trap on a lookup.
    func checkDecoded() throws {
        guard conceptIndex.values.allSatisfy({ concepts.indices.contains($0) }),
            questionIndex.values.allSatisfy({
                concepts.indices.contains($0.concept) && concepts[$0.concept].questions.indices.contains($0.question)
            })
        else { throw CompactCodingError.invalid("a knowledge-base index out of range") }
    }
}

// Thousands of each in a knowledge base (a mark for every phrasing, a reference for every
// question): each written as its two numbers, read without a keyed container per record.
// The form must list the stored properties as the declarations do.

extension SourceMark: CompactPrimitive {
    func write(to w: inout CompactWriter) {
        line.write(to: &w)
        column.write(to: &w)
    }

    static func read(from r: inout CompactReader) throws -> SourceMark {
        SourceMark(line: try .read(from: &r), column: try .read(from: &r))
    }
}

extension KnowledgeBase.QuestionRef: CompactPrimitive {
    func write(to w: inout CompactWriter) {
        concept.write(to: &w)
        question.write(to: &w)
    }

    static func read(from r: inout CompactReader) throws -> KnowledgeBase.QuestionRef {
        KnowledgeBase.QuestionRef(concept: try .read(from: &r), question: try .read(from: &r))
    }
}
