/// A view the learner states and then rejects in a clause of its own: "my supervisor says the
/// family push keeps people in, but i don't buy it", "coverage is what matters … nope", "old
/// school counselors say break their denial. I disagree". The rejected view is someone
/// else's, or one the learner gave up, so it holds no misconception of the learner's; what
/// comes after the rejection is the learner's own answer and is read as usual.
///
/// The rejection must stand as its own clause (end of line, punctuation, or a clause break
/// after it) and open one: "i don't buy that coverage matters" rejects what follows it, which
/// negation already reads, and "there's no way he stays" is no rejection of what came before.
extension Grader {
    /// The clauses that reject what came before, as typed (contractions expanded: "don't" is
    /// "do not", "that's" is "that is"; typed without the apostrophe they stay one word).
    static let rejectingClauses: [[String]] = {
        var out: [[String]] = []
        let objects = ["it", "that", "this", "any of that", "that one"]
        for not in ["do not", "dont"] {
            for o in objects { out.append("i \(not) buy \(o)".split(separator: " ").map(String.init)) }
            out.append("i \(not) agree".split(separator: " ").map(String.init))
            out.append("i \(not) agree with that".split(separator: " ").map(String.init))
            out.append("i \(not) agree with it".split(separator: " ").map(String.init))
            out.append("i \(not) think so".split(separator: " ").map(String.init))
        }
        for o in objects {
            out.append("not buying \(o)".split(separator: " ").map(String.init))
            out.append("i am not buying \(o)".split(separator: " ").map(String.init))
            out.append("im not buying \(o)".split(separator: " ").map(String.init))
        }
        for that in ["that is", "thats", "it is", "its"] {
            for judged in ["wrong", "not true", "not right", "a myth", "nonsense", "bs", "bull", "false", "not it"] {
                out.append("\(that) \(judged)".split(separator: " ").map(String.init))
            }
        }
        out += [["i", "disagree"], ["disagree"], ["no", "way"], ["nope"], ["nah"], ["not", "true"], ["wrong"]]
        return out
    }()

    /// The rejecting clauses by their first word: a clause can only start where its first word
    /// is typed, so each token is tried against those few, not every clause.
    static let rejectingClausesByFirstWord: [String: [[String]]] = Dictionary(
        grouping: rejectingClauses, by: { $0[0] })

    /// Words that may come inside or around a rejecting clause without changing it ("i just
    /// don't buy it", "i honestly disagree", "nope not at all").
    static let rejectionFillers: WordSet = [
        "just", "really", "honestly", "totally", "personally", "fully", "even", "tbh", "lol", "at", "all", "though",
        "tho", "100", "completely", "strongly", "myself", "one", "bit",
    ]

    /// Words before a rejecting clause that still let it open a clause ("…, but i don't buy it").
    static let rejectionOpeners: WordSet = [
        "but", "and", "though", "tho", "yet", "honestly", "personally", "tbh", "imo", "well", "so", "lol", "like",
        "um", "umm", "uh", "idk", "ok", "okay", "haha", "no",
    ]

    /// The end (exclusive) of a rejecting clause starting at token `i`, or nil.
    private func rejectionEnd(_ tokens: [Token], at i: Int) -> Int? {
        for cue in Self.rejectingClausesByFirstWord[tokens[i].typed] ?? [] {
            var j = i
            var k = 0
            while k < cue.count, j < tokens.count, tokens[j].sentence == tokens[i].sentence {
                if tokens[j].typed == cue[k] {
                    k += 1
                    j += 1
                } else if k > 0, Self.rejectionFillers.contains(tokens[j].typed) {
                    j += 1
                } else {
                    break
                }
            }
            guard k == cue.count else { continue }
            // Fillers after it ("i don't buy it at all", "nope lol"), then the clause must end.
            while j < tokens.count, tokens[j].clause == tokens[j - 1].clause,
                Self.rejectionFillers.contains(tokens[j].typed)
            {
                j += 1
            }
            if j == tokens.count || tokens[j].clause != tokens[j - 1].clause
                || analyzer.clauseBreaks.contains(tokens[j].typed)
            {
                return j
            }
        }
        return nil
    }

    /// The content positions of every view rejected by a clause of its own after it: the rest
    /// of its sentence before the rejection (back to an earlier rejection), or, when the
    /// rejection opens its sentence, the sentence before.
    func rejectedViews(_ line: Line) -> Set<Int> {
        let tokens = line.tokens
        var stretches: [Range<Int>] = []
        var lastEnd = 0
        var i = 0
        while i < tokens.count {
            let opens =
                i == 0 || tokens[i - 1].clause != tokens[i].clause
                || Self.rejectionOpeners.contains(tokens[i - 1].typed)
                || analyzer.clauseBreaks.contains(tokens[i - 1].typed)
            // (Not what the learner would show or tell the client: "show him it is wrong".)
            guard opens, !Analyzer.toldToSomeone(tokens, clauseStart: i), let end = rejectionEnd(tokens, at: i) else {
                i += 1
                continue
            }
            // Back over the words that open it ("but", "honestly") to its sentence's start.
            var lo = i
            while lo > lastEnd, tokens[lo - 1].sentence == tokens[i].sentence { lo -= 1 }
            if lo == i, i > 0, tokens[i - 1].sentence != tokens[i].sentence {
                // "… the family keeps him there. Nope": the sentence before.
                let previous = tokens[i - 1].sentence
                while lo > lastEnd, tokens[lo - 1].sentence == previous { lo -= 1 }
            }
            if lo < i { stretches.append(lo..<i) }
            lastEnd = end
            i = end
        }
        guard !stretches.isEmpty else { return [] }
        var out: Set<Int> = []
        for (c, t) in line.positions.enumerated() where stretches.contains(where: { $0.contains(t) }) { out.insert(c) }
        return out
    }
}
