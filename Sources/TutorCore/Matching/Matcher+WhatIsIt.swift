/// Round 28: a clause that is only "what is it", "what's that", "what is this exactly", said
/// beside a concept the line names ("the judge sends the client to the program, this is court
/// order treatment? what is it", "what does burnout look like for a counselor, what is it", "I
/// keep running across immediacy in my study guide. What is it?"). The clause asks what the
/// thing is: a definition, whatever the rest of the line says around it (a case, "look like",
/// "keep running across"). Its own "is it" is no question whether something holds.
/// A clause that goes on ("what is it about trust that…", "what is it for") is not bare.
extension Matcher {
    /// Words that may close the bare clause ("what is it exactly", "what's that again").
    static let whatIsItClosers: WordSet = [
        "exactly", "again", "even", "really", "actually", "then", "now", "precisely", "anyway", "lol",
    ]

    /// Whether some clause of the line is a bare "what is it/that/this". Runs only where the
    /// line has "what" (or "whats") followed by a pronoun within two words.
    static func asksBareWhatIsIt(_ tokens: [Token]) -> Bool {
        for i in tokens.indices where tokens[i].word == "what" || tokens[i].word == "whats" {
            var j = i + 1
            if tokens[i].word == "what" {
                guard j < tokens.count, ["is", "s", "'s"].contains(tokens[j].word) else { continue }
                j += 1
            }
            guard j < tokens.count, ["it", "that", "this"].contains(tokens[j].word) else { continue }
            let clause = tokens[i].clause
            // It opens its clause and nothing but closers follows in it.
            guard i == 0 || tokens[i - 1].clause != clause else { continue }
            let rest = tokens[(j + 1)...].prefix { $0.clause == clause }
            if rest.allSatisfy({ whatIsItClosers.contains($0.word) }) { return true }
        }
        return false
    }
}
