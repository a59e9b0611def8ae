extension Matcher {
    /// "I always confuse this, I feel bad about it": a concept named only by a feeling the
    /// learner says of themself ("I feel bad", "I'm feeling guilty") names no topic; the feeling
    /// is the learner's own (guilt and shame as a tactic is done to a client). Every term of
    /// every concept named must open on a verb of feeling with the learner as its subject.
    func namedOnlyAsOwnFeeling(_ concepts: [Int], terms: TermScan, tokens: [Token]) -> Bool {
        guard !concepts.isEmpty, terms.situated.isEmpty else { return false }
        return concepts.allSatisfy { c in
            guard let own = terms.tokens[c], let first = own.min() else { return false }
            let verb = Self.feelingVerbs.contains(tokens[first].word) ? first : first - 1
            guard verb >= 1, Self.feelingVerbs.contains(tokens[verb].word) else { return false }
            return tokens[max(0, verb - 2)..<verb].contains { Self.firstPerson.contains($0.word) }
        }
    }
}
