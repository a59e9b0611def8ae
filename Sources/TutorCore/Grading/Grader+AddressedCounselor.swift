/// "The relationship between you and the client", "me and the client working it together": a
/// "you" or a "me" joined by "and" to the client is the counselor, the other side of the
/// client in the relationship. The pronoun reads as "counselor", so "the connection between you
/// and your client" is the connection between counselor and client. A "you" not joined to the
/// client ("you listen to them") is read as it always was.
extension Grader {
    static let selfPronouns: WordSet = ["you", "u", "me", "ya"]
    /// The client, as typed after "and" ("you and the client", "you and your patient").
    static let clientNouns: WordSet = ["client", "clients", "patient", "patients"]
    static let clientLeads: WordSet = ["the", "your", "ur", "my", "a", "their"]

    static func readAddressedCounselor(_ tokens: inout [Token], _ analyzer: Analyzer) {
        for i in tokens.indices where selfPronouns.contains(tokens[i].typed) {
            // "you and (the) client"
            var after = false
            if i + 2 < tokens.count, tokens[i + 1].typed == "and" {
                var k = i + 2
                while k < tokens.count, k - i <= 3, clientLeads.contains(tokens[k].typed) { k += 1 }
                after = k < tokens.count && clientNouns.contains(tokens[k].typed)
            }
            // "(the) client and you"
            let before =
                i >= 2 && tokens[i - 1].typed == "and" && clientNouns.contains(tokens[i - 2].typed)
            guard after || before else { continue }
            tokens[i].isStop = false
            tokens[i].stem = analyzer.stem("counselor")
        }
    }
}
