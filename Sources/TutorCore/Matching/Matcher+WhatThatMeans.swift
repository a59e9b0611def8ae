/// Round 29: a case told about a client, then "what does that mean" ("client started arguing
/// w me halfway thru, what does that mean", "lately she says yes to everything and gives one
/// word answers, what does that mean"). "That" is the case: the learner asks what is going on
/// in it, an explanation, though "what does … mean" asks a word's meaning when the word is
/// named ("metacommunication, what does that mean", "alliance with yourself?? what does that
/// mean").
extension Matcher {
    /// Whether some clause of the line is a bare "what does that/this mean" (with nothing after
    /// it but words that only close a question).
    static func asksWhatThatMeans(_ tokens: [Token]) -> Bool {
        for i in tokens.indices where tokens[i].word == "what" && i + 3 < tokens.count {
            guard ["does", "did"].contains(tokens[i + 1].word), ["that", "this"].contains(tokens[i + 2].word),
                tokens[i + 3].word == "mean", i == 0 || tokens[i - 1].clause != tokens[i].clause
            else { continue }
            let clause = tokens[i].clause
            let rest = tokens[(i + 4)...].prefix { $0.clause == clause }
            if rest.allSatisfy({ whatIsItClosers.contains($0.word) }) { return true }
        }
        return false
    }

    /// Whether the line tells a case of someone before it asks: a situation told names its
    /// first concept, and a person of the story ("client", "he", "she", "my guy") comes first.
    func asksWhatACaseMeans(_ ranked: [Int], terms: TermScan, tokens: [Token]) -> Bool {
        // (round 32) Or what it tells ("what is that telling me", `Matcher+WhatACaseTells.swift`).
        guard let top = ranked.first, terms.situated[top] != nil,
            Self.asksWhatThatMeans(tokens) || Self.asksWhatThatTells(tokens),
            let what = tokens.firstIndex(where: { Self.whatWords.contains($0.word) })
        else { return false }
        return tokens[..<what].contains {
            Self.thirdParties.contains($0.word) || Self.storyPeople.contains($0.word) || $0.word == "client's"
        }
    }
}
