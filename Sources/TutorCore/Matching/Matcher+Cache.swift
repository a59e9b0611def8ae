/// The matcher in the knowledge-base cache: it is `Codable` (synthesized, see `CodingKeys`),
/// and a decoded one is checked here.
extension Matcher {
    /// Throws unless every index points into what it indexes, as in a matcher that
    /// `init(kb:analyzer:)` built: a damaged cache must be refused, not trap on a lookup.
    func checkDecoded() throws {
        let count = conceptIDs.count
        let inRange = { (i: Int) in i >= 0 && i < count }
        guard terms.allSatisfy({ inRange($0.concept) }),
            termIndex.values.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < terms.count } }),
            cueIndex.values.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < cues.count } }),
            cueSecondWords.count == cues.count,
            acronymOwners.values.allSatisfy({ $0.allSatisfy(inRange) }),
            nameIndex.values.allSatisfy({ $0.allSatisfy(inRange) }), otherSenses.count == count,
            conceptNameStems.count == count,
            contrastSides.count == count,
            conceptDocs.values.allSatisfy({ $0.allSatisfy { inRange($0.concept) } }),
            frames.allSatisfy({ inRange($0.concept) }),
            frameFillers.allSatisfy({ $0.slot >= 0 && $0.slot < (frames.last.map { $0.firstSlot + $0.slotCount } ?? 0) }
            ),
            frameStemIndex.values.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < frameFillers.count } }),
            frameWordIndex.values.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < frameFillers.count } })
        else { throw CompactCodingError.invalid("a matcher index out of range") }
    }
}

// Thousands in a knowledge base (a posting for every stem of every concept's text): written
// as its two numbers, read without a keyed container per posting. The form must list the
// stored properties as the declaration does.
extension Matcher.Posting: CompactPrimitive {
    func write(to w: inout CompactWriter) {
        concept.write(to: &w)
        weight.write(to: &w)
    }

    static func read(from r: inout CompactReader) throws -> Matcher.Posting {
        Matcher.Posting(concept: try .read(from: &r), weight: try .read(from: &r))
    }
}
