/// "The alliance in family therapy vs in a group", "the alliance in couples work or in group":
/// two settings of one alliance, the word "alliance" said once, on the first side. The first
/// side's term ("alliance in family therapy") claims the word; the second side's setting
/// ("group") makes, with that same word, a term of its own concept ("group alliance"), which
/// ("alliance in group therapy") then finds every word but the shared ones free, past "vs", "or", "different from".
/// It names its concept too, so the comparison has both sides. The shared words must hold the
/// alliance's own and be one first-side term's ("alliance", "therapy" of "alliance in family
/// therapy"); words claimed by several concepts are theirs.
extension Matcher {
    static let sharedAllianceStems: WordSet = ["allianc"]
    /// Words between the two sides: alternatives, and a comparison's "different from", "than".
    static let sidesBetween: WordSet = ["or", "vs", "versus", "from", "than"]

    func sharesTheAllianceAcrossSides(_ f: Found, _ tokens: [Token], _ scan: inout TermScan) {
        let c = terms[f.term].concept
        guard f.positions.count >= 2, scan.score[c] == nil else { return }
        let shared = f.positions.filter { scan.claimed[$0] != nil }
        let free = f.positions.filter { scan.claimed[$0] == nil }
        guard !shared.isEmpty, !free.isEmpty, free.allSatisfy({ tokens[$0].isContent }),
            shared.contains(where: { Self.sharedAllianceStems.contains(tokens[$0].stem) }),
            Set(shared.compactMap { scan.claimed[$0] }).count == 1, scan.claimed[shared[0]] != c,
            let lastShared = shared.max(), let firstFree = free.min(), lastShared < firstFree,
            (lastShared..<firstFree).contains(where: { Self.sidesBetween.contains(tokens[$0].word) })
        else { return }
        for p in free { scan.claimed[p] = c }
        scan.named.append((c, terms[f.term].stems))
        scan.evidence.append(
            "term '\(terms[f.term].stems.joined(separator: " "))' → \(conceptIDs[c]) (\(f.score)), sharing the alliance"
        )
        scan.score[c] = f.score
        scan.start[c] = firstFree
        scan.tokens[c] = free
    }
}
