/// Texting words ("idk", "prolly", "def" for definition): how a learner talks, not another
/// field's subject. A line naming one concept among them ("empathy confuses me tbh, whats the
/// actual def") asks about that concept: the scope rules that count unknown words as another
/// subject's do not count these. Those the lexicon makes stopwords ("lowkey", "fr", "ngl", "tbh",
/// "lol") are never unknown words, so they are not listed again here.
extension Matcher {
    static let chatTalk: WordSet = [
        "frfr", "idk", "idc", "imo", "imho", "smh", "def", "deffo", "bout", "abt", "dunno", "bro", "istg", "tryna",
        "finna", "prolly", "rly", "srsly", "thx", "ty", "btw", "fyi", "iirc", "afaik", "ya", "yall",
        "fam", "yo", "sus", "legit", "literally", "kinda", "sorta", "gonna", "wanna", "gotta",
    ]

    /// The unknown words that are not texting words.
    func subjectWords(_ unknown: [Int], _ tokens: [Token]) -> [Int] {
        unknown.filter { !Self.chatTalk.contains(tokens[$0].typed) }
    }
}
