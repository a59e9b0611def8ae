/// "It's fine, boundaries are only about not sleeping with clients", "boundaries only about sex
/// stuff. card is fine": a bare verdict of approval ("fine", "ok", "no problem") whose only
/// reason in the line is a misconception the line holds is the belief's conclusion, not the
/// expectation that happens to share the verdict's word (that the act is acceptable for the
/// right reason). An expectation found by such a word alone, in the sentence of a held
/// misconception or a sentence beside it, with no word of contrast between the two ("but",
/// "though"), is looked for again without it. A verdict said with its own reason ("small gifts
/// are usually okay", "it's fine to take it, refusing would be rude") is untouched, and so is
/// one set against the belief ("it's fine, but …").
extension Grader {
    /// Words that only approve: the verdict without its reason.
    static let approvals: WordSet = [
        "fine", "ok", "okay", "alright", "acceptable", "harmless", "whatever", "allowed", "permissible", "oke", "k",
    ]
    /// Words of degree around a verdict ("totally fine", "perfectly ok").
    static let approvalDegrees: WordSet = [
        "totally", "completely", "perfectly", "absolutely", "probably", "pretty", "really", "quite", "entirely",
        "fully",
        "total", "complete",
    ]
    /// Words that set one statement against another.
    static let beliefContrasts: WordSet = [
        "but", "though", "tho", "although", "altho", "however", "yet", "still", "whereas", "while", "except", "unless",
    ]

    func dropVerdictsOnBelief(
        _ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, from held: [Set<Int>], excluding: Set<Int>
    ) {
        guard !held.isEmpty else { return }
        for idea in q.expectations {
            guard let f = found[idea.id], f.size <= 2, let at = f.positions.first(where: { $0 < line.content.count }),
                f.positions.allSatisfy({
                    $0 < line.content.count && !line.content[$0].negated
                        && (Self.approvals.contains(line.content[$0].typed)
                            || Self.approvalDegrees.contains(line.content[$0].typed))
                }),
                f.positions.contains(where: { Self.approvals.contains(line.content[$0].typed) })
            else { continue }
            let sentence = line.content[at].sentence
            let onBelief = held.contains { m in
                guard let lo = m.min(), let hi = m.max(), lo < line.content.count, hi < line.content.count else {
                    return false
                }
                let other = line.content[lo].sentence
                guard abs(other - sentence) <= 1 else { return false }
                // Nothing that sets the verdict against the belief between them.
                let a = line.positions[min(at, lo)]
                let b = line.positions[max(at, hi)]
                return !line.tokens[a...b].contains { Self.beliefContrasts.contains($0.typed) }
            }
            guard onBelief else { continue }
            found[idea.id] = find(idea, in: line, excluding: excluding.union(f.positions))
        }
    }
}
