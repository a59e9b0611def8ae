/// Acronyms typed in capitals ("FIT", "TIC", "UPR"): the initials of a concept's term of
/// several words name that concept, even when the letters also spell a word of another
/// sense ("fit" as in fitness).
extension Matcher {
    /// The words of `text` typed as capitals of three to five letters, folded: two letters
    /// are too often a word ("IM", "SO").
    static func capitalWords(_ text: String) -> Set<String> {
        // A line typed in capitals throughout is shouted, not abbreviated.
        guard text.utf8.contains(where: { $0 >= 65 && $0 <= 90 }), text.utf8.contains(where: { $0 >= 97 && $0 <= 122 })
        else { return [] }
        var found: Set<String> = []
        // Plain ASCII (most lines): its letters are the bytes A-Z and a-z, a character a byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var start = -1
            var upper = true
            var k = 0
            for byte in text.utf8 {
                let isUpper = byte >= 65 && byte <= 90
                if isUpper || (byte >= 97 && byte <= 122) {
                    if start < 0 {
                        start = k
                        upper = true
                    }
                    upper = upper && isUpper
                } else {
                    if start >= 0, upper, (3...5).contains(k - start) {
                        found.insert(Self.asciiLowered(text, start, k))
                    }
                    start = -1
                }
                k += 1
            }
            if start >= 0, upper, (3...5).contains(k - start) { found.insert(Self.asciiLowered(text, start, k)) }
            return found
        }
        for word in text.split(whereSeparator: { !$0.isLetter }) where (3...5).contains(word.count) {
            if word.allSatisfy({ $0.isUppercase }) { found.insert(word.lowercased()) }
        }
        return found
    }

    /// The ASCII capitals of `text` at byte offsets `start..<end`, lowered.
    private static func asciiLowered(_ text: String, _ start: Int, _ end: Int) -> String {
        let bytes = text.utf8.dropFirst(start).prefix(end - start).map { $0 | 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lets each unclaimed word typed in capitals name the one concept whose term of
    /// several words it abbreviates.
    func locateAcronyms(_ text: String, _ tokens: [Token], into scan: inout TermScan) {
        let capitals = Self.capitalWords(text)
        guard !capitals.isEmpty else { return }
        for (p, token) in tokens.enumerated()
        where token.isContent && scan.claimed[p] == nil && capitals.contains(token.typed) {
            let owners = acronymOwners[token.typed] ?? []
            guard owners.count == 1, let concept = owners.first else { continue }
            scan.claimed[p] = concept
            scan.named.append((concept, [token.typed]))
            scan.evidence.append("acronym '\(token.typed)' → \(conceptIDs[concept])")
            scan.score[concept, default: 0] += tuning.acronymScore
            scan.start[concept] = min(scan.start[concept] ?? Int.max, p)
            scan.tokens[concept, default: []].append(p)
        }
    }
}
