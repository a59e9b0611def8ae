/// (round 32) A case told, then what it tells the learner: "when a client argues with me and
/// keeps cutting me off, what is that telling me", "she goes quiet whenever her dad comes up,
/// what does that tell me", "he cancels every other week - whats this saying about us". As
/// "what does that mean" after a case (`Matcher+WhatThatMeans.swift`), "that" is the case: the
/// learner asks what is going on in it, an explanation, not the definition of the concept
/// whose situation the story told.
///
/// The clause: "what", then "is"/"'s" and a form in "-ing" ("telling", "saying", "showing"),
/// or "does"/"did" and the bare verb ("tell", "say", "show"), with "that", "this" or "it" as
/// its subject; after it only "me", "us", "you" and words that close a question, or "about"
/// and whatever it is about. "What does that word tell you" and "tell me what discord is"
/// are no such clause.
extension Matcher {
    /// Whether some clause of the line asks what "that" (a case) tells, as above.
    static func asksWhatThatTells(_ tokens: [Token]) -> Bool {
        for i in tokens.indices where Self.whatWords.contains(tokens[i].word) && i + 2 < tokens.count {
            guard i == 0 || tokens[i - 1].clause != tokens[i].clause else { continue }
            var j = i + 1
            let contracted = tokens[i].word != "what"
            var progressive = contracted
            if !contracted {
                if ["is", "'s"].contains(tokens[j].word) {
                    progressive = true
                } else if !["does", "did", "do"].contains(tokens[j].word) {
                    continue
                }
                j += 1
            }
            guard j + 1 < tokens.count, ["that", "this", "it"].contains(tokens[j].word) else { continue }
            let verb = tokens[j + 1].word
            guard (progressive ? caseTellingForms : caseTellingVerbs).contains(verb) else { continue }
            let clause = tokens[i].clause
            let rest = tokens[(j + 2)...].prefix { $0.clause == clause }
            if rest.first?.word == "about"
                || rest.allSatisfy({ ["me", "us", "you", "u"].contains($0.word) || whatIsItClosers.contains($0.word) })
            {
                return true
            }
        }
        return false
    }

    static let caseTellingForms: WordSet = ["telling", "saying", "showing", "signalling", "signaling"]
    static let caseTellingVerbs: WordSet = ["tell", "say", "show", "signal"]
}
