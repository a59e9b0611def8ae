/// "My uncle's counselor made him feel ashamed", "the counselor of my uncle", "my brothers
/// sponsor made him go": a relative named as whose helper it is owns the one who acts, and is
/// not the family acting. The relative fills no slot of a situation ("family … made him") and
/// no word of a term ("family … lecturing"), so the line is no case of the family insisting
/// or of its messages; the helper's act is what the story tells.
/// A relative who acts ("my uncle made him go to his counselor") still fills it.
extension Matcher {
    /// People who help or oversee a client, not the family: whose they are says nothing of
    /// who acts.
    static let helperWords: WordSet = [
        "counselor", "counsellor", "counselors", "counsellors", "therapist", "therapists", "sponsor", "sponsors",
        "doctor", "doctors", "doc", "psychiatrist", "nurse", "teacher", "coach", "lawyer", "pastor", "priest",
        "caseworker", "clinician", "provider", "po", "officer", "boss", "consejero", "consejera", "terapeuta",
    ]
    /// Small words between "of" and the relative ("the counselor of my uncle").
    static let possessorDeterminers: WordSet = ["my", "his", "her", "their", "our", "your", "the", "a", "mi", "su"]

    /// Whether the word at `i` is a relative who owns a helper: typed possessive, or plural in
    /// form, right before the helper ("uncle's counselor", "brothers sponsor"), or after "of"
    /// that follows the helper ("the counselor of my uncle").
    func isPossessorOfAHelper(_ tokens: [Token], at i: Int) -> Bool {
        // The helper beside the word first (set lookups on its neighbours): most words have
        // none, and are not looked at again.
        // The tokenizer reads "uncle's" as "uncle is": "is" right before a helper is the
        // possessive ("my uncle is a counselor" has its article).
        let helperAfterIs =
            i + 2 < tokens.count && ["is", "s"].contains(tokens[i + 1].word)
            && Self.helperWords.contains(tokens[i + 2].word)
        let helperAfter = i + 1 < tokens.count && Self.helperWords.contains(tokens[i + 1].word)
        var j = i - 1
        if j >= 0, Self.possessorDeterminers.contains(tokens[j].word) { j -= 1 }
        let helperBeforeOf = j >= 1 && tokens[j].word == "of" && Self.helperWords.contains(tokens[j - 1].word)
        guard helperAfterIs || helperAfter || helperBeforeOf, Self.isRelative(tokens[i], analyzer: analyzer) else {
            return false
        }
        if helperAfterIs { return true }
        if helperAfter {
            let typed = tokens[i].typed.replacingOccurrences(of: "\u{2019}", with: "'")
            if typed.hasSuffix("'s") || typed.hasSuffix("s'") || typed.hasSuffix("s") { return true }
        }
        return helperBeforeOf
    }

    /// A word of the family's synonym group ("uncle", "mom", "relatives"), or a sibling or
    /// partner, which the group leaves out.
    static func isRelative(_ token: Token, analyzer: Analyzer) -> Bool {
        token.stem == analyzer.porterStem("family") || relativesOutsideTheGroup.contains(token.word)
            || relativesOutsideTheGroup.contains(String(token.word.dropLast(token.word.hasSuffix("'s") ? 2 : 1)))
    }
    static let relativesOutsideTheGroup: WordSet = [
        "brother", "sister", "son", "daughter", "cousin", "wife", "husband", "partner", "boyfriend", "girlfriend",
        "uncle", "aunt", "mom", "dad", "mother", "father", "grandma", "grandpa", "nephew", "niece",
    ]
}
