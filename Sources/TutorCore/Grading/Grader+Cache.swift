/// The grader in the knowledge-base cache: it is `Codable` (synthesized), and a decoded one
/// is checked here.
extension Grader {
    /// Throws unless every compiled idea's lists agree in length, as in a grader that
    /// `init(kb:analyzer:)` built: the matching walks them side by side, and a damaged
    /// cache must be refused, not trap.
    func checkDecoded() throws {
        try Self.checkDecoded(compiled)
    }

    /// The same check for compiled questions kept elsewhere (a lesson's).
    static func checkDecoded(_ compiled: [String: CompiledQuestion]) throws {
        for question in compiled.values {
            for idea in question.expectations + question.misconceptions {
                let statement = idea.statement.map { [$0] } ?? []
                for pattern in idea.patterns + statement {
                    guard pattern.stems.count == pattern.negated.count,
                        pattern.weights.isEmpty || pattern.weights.count == pattern.stems.count
                    else { throw CompactCodingError.invalid("a pattern's lengths differ") }
                }
                guard idea.distinctive.count <= idea.statement?.stems.count ?? 0 else {
                    throw CompactCodingError.invalid("an idea's distinctive words")
                }
            }
        }
    }
}
