/// Round 29: a feeling's word that describes someone else ("How do I get a nervous client to
/// trust me early on?", "how do i calm an angry teen down"). The cue "i * nervous" reads a
/// feeling of the learner's own across the words between ("I get a nervous"), but the word
/// stands before the person it describes: the client is nervous, and the line asks what to do.
extension Matcher {
    /// People a feeling's word can describe, said right after it.
    static let describedPeople: WordSet = [
        "client", "clients", "patient", "patients", "guy", "guys", "kid", "kids", "teen", "teens", "person",
        "people", "man", "woman", "member", "members", "family", "parent", "parents", "mom", "dad",
    ]

    static let determiners: WordSet = [
        "a", "an", "the", "my", "your", "his", "her", "their", "our", "this", "that", "these", "those", "some",
        "every", "any",
    ]

    /// Whether the feeling cue over `span` ends on a word that describes the person after it, in
    /// its clause and after a determiner ("a nervous client"; "im nervous, client tomorrow" and "I
    /// get so nervous clients can tell" are the learner's).
    static func feelingDescribesAnother(_ tokens: [Token], span: Range<Int>) -> Bool {
        let next = span.upperBound
        return next >= 2 && next < tokens.count && describedPeople.contains(tokens[next].word)
            && tokens[next].clause == tokens[next - 1].clause && determiners.contains(tokens[next - 2].word)
    }
}
