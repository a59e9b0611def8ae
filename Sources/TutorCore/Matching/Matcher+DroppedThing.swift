/// "Drop me an example of sustain talk", "drop us a quick hint": "drop" with a person and then
/// a thing asks the tutor to give the thing, as "send me one" does. It is no client dropping
/// out ("drop" is in retention's synonym group of quitting) and no leaving ("quit" cues a
/// goodbye), so the word is read as "give" before cues and terms are looked for. "He dropped
/// me as his counselor" names no thing given and still is.
extension Matcher {
    static let droppingVerbs: WordSet = ["drop", "drops", "dropping"]
    /// Words that open the thing given after the person ("a", "an", "one", "some", "another").
    static let thingGivenOpeners: WordSet = ["a", "an", "one", "some", "another", "few", "couple", "quick"]

    static func dropsAThingTo(_ tokens: [Token], at p: Int) -> Bool {
        guard droppingVerbs.contains(tokens[p].typed), p + 2 < tokens.count,
            ["me", "us"].contains(tokens[p + 1].word)
        else { return false }
        return thingGivenOpeners.contains(tokens[p + 2].word)
    }

    /// The line with each "drop" that gives a thing read as "give".
    func readingDropAsGive(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { Self.droppingVerbs.contains($0.typed) }) else { return tokens }
        var out = tokens
        for p in tokens.indices where Self.dropsAThingTo(tokens, at: p) {
            out[p].word = "give"
            out[p].stem = analyzer.porterStem("give")
        }
        return out
    }
}
