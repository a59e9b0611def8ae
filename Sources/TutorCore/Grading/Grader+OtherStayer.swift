/// Who stays: "the one who clicks with the counselor will stick around, because the family can
/// only drag you in the door", "the connection one stays, pressure just gets you through the
/// door", "the counselor who gets along with the family is likelier to stay on the case". A
/// staying word found in a misconception's match belongs to its own subject, told just before
/// it in its clause. When that subject is described by words only the question's right
/// answers use and by none only the misconception uses (the connected client), or is the counselor
/// where the misconception names no counselor, the staying is not the belief: the one who
/// stays is someone else than the belief's. The misconception is looked for again without that
/// word, so "the pressured one stays" and "the family makes them stay" are still found.
extension Grader {
    /// Words that end the subject of a verb, looking back from it ("…, but the connected one
    /// stays", "pressure fades and the other one stays").
    static let stayerBreaks: WordSet = [
        "but", "because", "cause", "cuz", "bc", "since", "so", "and", "while", "whereas", "though", "tho",
        "although", "if", "when", "then",
    ]
    /// Words for a person that say who, not what kind: no description of the subject.
    static let bareSubjects: WordSet = [
        "one", "client", "clients", "person", "guy", "girl", "kid", "woman", "man", "patient", "lady", "dude",
        "people", "someone", "somebody",
    ]

    /// The content words of a misconception's match `found` that are a staying said of another
    /// subject than the belief's, or nil when there are none.
    func staysOfAnother(_ found: Found, _ idea: CompiledIdea, _ q: CompiledQuestion, _ line: Line) -> Set<Int>? {
        let stay = classes[analyzer.stem("stay")] ?? analyzer.stem("stay")
        let own = Set((idea.patterns.flatMap(\.stems) + (idea.statement?.stems ?? [])).map { classes[$0] ?? $0 })
        let others = found.positions.filter { i in
            line.keys[i] == stay && !line.content[i].negated && otherStayer(i, line, own: own, q, found)
        }
        return others.isEmpty ? nil : Set(others)
    }

    /// Whether the subject told before content word `i` (a staying) is the counselor, where the
    /// belief names none, or is described by a right answer's words and none of the belief's.
    private func otherStayer(_ i: Int, _ line: Line, own: Set<String>, _ q: CompiledQuestion, _ found: Found) -> Bool {
        let tokens = line.tokens
        let p = line.positions[i]
        var j = p - 1
        while j >= 0, p - j <= 14, tokens[j].sentence == tokens[p].sentence, tokens[j].clause == tokens[p].clause,
            !Self.stayerBreaks.contains(tokens[j].typed)
        {
            j -= 1
        }
        guard j + 1 < p else { return false }
        let subject = line.content.indices.filter { line.positions[$0] > j && line.positions[$0] < p }
        guard let head = subject.first else { return false }
        // "The counselor who … is more likely to stay": the counselor stays, not a client.
        if line.keys[head] == counselorKey { return !own.contains(counselorKey) }
        let described = subject.filter {
            !found.positions.contains($0) && !agents.contains(line.content[$0].stem)
                && !Self.bareSubjects.contains(line.content[$0].typed)
        }
        // Words both the belief and a right answer use ("real", "family") tell neither side.
        let expected = Set(q.expectationStems.map { classes[$0] ?? $0 })
        guard !described.contains(where: { own.contains(line.keys[$0]) && !expected.contains(line.keys[$0]) })
        else { return false }
        return described.contains {
            expected.contains(line.keys[$0]) && !own.contains(line.keys[$0]) && !line.content[$0].negated
        }
    }
}
