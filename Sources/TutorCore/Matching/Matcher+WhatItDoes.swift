/// Round 28: what a thing does, asked with the verb at the clause's end ("what does the bond
/// part of bordin's model do", "what does the WAI measure", "what do agreed goals add to the
/// therapeutic alliance"). It asks what the thing is for, its work: an explanation. With no cue
/// of its own (the wildcard cue "what does * do for" holds at most four words between), the
/// line was read as a definition, the default of "what".
/// The learner's own doing ("what do i do", "what do you do") is a how-to, and the cues read it.
extension Matcher {
    /// The verbs of a thing's work.
    static let workVerbs: WordSet = ["do", "add", "adds", "measure", "measures", "contribute", "accomplish", "achieve"]
    /// Subjects that make it the learner's own doing or the tutor's.
    static let ownDoers: WordSet = ["i", "we", "you", "u", "ya", "me"]

    /// Whether a clause opens on "what do/does/did", has a subject other than the learner, and
    /// closes on a verb of work (or has it before "to" or "for": "add to the alliance").
    static func asksWhatItDoes(_ tokens: [Token]) -> Bool {
        for i in tokens.indices where tokens[i].word == "what" && i + 3 < tokens.count {
            guard ["do", "does", "did"].contains(tokens[i + 1].word), !ownDoers.contains(tokens[i + 2].word),
                i == 0 || tokens[i - 1].clause != tokens[i].clause
            else { continue }
            let clause = tokens[i].clause
            var k = i + 3
            while k < tokens.count, tokens[k].clause == clause {
                if workVerbs.contains(tokens[k].word) {
                    let next = k + 1 < tokens.count && tokens[k + 1].clause == clause ? tokens[k + 1].word : nil
                    if next == nil || next == "to" || next == "for" { return true }
                }
                k += 1
            }
        }
        return false
    }
}
