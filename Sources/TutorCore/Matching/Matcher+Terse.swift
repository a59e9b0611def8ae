/// A whole line of one hurried word ("hnt", "helo", "qiz"): a word of the conversation's own
/// typed with a letter left out. The spelling corrector leaves words of four letters and
/// under alone, since inside a sentence such a word is as likely another real word; a line
/// of that one word alone, in a tutor, can only be a request, so it is read as the one
/// request word it falls one letter short of.
extension Matcher {
    /// The request a line makes when its only word, besides politeness, is a one-word cue
    /// of a request (not of a content question) with one letter left out, and no other
    /// request's cue is that close. Only for words the knowledge base does not know.
    func terseRequest(_ tokens: [Token]) -> Intent? {
        let words = tokens.filter { $0.word.contains(where: \.isLetter) && !Self.tersePolite.contains($0.word) }
        guard words.count == 1, let token = words.first, !token.known, token.word.count >= 3,
            cueIndex[token.stem] == nil
        else { return nil }
        let typed = Array(token.word)
        var found: Set<Intent> = []
        for cue in cues where cue.stems.count == 1 && !cue.intent.isContent {
            guard let stem = cue.stems[0], stem.count == typed.count + 1, stem.count >= 4 else { continue }
            if Self.dropsOneLetter(Array(stem), typed) { found.insert(cue.intent) }
        }
        for (word, intent) in Self.bareRequests where word.count == typed.count + 1 {
            if Self.dropsOneLetter(Array(word), typed) { found.insert(intent) }
        }
        return found.count == 1 ? found.first : nil
    }

    private static let tersePolite: WordSet = ["please", "pls", "plz", "ok", "okay", "now"]

    /// Whether `short` is `long` with one letter taken out, the first letter kept ("hnt" is
    /// "hint", not "thin").
    static func dropsOneLetter(_ long: [Character], _ short: [Character]) -> Bool {
        guard long.count == short.count + 1, long.first == short.first else { return false }
        var i = 0
        while i < short.count && long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }
}
