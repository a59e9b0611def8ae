/// A misconception that the counselor does something alone ("the counselor decides the
/// goals", "professionals decide") is not said where the counselor does it with the client
/// ("the client and counselor decide the goals together", "we pick them together"), nor
/// where it is the side a comparison sets aside ("it's better than the counselor picking the
/// goals alone"): the learner holds the opposite.
extension Grader {
    /// Whether the window `lo...hi` of a misconception's `pattern` is denied by the line: the
    /// pattern names the counselor as its doer (not the client, not doing it together), and
    /// the clause has the counselor acting with the client, or the window follows "than" after
    /// a word of degree in its clause.
    func soleDoerDenied(_ pattern: Pattern, _ line: Line, _ lo: Int, _ hi: Int) -> Bool {
        let keys = pattern.stems
        let clause = line.content[lo].clause
        // The other side of a comparison: "better than the counselor picking them".
        let start = line.positions[lo]
        var t = start - 1
        while t >= 0, line.tokens[t].clause == line.tokens[start].clause {
            if line.tokens[t].typed == "than", t > 0,
                line.tokens[..<t].suffix(3).contains(where: {
                    Self.degreeWords.contains($0.typed) && $0.clause == line.tokens[start].clause
                })
            {
                return true
            }
            t -= 1
        }
        guard keys.contains(counselorKey), !keys.contains(clientKey), !keys.contains(togetherKey) else {
            return false
        }
        // The counselor with the client in the clause: "the client and counselor decide the
        // goals together", "counselor and client pick them".
        let inClause = line.content.indices.filter { line.content[$0].clause == clause }
        let withClient = inClause.contains { line.keys[$0] == clientKey && !line.content[$0].negated }
        let together = inClause.contains { line.keys[$0] == togetherKey && !line.content[$0].negated }
        return together || withClient && jointSubject(line, inClause)
    }

    /// Whether the clause names the counselor and the client joined by "and" ("client and
    /// counselor", "the counselor and the client").
    private func jointSubject(_ line: Line, _ inClause: [Int]) -> Bool {
        for i in inClause {
            guard line.keys[i] == counselorKey || line.keys[i] == clientKey else { continue }
            let other = line.keys[i] == counselorKey ? clientKey : counselorKey
            for j in inClause where j > i && line.keys[j] == other {
                let between = line.tokens[(line.positions[i] + 1)..<line.positions[j]]
                if between.contains(where: { $0.typed == "and" || $0.typed == "&" }),
                    between.allSatisfy({ ["and", "&", "the", "a", "their", "his", "her"].contains($0.typed) })
                {
                    return true
                }
            }
        }
        return false
    }
}
