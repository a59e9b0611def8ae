/// "'Helps me sleep' is change talk, the kids are sustain talk": each half of the case given
/// the other half's label.
///
/// A question that asks which part is which kind ("change talk", "sustain talk") is answered
/// by pairing each part with a label. The grader found each expectation ("the kids part is
/// change talk") by its words within a window, so a learner who swapped the labels had both
/// words of each pairing in the line and was credited with both. Here each word of a found
/// expectation's evidence that is not a label is paired with the label it stands with: the
/// nearest label in its part of the clause (between "and"s), else in its clause, else in its
/// sentence. When the answer names both labels
/// and every such word is paired with another label than the expectation's own, the
/// expectation is not credited: the learner said the part is the other kind.
extension Grader {
    func dropSwappedLabels(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line) {
        guard !found.isEmpty else { return }
        for shared in q.sharedHeads {
            // Each label named: its modifier's content index, followed by the head.
            var labels: [(at: Int, modifier: String)] = []
            for i in line.content.indices.dropLast()
            where shared.modifiers.contains(line.content[i].word) && line.content[i + 1].word == shared.head
                && !line.content[i].negated
            {
                labels.append((i, line.content[i].word))
            }
            guard Set(labels.map(\.modifier)).count >= 2 else { continue }
            let labelWords = Set(labels.flatMap { [$0.at, $0.at + 1] })
            for idea in q.expectations {
                guard let f = found[idea.id], let own = ownLabel(q, idea.id, shared) else { continue }
                let parts = f.positions.filter { !labelWords.contains($0) && $0 < line.content.count }
                guard !parts.isEmpty else { continue }
                let paired = parts.map { p -> String? in
                    let c = line.content[p]
                    // The nearest label in its part of the clause (between "and"s), else in its
                    // clause, else in its sentence.
                    let scopes: [((at: Int, modifier: String)) -> Bool] = [
                        { line.content[$0.at].clause == c.clause && line.joins[$0.at] == line.joins[p] },
                        { line.content[$0.at].clause == c.clause },
                        { line.content[$0.at].sentence == c.sentence },
                    ]
                    for scope in scopes {
                        if let near = labels.filter(scope).min(by: { abs($0.at - p) < abs($1.at - p) }) {
                            return near.modifier
                        }
                    }
                    return nil
                }
                if paired.allSatisfy({ $0 != nil && $0 != own }) { found[idea.id] = nil }
            }
        }
    }

    /// The label an expectation gives its part: the kind's modifier its text names after "is"
    /// and before the shared head ("'Cut back for my kids' is change talk": "change"); nil when
    /// it names none or more than one, or names it otherwise ("ending on the change talk").
    private func ownLabel(_ q: CompiledQuestion, _ id: String, _ shared: SharedHead) -> String? {
        guard let text = q.question.expectation(id)?.text else { return nil }
        let words = analyzer.analyze(text, correct: false).tokens.map(\.word)
        let named = Set(
            words.indices.dropLast().filter {
                shared.modifiers.contains(words[$0]) && words[$0 + 1] == shared.head && $0 > 0
                    && ["is", "are"].contains(words[$0 - 1])
            }.map { words[$0] })
        return named.count == 1 ? named.first : nil
    }
}
