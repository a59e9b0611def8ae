/// Key relations between ideas: a sentence that says how one thing leads to another ("they
/// open up when they feel connected", "a real connection makes them open up") states the
/// idea of that relation. Its cause, said on the way, is not a claim of its own: a learner
/// who explains what connection does has not said who is more likely to stay.
extension Grader {
    /// Words that open a condition or a restriction whose clause is a cause.
    static let conditionWords: WordSet = ["when", "if", "once", "whenever", "who"]
    /// Verbs whose subject is a cause and whose object is its effect.
    static let causeWords: WordSet = ["make", "makes", "made", "let", "lets", "lead", "leads", "cause", "causes"]
    /// Subject pronouns that open the effect after a condition, as typed ("if u trust them u open up").
    static let subjectWords: WordSet = Analyzer.subjects.union(["u", "ya", "yu"])

    /// The line's causes: for each, the content words of the cause and those of its effect,
    /// where the relation's other side must be said (the rest of the condition's stretch of
    /// the line, or what follows the verb of a cause).
    func causes(_ line: Line) -> [(cause: Set<Int>, effect: Set<Int>)] {
        var index: [Int: Int] = [:]
        for (c, t) in line.positions.enumerated() { index[t] = c }
        let tokens = line.tokens
        var out: [(cause: Set<Int>, effect: Set<Int>)] = []
        for i in tokens.indices {
            var cause: Set<Int> = []
            // A reason put first ("because he trusts the counselor, he opens up") is a cause too.
            // (Round 33) After a linking word too: "and when they trust him, they open up"
            // (`Grader+SentenceOpeners`).
            let fronted = opensItsSentence(tokens, i)
            if Self.conditionWords.contains(tokens[i].typed) || fronted && Self.reasonOpeners.contains(tokens[i].typed)
            {
                var j = i + 1
                while j < tokens.count, tokens[j].clause == tokens[i].clause,
                    !analyzer.clauseBreaks.contains(tokens[j].typed),
                    cause.isEmpty || !Self.subjectWords.contains(tokens[j].typed),
                    !opensEffect(tokens, j, causeSoFar: !cause.isEmpty)
                {
                    if let c = index[j] { cause.insert(c) }
                    j += 1
                }
                // A reason put first is a cause only when a comma or a subject ends it: "because we
                // overestimate progress and the feedback lets us adjust" gives two reasons.
                if !Self.conditionWords.contains(tokens[i].typed), j < tokens.count,
                    tokens[j].clause == tokens[i].clause, !Self.subjectWords.contains(tokens[j].typed)
                {
                    cause = []
                }
            } else if tokens[i].typed == "without", withoutOpensClause(tokens, i) {
                // "Without engagement the treatment won't do much": a condition, its object the
                // cause (not a claim that engagement is missing).
                var j = i + 1
                while j < tokens.count, tokens[j].clause == tokens[i].clause, tokens[j].isStop { j += 1 }
                while j < tokens.count, tokens[j].clause == tokens[i].clause, tokens[j].isContent {
                    if let c = index[j] { cause.insert(c) }
                    j += 1
                }
            } else if Self.causeWords.contains(tokens[i].typed) {
                var j = i - 1
                while j >= 0, tokens[j].clause == tokens[i].clause, !analyzer.clauseBreaks.contains(tokens[j].typed) {
                    if let c = index[j] { cause.insert(c) }
                    j -= 1
                }
            }
            guard let first = cause.first else { continue }
            let segment = line.segments[first]
            let after = Self.causeWords.contains(tokens[i].typed)
            // "Without real participation, therapy won't do much": the effect may follow a comma.
            // So may the effect of a condition or a reason put first ("if you trust them, you open up").
            let without = tokens[i].typed == "without" || fronted && !after
            let effect = Set(
                line.content.indices.filter {
                    !cause.contains($0)
                        && (without
                            ? line.content[$0].sentence == tokens[i].sentence && line.positions[$0] > i
                                && line.content[$0].clause <= tokens[i].clause + 1
                            : line.segments[$0] == segment && (!after || line.positions[$0] > i))
                })
            out.append((cause, effect))
        }
        return out
    }

    /// Looks again, outside the cause, for each found expectation said there as the cause of
    /// another found expectation's relation: its words lie in a cause, share a word with the
    /// other idea's statement, and the effect names that statement too.
    func dropCauses(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>) {
        guard found.count > 1 else { return }
        let relations = causes(line)
        guard !relations.isEmpty else { return }
        var dropped: [(id: String, cause: Set<Int>)] = []
        for a in q.expectations {
            guard let fa = found[a.id], !fa.positions.isEmpty,
                let relation = relations.first(where: { fa.positions.isSubset(of: $0.cause) })
            else { continue }
            let keysA = Set(fa.positions.map { line.keys[$0] })
            let effectKeys = Set(relation.effect.map { line.keys[$0] })
            let explained = q.expectations.contains { b in
                guard b.id != a.id, found[b.id] != nil, let statement = b.statement else { return false }
                // Not who acts: "client" relates everything to everything.
                let keysB = Set(statement.stems).subtracting(agents)
                // The effect is the other idea's statement, or holds the other idea's own match
                // (`Grader+ConditionEnds`).
                return !keysB.isDisjoint(with: keysA)
                    && (!keysB.isDisjoint(with: effectKeys)
                        || found[b.id].map { !$0.positions.isEmpty && $0.positions.isSubset(of: relation.effect) }
                            == true)
            }
            if explained { dropped.append((a.id, relation.cause)) }
        }
        for (id, cause) in dropped {
            found[id] = q.expectations.first { $0.id == id }.flatMap {
                find($0, in: line, excluding: excluding.union(cause))
            }
        }
    }
}

/// A conclusion drawn from a misconception: in "boundaries are only about not sleeping with
/// clients, so it's fine", the card is fine because of the misconception, which is not the
/// expectation's reason; the expectation is not credited.
extension Grader {
    /// Words that draw a conclusion from what comes before them.
    static let conclusionWords: WordSet = ["so", "therefore", "thus", "hence"]

    /// Drops each expectation found only after a conclusion word that follows, in the same
    /// sentence, the words of a misconception the line holds (`held`).
    func dropConclusions(_ found: inout [String: Found], _ line: Line, from held: [Set<Int>]) {
        guard !held.isEmpty else { return }
        for (id, f) in found {
            guard let lo = f.positions.min() else { continue }
            let drawn = held.contains { m in
                guard let last = m.max(), last < lo, line.content[last].sentence == line.content[lo].sentence else {
                    return false
                }
                // A conclusion stops at a clause that "and" opens after it, which adds another
                // act: in "make them feel guilty so they stay on track, and listen to them" the
                // listening is no conclusion.
                let start = line.positions[last]
                let end = line.positions[lo]
                return (start..<end).contains { c in
                    Self.conclusionWords.contains(line.tokens[c].typed)
                        && !(c..<end).contains {
                            line.tokens[$0].typed == "and" && line.tokens[$0].clause != line.tokens[c].clause
                        }
                }
            }
            if drawn { found[id] = nil }
        }
    }
}

/// An elaboration of a misconception: in "tell him your whole story, it builds the bond big
/// time" or "it means I approve of whatever he did, no matter what", the words after the belief
/// say how much or why it holds, and one word among them ("time", "matter") is no expectation.
/// A new statement after it is opened by a word that adds or limits one ("and listen to them",
/// "but consult", "as long as it helps the client"); a list of short items ("open questions,
/// advice, reflections, summaries") names each item for itself.
extension Grader {
    /// Words that open a statement of its own after a belief, or a condition that limits it.
    static let addingWords: WordSet = [
        "and", "but", "though", "tho", "although", "altho", "also", "then", "while", "whereas", "however", "yet",
        "still", "plus", "if", "unless", "only", "when", "except", "instead", "rather",
    ]

    /// Drops each expectation found by one word only, after the words of a misconception the line
    /// holds (`held`) in the same sentence, with no word between them that opens a statement of
    /// its own.
    func dropElaborations(_ found: inout [String: Found], _ line: Line, from held: [Set<Int>]) {
        guard !held.isEmpty else { return }
        for (id, f) in found where f.size == 1 && f.positions.count == 1 {
            let at = f.positions.first!
            let sentence = line.content[at].sentence
            if listed(line, sentence: sentence) { continue }
            let elaborates = held.contains { m in
                guard let last = m.max(), last < at, line.content[last].sentence == sentence else { return false }
                let between = line.tokens[(line.positions[last] + 1)..<line.positions[at]]
                return !between.contains { Self.addingWords.contains($0.typed) }
                    && !zip(between, between.dropFirst()).contains { $0.typed == "as" && $1.typed == "long" }
            }
            if elaborates { found[id] = nil }
        }
    }

    /// Whether sentence `sentence` is a list: three clauses or more, each of one or two content words.
    private func listed(_ line: Line, sentence: Int) -> Bool {
        let clauses = Dictionary(grouping: line.content.filter { $0.sentence == sentence }, by: \.clause)
        return clauses.count >= 3 && clauses.values.allSatisfy { $0.count <= 2 }
    }
}
