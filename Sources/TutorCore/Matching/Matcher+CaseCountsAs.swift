/// (round 32) A case that names one concept, then whether it is another: "if the client and
/// his wife agree on the goals, does that count as the alliance?", "the family and patient
/// agree on goals together, is that the alliance also?", "she calls me before she drinks, is
/// this the safety net?". The learner sets what the case is beside the concept asked about:
/// a comparison of the two, not why the case holds (the story's words led to an explanation,
/// and the phrasing prior then took the concept from the case's words).
///
/// The line first tells of someone (a client, "he", "she", a family member); its last clause
/// opens with "is" or "does" (or "would", "could"), then "that" or "this", then at least one and at most "count as", "the same as", "part of", "really", "also", an article, and
/// a term of a concept other than the case's, named before that clause in words of its own.
/// "is that normal?", "does that help the alliance?" (a verb between), "is that the alliance
/// that keeps him coming" (more after the term) and "is it the alliance?" ("it" may be the
/// alliance itself) are no such clause.
extension Matcher {
    /// Whether the line tells a case of one concept and ends asking whether it is another.
    func asksWhetherTheCaseIs(_ ranked: [Int], terms: TermScan, tokens: [Token]) -> Bool {
        caseAndAskedConcept(ranked, terms: terms, tokens: tokens) != nil
    }

    /// The case's concept and the concept asked whether it is, as above; nil for any other line.
    func caseAndAskedConcept(_ ranked: [Int], terms: TermScan, tokens: [Token]) -> (told: Int, asked: Int)? {
        guard ranked.count >= 2, let last = tokens.last,
            let s = tokens.firstIndex(where: { $0.clause == last.clause }), s >= 3, s + 2 < tokens.count,
            ["is", "does", "would", "could", "isnt", "isn't", "doesnt", "doesn't"].contains(tokens[s].word),
            ["that", "this"].contains(tokens[s + 1].word),
            // A case of someone ("the client and his wife…", "she calls me…").
            tokens[..<s].contains(where: { Self.thirdParties.contains($0.word) || Self.storyPeople.contains($0.word) })
        else { return nil }
        var i = s + 2
        while i < tokens.count, Self.countingAsWords.contains(tokens[i].word) { i += 1 }
        // At least one such word ("the", "count as"): a verb right after "does that" ("does that
        // help the alliance") asks what the case does, not what it is.
        guard i < tokens.count, i > s + 2 else { return nil }
        // The concept named right there, to the clause's end (but for words that close it).
        let asked = ranked.prefix(3).first { c in
            guard let own = terms.tokens[c], let first = own.min() else { return false }
            return first == i && own.allSatisfy { $0 >= s }
        }
        guard let asked, let end = terms.tokens[asked]?.max(),
            tokens[(end + 1)...].allSatisfy({
                Self.whatIsItClosers.contains($0.word) || Self.caseClosers.contains($0.word)
            })
        else { return nil }
        // The case's own concept, named before the clause.
        let told = ranked.prefix(3).first { c in
            c != asked && (terms.tokens[c].map { own in !own.isEmpty && own.allSatisfy { $0 < s } } ?? false)
        }
        return told.map { ($0, asked) }
    }

    static let countingAsWords: WordSet = [
        "count", "counts", "as", "the", "a", "an", "same", "part", "of", "really", "also", "just", "basically",
        "what", "called", "considered", "like",
    ]
    static let caseClosers: WordSet = ["also", "too", "then", "or", "not", "still", "thing"]
}
