/// A whole line that only takes leave: "later!", "night", "peace", "catch you tomorrow",
/// "that's all for tonight". Each of these words has an ordinary sense inside a sentence
/// ("later in treatment", "a night out", "peace of mind", "the plan for tomorrow"), so none
/// can be a cue; but a line made of nothing else, besides the small words people take leave
/// with, can only end the session.
extension Matcher {
    /// Words that take leave by themselves ("later", "peace") or name when the learner will
    /// be back ("catch you tomorrow", "that's all for tonight"), in the learner's own language
    /// too ("tchau").
    static let partingWords: WordSet = [
        "later", "laters", "l8r", "night", "nite", "peace", "ciao", "adios", "tonight", "tomorrow", "tmrw", "tmr",
        "soon", "tchau", "chau", "adeus", "bed", "bedtime", "chao", "luego", "manana",
        // (round 24) "ok thats all for me today".
        "today",
    ]

    /// The small words said around them: who is left, what is over, politeness.
    static let leaveTakingCompanions: WordSet = [
        "catch", "see", "talk", "you", "u", "ya", "y'all", "all", "everyone", "guys", "that's", "thats", "that",
        "is", "it", "for", "ok", "okay", "k", "kk", "alright", "well", "then", "now", "me", "i'm", "im", "off",
        "out", "done", "thanks", "thx", "ty", "ta", "cheers", "good", "bye", "and", "till", "until", "again",
        "the", "to", "mate", "folks",
        // (round 24) "aight thats all for me tonight, peace".
        "aight", "ight", "ayt",
        // (round 22) The same small words in Spanish ("listo, adiós", "ya, hasta mañana", "bueno,
        // nos vemos").
        "listo", "lista", "bueno", "ya", "pues", "hasta", "nos", "vemos", "gracias", "pronto",
    ]

    /// Whether the whole line is a leave-taking of this kind: at least one parting word and
    /// no word that is neither one nor a companion, in a short line.
    static func onlyTakesLeave(_ tokens: [Token]) -> Bool {
        // A word is taken as typed too: the corrector reads "listo" as "list".
        let words = tokens.filter { $0.word.contains(where: \.isLetter) }
        let parting = { (t: Token) in partingWords.contains(t.word) || partingWords.contains(t.typed) }
        guard !words.isEmpty, words.count <= 7, words.contains(where: parting) else { return false }
        return words.allSatisfy {
            parting($0) || leaveTakingCompanions.contains($0.word) || leaveTakingCompanions.contains($0.typed)
        }
    }
}
