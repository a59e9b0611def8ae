/// The analyzer in the knowledge-base cache: it is `Codable` (synthesized), and a decoded
/// one is checked here.
extension Analyzer {
    /// Throws unless the tables are ones `init(lexicon:vocabulary:)` could have built: a
    /// synonym phrase of no words would make `applyPhraseSynonyms` loop for ever.
    func checkDecoded() throws {
        guard phraseSynonyms.values.allSatisfy({ $0.allSatisfy { !$0.stems.isEmpty } }) else {
            throw CompactCodingError.invalid("an empty synonym phrase")
        }
        try corrector.checkDecoded()
    }
}
