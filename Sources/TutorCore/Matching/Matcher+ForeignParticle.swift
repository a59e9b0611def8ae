/// Round 28: a discourse particle of another language said as a clause of its own inside an
/// English line ("how do I show I am really listening, ja, without…", "what is medication
/// adherence, tamam, is it…", "…working about the same, mira"). It only marks the speaker's
/// tone, as "you know" or "right" would; as an unknown word it would count as a word of
/// another subject and could put the line out of scope. It is read as a small word.
extension Matcher {
    /// Particles of other languages learners put between commas: German, Dutch and Afrikaans
    /// "ja", Turkish "tamam", Spanish "mira", "pues", "oye", "vale", Persian and Arabic "yani",
    /// Hindi and Urdu "yaar", "acha", "haan", Malay and Singlish "lah", "neh".
    static let foreignParticles: WordSet = [
        "ja", "tamam", "mira", "pues", "oye", "vale", "yani", "yaar", "acha", "achha", "haan", "lah", "neh",
    ]

    /// The tokens with each such particle that is its clause's only word (or closes the line
    /// in a clause of its own) read as a small word.
    func settingAsideForeignParticles(_ tokens: [Token]) -> [Token] {
        var out: [Token]?
        for i in tokens.indices where Self.foreignParticles.contains(tokens[i].word) {
            let clause = tokens[i].clause
            let alone =
                (i == 0 || tokens[i - 1].clause != clause) && (i + 1 == tokens.count || tokens[i + 1].clause != clause)
            guard alone, i > 0 else { continue }
            if out == nil { out = tokens }
            out![i].isStop = true
            out![i].known = true
        }
        return out ?? tokens
    }
}
