/// The grader in the knowledge-base cache: it is `Codable` (synthesized), its compiled
/// questions a section read on first use (`CompactLazy`: a command that never grades
/// never reads them), and a decoded one is checked here.
extension Grader {
    /// Sets the check of the compiled questions for when they are read: a decoded grader
    /// is checked then, not at decoding, and one that fails the check (or does not decode)
    /// is compiled again from `kb`, as `init(kb:analyzer:)` would.
    func deferCheck(kb: KnowledgeBase) {
        let analyzer = analyzer
        lazyCompiled.deferCheck({ try Self.checkDecoded($0) }) {
            Grader(kb: kb, analyzer: analyzer).compiled
        }
    }

    /// Throws unless every compiled idea's lists agree in length, as in a grader that
    /// `init(kb:analyzer:)` built: the matching walks them side by side, and a damaged
    /// cache must be refused, not trap. (Reads the compiled questions.)
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
