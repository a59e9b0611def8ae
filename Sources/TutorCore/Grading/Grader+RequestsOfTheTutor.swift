/// Lines of not knowing that still hold a word of an idea, because part of them is said to the
/// tutor rather than about the case:
///
/// - a request the learner puts to the tutor ("I don't know the guidance here; could you help?",
///   "… please explain them first", "Could you rephrase the question?"): a clause that opens
///   by addressing the tutor ("could you", "can u", "please") and whose content words are only
///   a request's (help, explain, rephrase, the question, an example) is no part of the answer.
///   Its words are kept out of matching, and the rest of the line is read for not knowing;
/// - the question's own pair of options named back, side by side, in a line that says the
///   learner does not know ("Lapse, relapse… I don't know the difference", "I'm confused
///   between the two words, lapse and relapse"): naming both options chooses neither, so the
///   one-word match on one of them is no evidence of the idea.
///
/// A request that carries a claim ("can you imagine trusting someone who yells at you?",
/// "could you help them feel safe") has content words of its own and is read as written;
/// an option named alone ("lapse, i think"), or with the other denied ("a lapse, not a
/// relapse"), is still a choice.
extension Grader {
    /// Words that open a request to the tutor when "you" follows them ("could you help").
    static let requestModals: WordSet = ["can", "could", "would", "will", "cud", "cn", "might"]
    /// Words that open a request to the tutor on their own ("please explain").
    static let requestCourtesies: WordSet = ["please", "pls", "plz", "kindly"]
    /// The content words a request to the tutor may hold: what it asks the tutor to do, and to
    /// what ("rephrase the question", "explain them first", "give me an example").
    static let tutorRequestWords: WordSet = [
        "help", "explain", "rephrase", "reword", "repeat", "clarify", "elaborate", "simplify", "tell", "give", "show",
        "define", "describe", "question", "hint", "example", "answer", "word", "words", "term", "terms", "meaning",
        "difference", "first", "again", "simpler", "please", "pls", "plz", "kindly", "bit", "little", "more", "one",
        "two", "both", "differently", "another", "way",
    ]

    /// The tokens of each clause the learner addresses to the tutor as a request.
    func tutorRequests(_ tokens: [Token]) -> Set<Int> {
        var out: Set<Int> = []
        var start = 0
        while start < tokens.count {
            let clause = tokens[start].clause
            var end = start
            while end < tokens.count, tokens[end].clause == clause { end += 1 }
            defer { start = end }
            var i = start
            while i < end, Self.openers.contains(tokens[i].typed) { i += 1 }
            guard i < end else { continue }
            let first = tokens[i].typed
            let addressed =
                Self.requestModals.contains(first) && i + 1 < end && ["you", "u", "ya"].contains(tokens[i + 1].typed)
                || Self.requestCourtesies.contains(first) && i + 1 < end
                    && Self.tutorRequestWords.contains(tokens[i + 1].typed)
            guard addressed,
                tokens[i..<end].contains(where: { $0.isContent }),
                tokens[i..<end].allSatisfy({ !$0.isContent || Self.tutorRequestWords.contains($0.typed) })
            else { continue }
            out.formUnion(start..<end)
        }
        return out
    }

    /// The line without its requests to the tutor (and without the tokens `also`: options
    /// named back), for reading whether it says "I don't know"; the line itself when it has none.
    func withoutTutorRequests(_ analysis: Analysis, also: Set<Int> = []) -> Analysis {
        let asked = tutorRequests(analysis.tokens).union(also)
        guard !asked.isEmpty else { return analysis }
        let kept = analysis.tokens.indices.filter { !asked.contains($0) }.map { analysis.tokens[$0] }
        var text = kept.map(\.typed).joined(separator: " ")
        // A question asked back keeps its mark: "… could you help?" ends the line as a question.
        if analysis.text.trimmingCharacters(in: .whitespaces).hasSuffix("?"), !kept.isEmpty,
            asked.contains(analysis.tokens.count - 1)
        {
            text += "."
        }
        return Analysis(text: text, tokens: kept)
    }

    /// Drops a one-word match on one of the question's options when the line names the other
    /// beside it and says it does not know (see the type's comment). Returns the tokens of the
    /// options so named.
    func dropNamedPairs(_ found: inout [String: Found], _ q: CompiledQuestion, _ line: Line, excluding: Set<Int>)
        -> Set<Int>
    {
        var named: Set<Int> = []
        guard !q.questionWords.isEmpty else { return named }
        var cue: Set<Int>?
        for idea in q.expectations {
            guard let f = found[idea.id], f.size == 1, f.positions.count == 1, let p = f.positions.first,
                p < line.content.count, !line.content[p].negated,
                q.questionWords.contains(Self.echoForm(line.content[p].word))
            else { continue }
            let pair = [p - 1, p + 1].first { o in
                o >= 0 && o < line.content.count && !line.content[o].negated && line.keys[o] != line.keys[p]
                    && q.questionWords.contains(Self.echoForm(line.content[o].word))
                    && line.content[o].sentence == line.content[p].sentence
                    && onlyJoinersBetween(line, min(o, p), max(o, p))
            }
            guard let other = pair else { continue }
            if cue == nil { cue = dontKnowCue(Analysis(text: "", tokens: line.tokens), toEnd: true) }
            guard let cue, !cue.isEmpty, !cue.contains(line.positions[p]) else { continue }
            found[idea.id] = find(idea, in: line, excluding: excluding.union([p, other]))
            named.formUnion([line.positions[p], line.positions[other]])
        }
        return named
    }

    /// Whether only "and", "or", "vs" or nothing stands between content words `a` and `b`
    /// (punctuation is no token).
    private func onlyJoinersBetween(_ line: Line, _ a: Int, _ b: Int) -> Bool {
        let lo = line.positions[a] + 1
        let hi = line.positions[b]
        guard lo <= hi else { return false }
        return line.tokens[lo..<hi].allSatisfy { ["and", "or", "vs", "versus", "nor"].contains($0.typed) }
    }
}
