/// Texting words ("lowkey", "fr", "ngl", "idk", "def" for definition): how a learner talks, not
/// another field's subject. A line naming one concept among them ("empathy lowkey confuses me
/// fr, whats the actual def") asks about that concept: the scope rules that count unknown
/// words as another subject's do not count these.
extension Matcher {
    static let chatTalk: Set<String> = [
        "lowkey", "highkey", "fr", "frfr", "ngl", "idk", "idc", "imo", "imho", "smh", "tbh", "def", "deffo", "bout",
        "abt", "dunno", "deadass", "bruh", "bro", "istg", "tryna", "finna", "prolly", "rly", "srsly", "pls", "plz",
        "thx", "ty", "lol", "lmao", "rofl", "omg", "btw", "fyi", "iirc", "afaik", "tho", "cuz", "ya", "yall", "ur",
        "rn", "bc", "fam", "yo", "sus", "legit", "literally", "kinda", "sorta", "gonna", "wanna", "gotta", "u",
    ]

    /// The unknown words that are not texting words.
    func subjectWords(_ unknown: [Int], _ tokens: [Token]) -> [Int] {
        unknown.filter { !Self.chatTalk.contains(tokens[$0].typed) }
    }
}
