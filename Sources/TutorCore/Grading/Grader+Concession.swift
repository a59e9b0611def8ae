/// Round 22: "fine, he's there in body but not bought in", "alright, so the guy gets
/// defensive": a word of giving way that opens the line as a clause of its own concedes the
/// tutor's point and goes on to the answer. It is no claim that something is fine (the
/// misconception that attending means all is well), so it is read as a small word.
extension Grader {
    /// Words of giving way that may open a line.
    static let concessionOpeners: WordSet = ["fine", "alright", "allright", "aight"]

    static func readConcession(_ tokens: inout [Token]) {
        // After "ok", "ok fine": the opening words, then the word of giving way in a clause of its own.
        var i = 0
        while i < tokens.count, ["ok", "okay", "oh", "well", "so"].contains(tokens[i].typed) { i += 1 }
        guard i + 1 < tokens.count, concessionOpeners.contains(tokens[i].typed),
            tokens[i + 1].clause != tokens[i].clause || ["so", "then"].contains(tokens[i + 1].typed)
        else { return }
        tokens[i].isStop = true
    }
}
