/// Whose own: "B says back her own feelings", "empathy mirrors their own feelings back to them".
/// An idea whose statement names an owner ("sympathy voices the helper's own feelings",
/// "empathy reflects the client's own feelings") is said only of that owner. A learner's
/// "own" after a possessive says whose: "her", "his", "their" stand for the client the
/// question is about (unless a counselor, helper or speaker is named before it in its clause,
/// "the helper shares his own sadness"); "my", "your" for the counselor, who the learner is or
/// speaks to ("don't let your own feelings in"). When the owner differs from the idea's, the
/// "own" is no evidence of that idea, and a sibling expectation whose statement gives that
/// owner the same thing ("the client's own feelings") is what the learner said.
extension Grader {
    /// Possessives that point to a third person: in a question about a client, the client.
    static let thirdPossessives: WordSet = ["her", "his", "their", "hers", "theirs", "thier"]
    /// Possessives of the learner or of the one addressed: the counselor's side.
    static let ownerSpeakerPossessives: WordSet = ["my", "your", "ur", "yr", "our"]
    /// Who answers in a question's exchange, beside the counselor's own names: "the speaker
    /// voicing her own sorrow".
    static let responderWords: WordSet = ["speaker", "responder", "listener", "responding", "speaking", "answering"]

    /// The owner (the counselor's or the client's class key) and the thing owned (its key) in an
    /// idea's statement "… the X's own Y …"; nil when it names none.
    func statedOwner(_ idea: CompiledIdea) -> (owner: String, thing: String)? {
        guard let stems = idea.statement?.stems, let i = stems.firstIndex(of: ownStem), i > 0, i + 1 < stems.count
        else { return nil }
        let owner = classes[stems[i - 1]] ?? stems[i - 1]
        guard owner == counselorKey || owner == clientKey else { return nil }
        return (owner, classes[stems[i + 1]] ?? stems[i + 1])
    }

    var ownStem: String { analyzer.stem("own") }

    /// Who the learner's "own" at content position `p` belongs to, by the possessive before it;
    /// nil when the line does not say.
    func ownerSaid(_ line: Line, _ p: Int) -> String? {
        let t = line.positions[p]
        guard t > 0 else { return nil }
        let before = line.tokens[t - 1].typed
        if Self.ownerSpeakerPossessives.contains(before) { return counselorKey }
        guard Self.thirdPossessives.contains(before) else { return nil }
        // "The helper shares his own sadness": the pronoun's antecedent named in its clause.
        let clause = line.tokens[t].clause
        var i = t - 2
        while i >= 0, line.tokens[i].clause == clause {
            let key = classes[line.tokens[i].stem] ?? line.tokens[i].stem
            if key == counselorKey || Self.responderWords.contains(line.tokens[i].typed) { return counselorKey }
            if key == clientKey { return clientKey }
            i -= 1
        }
        return clientKey
    }

    func reassignOwnership(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>) {
        let own = ownStem
        guard line.content.contains(where: { $0.stem == own }) else { return }
        for idea in q.expectations {
            guard let f = found[idea.id], let stated = statedOwner(idea),
                let p = f.positions.first(where: { $0 < line.content.count && line.content[$0].stem == own }),
                let said = ownerSaid(line, p), said != stated.owner
            else { continue }
            found[idea.id] = find(idea, in: line, excluding: excluding.union([p]))
            // The sibling that gives the thing to the owner the learner named.
            guard p + 1 < line.content.count, !excluding.contains(p + 1) else { continue }
            let thing = line.keys[p + 1]
            for sibling in q.expectations where sibling.id != idea.id && found[sibling.id] == nil {
                guard let other = statedOwner(sibling), other.owner == said, other.thing == thing else { continue }
                found[sibling.id] = Found(
                    words: "\(line.content[p].typed) \(line.content[p + 1].typed)", positions: [p, p + 1], size: 2,
                    extent: 1, claims: [p, p + 1], isCompound: true)
            }
        }
    }
}
