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
