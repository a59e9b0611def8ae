/// Round 33: where a comparison's two sides stand in its line, whatever else the line names.
///
/// A comparison put with a comparative and "than" ("does a court order keep clients
/// in treatment better than a good alliance does?", "is MI more useful for engagement than
/// confronting him"). The sides are the thing the sentence is about (the first concept
/// named in it) and the one named right after "than"; a concept named between them, by the
/// verb or the comparative ("keep clients in treatment", "for engagement"), is the yardstick
/// the two are weighed by, not a side, however strongly its term scored. A term whose words
/// lie on both sides of "than" names neither side, and leaves the order as it was; so do
/// "rather than" and "other than", which set one thing aside or out.
extension Matcher {
    /// The two sides of a comparison put with "than", or nil.
    func sidesAroundThan(_ terms: TermScan, _ tokens: [Token]) -> (Int, Int)? {
        guard terms.score.count >= 2,
            let t = tokens.indices.first(where: { $0 >= 2 && tokens[$0].word == "than" }),
            // "Rather than", "other than": not a comparison of two things.
            !["rather", "other"].contains(tokens[t - 1].word)
        else { return nil }
        let sentence = tokens[t].sentence
        let positions = { (c: Int) in terms.tokens[c] ?? [] }
        // The first word a term claimed in the next few ("than a good alliance does").
        guard let after = tokens.indices[(t + 1)..<min(tokens.count, t + 5)].first(where: { terms.claimed[$0] != nil }),
            tokens[after].sentence == sentence, let right = terms.claimed[after],
            positions(right).allSatisfy({ $0 > t })
        else { return nil }
        let before = terms.score.keys.filter { c in
            let own = positions(c)
            return c != right && !own.isEmpty && own.allSatisfy { $0 < t && tokens[$0].sentence == sentence }
        }
        guard let left = before.min(by: { (positions($0).min() ?? 0, $0) < (positions($1).min() ?? 0, $1) })
        else { return nil }
        return (left, right)
    }

    /// "Is there a real difference between confronting a client harshly and the empathic kind",
    /// "what's the difference between X and Y": the sides are the first things named after
    /// "between" and after the "and" that follows it; a word before "between" that a term
    /// took ("a genuine difference") qualifies the question and is no side. Nil when either
    /// side names nothing, or both name one concept (a crossing and a violation are both
    /// boundaries).
    func sidesAroundBetween(_ terms: TermScan, _ tokens: [Token]) -> (Int, Int)? {
        guard terms.score.count >= 2, let b = tokens.indices.first(where: { tokens[$0].word == "between" }),
            let a = tokens.indices.first(where: { $0 > b + 1 && tokens[$0].word == "and" }),
            let left = tokens.indices[(b + 1)..<a].lazy.compactMap({ terms.claimed[$0] }).first,
            let right = tokens.indices[(a + 1)...].prefix(6).lazy.compactMap({ terms.claimed[$0] }).first,
            left != right, (terms.tokens[left] ?? []).allSatisfy({ $0 > b && $0 < a }),
            (terms.tokens[right] ?? []).allSatisfy({ $0 > a })
        else { return nil }
        return (left, right)
    }

    /// A comparison of the two sides of a contrast concept ("complying with treatment and being
    /// committed to it, these are not the same?") is that concept, before a concept one side
    /// names alone (patient compliance), as it is for any other request (`topicFirst`).
    func contrastFirst(_ order: [Int], _ tokens: [Token]) -> [Int] {
        guard order.count >= 2,
            let contrast = order.dropFirst().first(where: { c in
                // A side named by its word or its stem ("complying" is stemmed "compli").
                let sides = contrastSides[c]
                return sides.count == 2
                    && sides.allSatisfy { side in
                        let head = String(side.prefix(6))
                        return tokens.contains { $0.isContent && ($0.word.hasPrefix(head) || $0.stem.hasPrefix(head)) }
                    }
            })
        else { return order }
        return [contrast] + order.filter { $0 != contrast }
    }
}
