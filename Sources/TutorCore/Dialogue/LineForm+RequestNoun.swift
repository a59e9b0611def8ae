extension LineForm {
    /// Round 26: a line that names what it asks for by a request noun, "an example of…",
    /// "another example", "the difference between…", whatever verb, filler or language
    /// puts the request around it ("wait gimme another example of change talk first", "ek aur
    /// example of change talk do", "espera, what is difference between lapse and relapse",
    /// "example de collaboration?"). The verb may be misspelt or foreign and the opening a
    /// word the question forms do not know, but the noun says what is wanted. The words after
    /// the noun (what is asked about), or nil when the line has no such noun or says something
    /// of it: "for example if…", "no difference", "makes a difference", "an example of change
    /// talk is 'I want to quit'" (a copula or a modal after the noun states rather than asks).
    static func namedRequest(_ analysis: Analysis) -> ArraySlice<String>? {
        let w = analysis.tokens.map(\.word)
        guard let n = w.firstIndex(where: requestNouns.contains) else { return nil }
        let before = w[..<n].suffix(3)
        if let last = before.last, ["for", "no", "eg"].contains(last) { return nil }
        if before.contains(where: makingWords.contains) { return nil }
        let after = w[(n + 1)...]
        // After the noun: nothing, what it is of, or a word that presses the request.
        guard let next = after.first else { return after }
        guard requestLinks.contains(next) || requestPressers.contains(next) else { return nil }
        if after.contains(where: { copulas.contains($0) || statingVerbs.contains($0) }) { return nil }
        return after
    }

    /// Nouns that name a thing asked of the tutor.
    static let requestNouns: WordSet = ["example", "examples", "difference", "differences"]
    /// Words that tie a request noun to what it is asked about ("of", Spanish and French "de").
    static let requestLinks: WordSet = ["of", "between", "from", "de", "on", "about", "with"]
    /// Words after the noun that only press the request (the tokens keep no "?").
    static let requestPressers: WordSet = ["please", "pls", "plz", "first", "again", "too", "do", "dena"]
    /// Verbs that make a difference rather than ask for one.
    static let makingWords: WordSet = ["make", "makes", "made", "making", "big", "huge", "real"]
    /// Verbs after the noun that state what the example or difference is.
    static let statingVerbs: WordSet = [
        "would", "could", "might", "will", "be", "means", "shows", "lies", "being", "has",
    ]
}
