/// "I see: clinicians often miss the ones getting worse", "oh i see, so they can flag it
/// early": an "I see" that opens the line and stands as its own clause acknowledges what the
/// tutor just said. It is said to the tutor, not of the case: no one in it sees anything, so a
/// belief in seeing or telling without asking ("a good counselor can see it") is not in it.
/// Its words are kept out of matching, as a request put to the tutor is
/// (`Grader+RequestsOfTheTutor`); the rest of the line is read as usual.
///
/// Only when nothing but small words of assent come before it and its clause ends right after
/// it ("I see now." too): "I see him as the expert" and "I see what you mean, he should …" are
/// read as written.
extension Grader {
    /// Small words that may come before an opening "I see" ("oh", "ah ok", "right").
    static let acknowledgementLeads: WordSet = [
        "oh", "ohh", "ah", "ahh", "aha", "ahhh", "ok", "okay", "right", "yes", "yeah", "hmm", "hm", "mm", "well",
        "alright", "so",
    ]
    /// Words that may close the acknowledgement ("I see now", "I see then").
    static let acknowledgementClosers: WordSet = ["now", "then", "it", "that"]

    /// The tokens of an opening "I see" that stands as its own clause, with the small words
    /// before it; empty when the line has none.
    func acknowledgement(_ tokens: [Token]) -> Set<Int> {
        var i = 0
        while i < tokens.count, Self.acknowledgementLeads.contains(tokens[i].typed) { i += 1 }
        guard i + 1 < tokens.count, tokens[i].typed == "i", tokens[i + 1].typed == "see",
            tokens[i + 1].clause == tokens[i].clause
        else { return [] }
        var end = i + 2
        if end < tokens.count, tokens[end].clause == tokens[i].clause,
            Self.acknowledgementClosers.contains(tokens[end].typed)
        {
            end += 1
        }
        // Its clause ends after it, and something follows: a bare "I see" is no answer at all,
        // and is read as typed.
        guard end < tokens.count, tokens[end].clause != tokens[i].clause else { return [] }
        return Set(0..<end)
    }
}
