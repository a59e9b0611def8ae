/// Round 29: "How does the counselor's relationship with the client affect it?" after
/// medication adherence: the tokenizer reads a possessive's "'s" as "is", so the line seems
/// to hold a copula that sets two things side by side ("why isn't that the alliance"), and
/// the alliance it names as acting on the topic is taken for a second side to compare. An
/// "is" typed as "'s" on a noun (not on a pronoun: "that's", "it's", "what's" are copulas)
/// between two words of content is the possessive; it is masked where the copulas are read.
extension Tutor {
    /// Words that take a contracted "'s" as "is", never as a possessive.
    static let copulaHosts: WordSet = [
        "it", "that", "this", "what", "who", "where", "when", "how", "why", "there", "here", "he", "she", "which",
        "everything", "nothing", "something", "anything", "everyone", "someone", "anyone", "one", "let",
    ]

    /// The words with each possessive "'s" (read as "is") masked by "_".
    static func possessivesMasked(_ words: [String], _ analysis: Analysis) -> [String] {
        guard words.count == analysis.tokens.count, words.contains("is") else { return words }
        let text = analysis.text.lowercased().replacingOccurrences(of: "’", with: "'")
        var masked = words
        for i in analysis.tokens.indices.dropFirst().dropLast() where words[i] == "is" {
            let owner = analysis.tokens[i - 1]
            guard owner.isContent, analysis.tokens[i + 1].isContent, !copulaHosts.contains(owner.word),
                text.contains(owner.typed.lowercased() + "'s ")
            else { continue }
            masked[i] = "_"
        }
        return masked
    }
}
