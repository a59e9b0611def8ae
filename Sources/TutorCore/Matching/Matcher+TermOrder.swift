/// Terms made of an abbreviation's pieces ("WAI-SR", "42 CFR", "4 Rs"): one name split by a
/// hyphen or a space, said in its own order with nothing between. Other terms' words may come
/// in any order within a small window ("the client's trust" for "client trust"), but an
/// abbreviation's pieces do not permute: in "the SRS and the WAI", "SRS" is the Session Rating
/// Scale of its own, not the "SR" of the WAI-SR read backwards.
extension Matcher {
    /// Whether every word of a term of several words is a piece of three letters or fewer.
    static func isAbbreviationPieces(_ stems: [String]) -> Bool {
        stems.count > 1 && stems.allSatisfy { $0.count <= 3 }
    }

    /// Whether a placement keeps the term's own order with no word of content between.
    static func inOwnOrderAdjacent(_ positions: [Int], content: [Int]) -> Bool {
        let indices = positions.compactMap { content.firstIndex(of: $0) }
        guard indices.count == positions.count, let first = indices.first else { return false }
        return indices.enumerated().allSatisfy { $0.element == first + $0.offset }
    }
}
