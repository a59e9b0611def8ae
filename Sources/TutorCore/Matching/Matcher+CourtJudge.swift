/// "The judge or the family", "judge makes him come", "his judge": the judge is a person, the
/// court, not the judging the lexicon's synonym group holds ("judgmental", "criticism",
/// "blame"). A judge said as a person fills a term only where the term says "judge" itself
/// ("ordered by a judge"), never where it says a synonym of judging ("family criticism"), so
/// the court beside a family is no case of a family's negative messages.
///
/// A situation's slot written "=judge" is filled the same way: by a judge said as a person.
extension Matcher {
    static let judgeWords: WordSet = ["judge", "judges"]

    /// Words before "judge" that make it a person: a determiner or a possessive.
    static let judgeDeterminers: WordSet = [
        "the", "a", "my", "his", "her", "their", "your", "ur", "that", "this", "every", "any", "some", "one",
    ]
    /// Words after "judge" that make it a person acting or one side of a choice.
    static let judgeActs: WordSet = [
        "made", "makes", "make", "making", "ordered", "orders", "order", "sent", "sends", "send", "forced",
        "forces", "forcing", "pushed", "pushes", "pushing", "said", "says", "told", "tells", "gave", "gives",
        "mandated", "mandates", "wants", "wanted", "or", "vs", "versus", "and",
    ]
    /// Words before "judge" that make it the verb ("don't judge or lecture", "to judge", "they judge").
    static let judgingSubjects: WordSet = [
        "i", "you", "u", "we", "they", "he", "she", "to", "not", "never", "will", "would", "should", "could",
        "can", "might", "must", "may", "do", "does", "did", "dont", "cant", "wont", "or", "and",
    ]

    static func isCourtJudge(_ tokens: [Token], at p: Int) -> Bool {
        let word = tokens[p].word
        guard judgeWords.contains(word) else { return false }
        if p > 0, judgeDeterminers.contains(tokens[p - 1].word) { return true }
        if p > 0, judgingSubjects.contains(tokens[p - 1].word) || tokens[p - 1].isNegator { return false }
        return p + 1 < tokens.count && judgeActs.contains(tokens[p + 1].word)
    }

    /// Whether a placement puts a judge said as a person on a term's word that is not "judge".
    func readsTheCourtAsJudging(_ tokens: [Token], positions: [Int], surface: [String]) -> Bool {
        zip(positions, surface).contains { p, s in s != "judg" && Self.isCourtJudge(tokens, at: p) }
    }
}
