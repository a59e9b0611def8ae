/// An idea stated as a choice against its foil ("reach out to the counselor instead of
/// withdrawing into silence") owns the foil the learner names after it: in "they'd call
/// someone instead of sitting alone with it", sitting alone is what reaching out replaces,
/// not a second idea ("they are not alone"). An idea stated without a foil ("the client
/// feels ownership") leaves what follows its "rather than" to the other ideas ("ownership
/// rather than being passive" is also the active part).
extension Grader {
    /// The words that open a foil, as typed, with the word that completes each.
    static let foilOpeners: [String: String] = ["instead": "of", "rather": "than"]

    /// Looks again, outside the foil, for each expectation found only in the foil of another
    /// found expectation whose own statement has a foil.
    func dropFoils(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>) {
        guard found.count > 1 else { return }
        let tokens = line.tokens
        for t in tokens.indices.dropLast() {
            guard let next = Self.foilOpeners[tokens[t].typed], tokens[t + 1].typed == next else { continue }
            // The foil: the content words after the opener, up to its stretch's end.
            // (In its own clause, up to "and": "active participants instead of spectators and
            // they follow through" follows through.)
            guard let first = line.positions.firstIndex(where: { $0 > t + 1 }),
                line.content[first].clause == tokens[t].clause
            else { continue }
            let foil = Set(
                line.content.indices.filter {
                    $0 >= first && line.segments[$0] == line.segments[first] && line.joins[$0] == line.joins[first]
                })
            // The idea the foil belongs to: found before it, in its sentence, stated with a foil.
            let owners = q.question.expectations.filter { idea in
                guard let f = found[idea.id], let lo = f.positions.min(), line.positions[lo] < t,
                    line.content[lo].sentence == tokens[t].sentence,
                    Self.statesFoil(idea.text)
                else { return false }
                return true
            }
            guard !owners.isEmpty else { continue }
            let ownerIDs = Set(owners.map(\.id))
            for idea in q.expectations where !ownerIDs.contains(idea.id) {
                guard let f = found[idea.id], !f.positions.isEmpty, f.positions.isSubset(of: foil) else { continue }
                found[idea.id] = find(idea, in: line, excluding: excluding.union(foil))
            }
        }
    }

    /// Whether an idea's text sets it against a foil ("… instead of withdrawing").
    static func statesFoil(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("instead of") || lower.contains("rather than")
    }
}

/// The reach of "instead of" and "rather than": the way not taken, not what it is done with.
/// In "she'd text her counselor rather than sitting alone with the craving" the sitting alone
/// is denied, not the craving: "rather than" does not say she has none.
extension Grader {
    /// Prepositions that open a complement of the foil's verb ("sitting alone with it").
    static let foilComplements: WordSet = [
        "with", "about", "at", "to", "in", "on", "into", "around", "from", "over", "by", "for",
    ]

    /// Lifts a foil's negation from the words after the first preposition that follows its
    /// own words, up to the end of its clause, unless another negator stands there.
    func scopeFoil(_ line: inout Line) {
        var index: [Int: Int] = [:]
        for (c, t) in line.positions.enumerated() { index[t] = c }
        let n = line.tokens.count
        for o in line.tokens.indices.dropLast() {
            guard let next = Self.foilOpeners[line.tokens[o].typed], line.tokens[o + 1].typed == next else { continue }
            let clause = line.tokens[o].clause
            func inside(_ k: Int) -> Bool {
                k < n && line.tokens[k].clause == clause && !analyzer.clauseBreaks.contains(line.tokens[k].word)
            }
            var k = o + 2
            var seen = false
            while inside(k), !(seen && Self.foilComplements.contains(line.tokens[k].typed)) {
                if line.tokens[k].isContent { seen = true }
                if k > o + 2, line.tokens[k].isNegator {
                    seen = false
                    break
                }
                k += 1
            }
            guard seen, inside(k) else { continue }
            var m = k + 1
            guard !((k + 1)..<n).contains(where: { inside($0) && line.tokens[$0].isNegator }) else { continue }
            while inside(m) {
                if line.tokens[m].isContent, line.tokens[m].negated {
                    line.tokens[m].negated = false
                    if let c = index[m] {
                        line.content[c].negated = false
                        line.heads[c] = nil
                    }
                }
                m += 1
            }
        }
    }
}
