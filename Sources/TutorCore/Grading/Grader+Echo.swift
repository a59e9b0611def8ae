/// "Goals made together fit the person's real life better", answering "Why does setting
/// treatment goals together work better than the counselor setting them alone?": the
/// "together" is the question's own word, said back as its premise. A phrasing of one word
/// that the answer meets only through its synonym group, in a word the question itself uses
/// and the idea's own words do not ("partner", whose group holds "together"), is no evidence
/// that the learner said the idea: the idea is looked for again without that word.
extension Grader {
    /// A word as it is compared with the question's: less a plural "s" ("goals", "goal"). The
    /// word itself, not its stem: a stem stands for its whole synonym group.
    static func echoForm(_ word: String) -> String {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
    }

    /// Whether the idea's text or one of its phrasings has `word` (in its echo form): then
    /// the question's word is the idea's own, and naming it answers (choosing "B", "lapse", "the
    /// one with the connection" among the question's options).
    static func uses(_ idea: Idea, _ word: String) -> Bool {
        ([idea.text] + idea.phrasings).contains { text in
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains {
                echoForm(String($0)) == word
            }
        }
    }

    /// Who may do a thing together: "goals we make together", "they decide them together".
    static let jointDoers: WordSet = [
        "we", "us", "both", "they", "you", "u", "i", "client", "clients", "counselor", "counselors", "therapist",
        "patient",
    ]

    /// Whether the content word `p` stands in a clause that names who acts ("goals we make
    /// together", "they decide together"): the learner then says who does it together, which
    /// the question's premise ("goals set together") does not.
    func saidOfUs(_ line: Line, _ p: Int) -> Bool {
        let t = line.positions[p]
        let clause = line.tokens[t].clause
        return line.tokens[..<t].contains { $0.clause == clause && Self.jointDoers.contains($0.typed) }
    }

    func dropEchoes(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>) {
        guard !q.questionWords.isEmpty else { return }
        for idea in q.expectations {
            guard let f = found[idea.id], f.size == 1, f.positions.count == 1, let p = f.positions.first,
                p < line.content.count, q.questionWords.contains(Self.echoForm(line.content[p].word)),
                let written = q.question.expectation(idea.id),
                !Self.uses(written, Self.echoForm(line.content[p].word)),
                !saidOfUs(line, p)
            else { continue }
            found[idea.id] = find(idea, in: line, excluding: excluding.union([p]))
        }
    }
}

/// "It's private unless they might hurt someone": the "unless" only opens the limit the answer
/// names (danger to others), which is an idea of its own. A one-word match on the word that
/// introduces an exception ("unless", "except", "one exception") is no evidence for an idea of
/// limits in general when another found idea is the exception it introduces, in its sentence;
/// the idea is looked for again without that word. "There are exceptions" still says limits.
extension Grader {
    /// Words that introduce a named exception.
    static let exceptionOpeners: WordSet = ["unless", "except", "exception", "excepting"]

    func dropExceptionOpeners(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>)
    {
        for idea in q.expectations {
            guard let f = found[idea.id], f.size == 1, f.positions.count == 1, let p = f.positions.first,
                p < line.content.count, Self.exceptionOpeners.contains(line.content[p].typed)
            else { continue }
            let sentence = line.content[p].sentence
            let named = found.contains { id, other in
                id != idea.id
                    && other.positions.contains { $0 < line.content.count && line.content[$0].sentence == sentence }
            }
            guard named else { continue }
            found[idea.id] = find(idea, in: line, excluding: excluding.union([p]))
        }
    }
}
