/// "He calls his counselor, not stay alone and quiet", "instead of stewing alone in the dark he
/// picks up the phone", "ring someone rather than sit alone with it": the alternative a learner
/// refuses ("not …" opening a clause or after "and", "instead of …", "rather than …") is the other side of the
/// act they state, and belongs to that act's idea. A word the refusal reaches through a verb of
/// its own ("alone" in "not stay alone") is part of the act refused, not a state denied: "he's not
/// alone" says the client has someone, "not stay alone" says what he does instead of calling.
///
/// So an idea found by that one word only is looked for again without the alternative, when
/// the alternative opens on a word of its own before it (a verb: "not the actual relationship"
/// opens on a determiner and denies a thing) and another idea is found outside the alternative
/// in the same sentence. A refused word that is the alternative's first ("insurance gets them
/// in, not the relationship") is what is denied, and is read as before.
extension Grader {
    /// Words that join a refused alternative to its act ("calls him and not stay alone").
    static let refusalJoins: WordSet = ["and", "but", "or"]

    /// Words that may open an alternative without being the act refused.
    static let notActs: WordSet = [
        "whether", "what", "who", "whom", "how", "why", "which", "where", "when", "if", "that", "necessarily", "just",
        "only", "even", "always", "ever", "really", "exactly", "quite", "about", "because", "merely", "simply",
    ]

    /// The token ranges of the line's refused alternatives.
    func refusedAlternatives(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for i in tokens.indices {
            var start: Int?
            let next = i + 1 < tokens.count && tokens[i + 1].clause == tokens[i].clause ? tokens[i + 1].typed : nil
            if tokens[i].typed == "instead" && next == "of" || tokens[i].typed == "rather" && next == "than" {
                start = i + 2
            } else if tokens[i].typed == "not", i > 0,
                tokens[i - 1].clause != tokens[i].clause || Self.refusalJoins.contains(tokens[i - 1].typed)
            {
                start = i + 1
            }
            guard let start, start < tokens.count else { continue }
            var end = start
            while end < tokens.count, tokens[end].clause == tokens[i].clause,
                !analyzer.clauseBreaks.contains(tokens[end].typed)
            {
                end += 1
            }
            if end > start { out.append(start..<end) }
        }
        return out
    }

    /// Looks again, outside the alternative, for each expectation found by one negated word
    /// that a refused alternative reaches through a verb before it, when another expectation
    /// is found outside that alternative in the same sentence.
    func dropRefusedAlternatives(
        _ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>
    ) {
        guard found.count > 1 else { return }
        let spans = refusedAlternatives(line.tokens)
        guard !spans.isEmpty else { return }
        for idea in q.expectations {
            guard let f = found[idea.id], f.size == 1, f.positions.count == 1, let at = f.positions.first,
                at < line.content.count, line.content[at].negated,
                let span = spans.first(where: { $0.contains(line.positions[at]) })
            else { continue }
            // Reached through a verb: the alternative opens on a content word of its own before
            // it ("not stay alone"), not on a determiner of a thing denied ("not the actual
            // relationship").
            let inSpan = line.content.indices.filter { span.contains(line.positions[$0]) }
            // Nor on an adverb or a word that opens a clause ("not necessarily what he did",
            // "not whether they bond"): the verb of the act is the alternative's first word.
            guard let first = inSpan.first, first < at, line.positions[first] == span.lowerBound,
                !line.content[first].typed.hasSuffix("ly"), !Self.notActs.contains(line.content[first].typed)
            else { continue }
            let sentence = line.content[at].sentence
            let other = found.contains { id, g in
                id != idea.id
                    && g.positions.contains {
                        !span.contains(line.positions[$0]) && line.content[$0].sentence == sentence
                    }
            }
            guard other else { continue }
            found[idea.id] = find(idea, in: line, excluding: excluding.union(inSpan))
        }
    }
}
