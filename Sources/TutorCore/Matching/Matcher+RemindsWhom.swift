/// Who reminds whom: "the client reminds me of my ex" is the counselor's own reaction
/// (countertransference); "I remind him of his late father", "we remind her of her mother" is
/// the client seeing someone of their past in the counselor (transference). A term that says
/// the client reminds the counselor of someone is not found on a "remind" whose subject is the
/// counselor, however near the word "client" stands ("a client told me I remind him of…").
extension Matcher {
    static let remindingSpeakers: WordSet = ["i", "we"]

    static func remindsAnother(_ tokens: [Token], at p: Int) -> Bool {
        guard tokens[p].stem == "remind", p > 0 else { return false }
        return remindingSpeakers.contains(tokens[p - 1].word)
    }
}
