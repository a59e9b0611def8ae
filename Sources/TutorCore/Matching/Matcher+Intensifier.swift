/// Round 28: an intensifier said inside a question word ("What on earth is immediacy?", "what
/// the heck is empathic confrontation", "what in the world does that mean"). The words only
/// stress the question; said, they stand between "what" and "is", so the cue "what is" (a
/// definition) is not met and the line is read from its other words ("sounds like", "is it").
/// The question is read without them.
extension Matcher {
    /// The intensifiers, by their last word: the words before it that make it one.
    static let intensifierTails: WordMap<[[String]]> = WordMap([
        "earth": [["on"]], "world": [["in", "the"]], "heck": [["the"]], "hell": [["the"]], "fuck": [["the"]],
        "devil": [["the"]],
    ])
    /// The question words an intensifier follows.
    static let intensifiedWords: WordSet = ["what", "who", "where", "why", "how", "whats", "what's"]

    /// The tokens with each intensifier right after a question word taken out. Runs only
    /// where a line has one of the intensifiers' last words.
    func droppingIntensifiers(_ tokens: [Token]) -> [Token] {
        guard tokens.count >= 3, tokens.contains(where: { Self.intensifierTails[$0.word] != nil }) else {
            return tokens
        }
        var drop: [Int] = []
        for i in tokens.indices {
            guard let leads = Self.intensifierTails[tokens[i].word] else { continue }
            for lead in leads {
                let start = i - lead.count
                guard start >= 1, Self.intensifiedWords.contains(tokens[start - 1].word),
                    zip(lead, tokens[start..<i]).allSatisfy({ $0 == $1.word })
                else { continue }
                drop += Array(start...i)
                break
            }
        }
        guard !drop.isEmpty else { return tokens }
        return tokens.indices.filter { !drop.contains($0) }.map { tokens[$0] }
    }
}
