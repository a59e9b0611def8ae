/// "Ano ba ang transference?", "Paano po build a good alliance…": Filipino learners mix
/// Tagalog's small words into a line. Two or more of them tell the language: they are then
/// small words, evidence of no field and no unknown subject, as Spanish's are
/// (`settingAsideMixedInFunctionWords`), and the line's words the knowledge base does not know
/// are words of that language. Its "po" is the particle of politeness, not a probation
/// officer (a PO), so it fills no situation's slot. Words that are requests of their own
/// ("salamat", thanks; "kumusta", how are you) stay cues in a line of Tagalog alone ("salamat
/// po"), and are small words beside a request in English ("Kumusta na po ako? how is my score").
extension Matcher {
    static let tagalogFunctionWords: WordSet = [
        "ano", "ba", "ang", "paano", "po", "opo", "naman", "lang", "talaga", "yung", "mga", "ako", "ikaw", "siya",
        "kasi", "ito", "iyan", "ng", "nga", "daw", "pala", "bakit",
    ]

    static let tagalogRequestWords: WordSet = ["salamat", "kumusta", "kamusta", "sige"]
    /// Both lists (built once: this runs on every line).
    static let tagalogWords = tagalogFunctionWords.union(tagalogRequestWords)

    func settingAsideTagalog(_ tokens: [Token]) -> [Token] {
        let beside = tokens.contains { $0.isContent && $0.known && !Self.tagalogWords.contains($0.typed) }
        let found = tokens.indices.filter {
            Self.tagalogFunctionWords.contains(tokens[$0].typed)
                || beside && Self.tagalogRequestWords.contains(tokens[$0].typed)
        }
        guard Set(found.map { tokens[$0].typed }).count >= 2 else { return tokens }
        var out = tokens
        for i in found { out[i].isStop = true }
        for i in out.indices where !out[i].known && !out[i].corrected { out[i].isStop = true }
        return out
    }

    /// Whether a slot's filler written as typed stands on a word set aside as a small word of
    /// another language ("po" of Tagalog), or on "judge" said as the verb (`isCourtJudge`).
    static func fillsNothing(_ filler: FrameFiller, _ tokens: [Token], at i: Int) -> Bool {
        guard filler.exact, let first = filler.keys.first else { return false }
        if judgeWords.contains(first) { return !isCourtJudge(tokens, at: i) }
        return tokens[i].isStop && tagalogFunctionWords.contains(first)
    }
}
