/// (round 25) A line that opens with a phrase of another language whose first word is spelled
/// like an English auxiliary: "Do widzenia, see you tomorrow" (Polish goodbye), "do svidaniya".
/// Read as English, "do" opened a yes-or-no question about "widzenia", and a question about a
/// topic keeps no conversational cue, so the goodbye after it was dropped and the line went out
/// of scope. A clause of only the auxiliary and one word that is no everyday English word asks
/// nothing; nor does an auxiliary alone in its clause.
extension Matcher {
    /// Whether the line's first clause is an auxiliary and at most one word not English.
    func opensWithForeignPhrase(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 3 else { return false }
        if tokens[1].clause != tokens[0].clause { return true }
        guard tokens[2].clause != tokens[1].clause, !tokens[1].corrected else { return false }
        return !analyzer.corrector.isEveryday(tokens[1].word)
    }
}
