/// "Yes, unless a lawyer sends a subpoena, then you hand over the file": the "unless" opens the
/// misconception's own exception (a subpoena alone is enough), which is no limit of
/// confidentiality the learner names. An expectation found by one word only, a word that opens
/// an exception ("unless", "except"), with a misconception the line holds after it in its
/// sentence, is looked for again without that word. (`dropExceptionOpeners` does the same when
/// the exception is another expectation; this is the case of a held belief, whose words the
/// misconceptions claim and so no expectation finds.) Only the opener: a one-word verdict before a
/// belief ("it's a lapse, so just ignore it", "it's fine, boundaries are only about sex") is
/// credited in some development sets and not in others, so it is left as it was.
extension Grader {
    func dropOpenedBeliefs(
        _ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, from held: [Set<Int>],
        excluding: Set<Int>
    ) {
        guard !held.isEmpty else { return }
        for idea in q.expectations {
            guard let f = found[idea.id], f.size == 1, f.positions.count == 1, let at = f.positions.first,
                at < line.content.count, Self.exceptionOpeners.contains(line.content[at].typed)
            else { continue }
            let sentence = line.content[at].sentence
            // The opener opens all of the exception, whatever its own clause says ("except if a
            // lawyer sends a subpoena").
            let opened = held.contains { m in
                m.contains { $0 > at && $0 < line.content.count && line.content[$0].sentence == sentence }
            }
            guard opened else { continue }
            found[idea.id] = find(idea, in: line, excluding: excluding.union([at]))
        }
    }
}

/// A word of one idea's statement, said inside another idea: in "the danger is that 'I've blown
/// it' thinking can turn a slip into a full relapse", the slip is what the abstinence violation
/// effect turns into a relapse (that idea's statement names the lapse), not the learner's answer
/// that this is a lapse; in "they'd get in touch with the counselor for support" the support is
/// what the client reaches out for (that idea's statement names it), not the counselor as a
/// safety net; in "nothing will change if he doesn't take part" the taking part is the condition
/// of the effect. An expectation found by one word only, whose word (by its class) is a word of
/// another found expectation's statement, found earlier in the same stretch of the line
/// (between clause breaks), is looked for again without that word.
extension Grader {
    func dropBorrowedWords(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>) {
        guard found.count > 1 else { return }
        var borrowed: [(id: String, at: Int)] = []
        for idea in q.expectations {
            guard let f = found[idea.id], f.size == 1, f.positions.count == 1, let at = f.positions.first,
                at < line.content.count
            else { continue }
            let key = line.keys[at]
            let segment = line.segments[at]
            let owner = q.expectations.contains { other in
                guard other.id != idea.id, let g = found[other.id], !g.positions.contains(at),
                    let statement = other.statement, statement.stems.contains(key)
                else { return false }
                // Said after the other idea has begun, inside its stretch ("turn a slip into", "for
                // support"); a word said first is the head the other's words go on to modify ("a
                // partnership built on trust", "the limits, like danger to others").
                // An "and" that opens a clause with a subject of its own ("it makes a toxic
                // environment and he might drop out") ends the other idea's stretch.
                return g.positions.contains {
                    $0 < at && line.segments[$0] == segment && !Self.newSubject(line, $0, at)
                }
            }
            if owner { borrowed.append((idea.id, at)) }
        }
        for (id, at) in borrowed {
            found[id] = q.expectations.first { $0.id == id }.flatMap {
                find($0, in: line, excluding: excluding.union([at]))
            }
        }
    }

    /// Whether "and" followed by a subject ("… and he might drop out") stands between content
    /// words `a` and `b` of the line.
    static func newSubject(_ line: Line, _ a: Int, _ b: Int) -> Bool {
        let lo = line.positions[a]
        let hi = line.positions[b]
        guard hi - lo > 2 else { return false }
        return (lo + 1..<hi - 1).contains { i in
            ["and", "&", "n"].contains(line.tokens[i].word) && clauseSubjects.contains(line.tokens[i + 1].word)
        }
    }
    static let clauseSubjects: WordSet = [
        "he", "she", "they", "it", "i", "we", "you", "hes", "shes", "theyre", "theyll", "hell", "shell", "its",
    ]
}
