/// (round 29) "Ok dehna hun, I must go to the field now", "i have to head out to the barn
/// now", "gotta get back to work now": the learner leaving for somewhere, which takes leave of
/// the session. The place named ("the field", "the barn") is a word the tutor does not teach,
/// so the matcher put the line out of scope and the learner was told the topic is not
/// covered. The learner, a verb of having to, a verb of going, and "now" (or "soon", "today")
/// to end the line; no one else in it and nothing asked.
extension LineForm {
    /// Verbs of having to ("must", "have to", "gotta", "need to").
    static let havingTo: [[String]] = [
        ["must"], ["have", "to"], ["has", "to"], ["gotta"], ["got", "to"], ["need", "to"], ["needs", "to"],
        ["should"], ["am", "off", "to"], ["im", "off", "to"], ["i'm", "off", "to"],
    ]
    /// Verbs of going.
    static let goingWords: WordSet = ["go", "head", "leave", "run", "get", "rush", "dash", "fly"]
    /// Words of time that end a leave-taking.
    static let nowWords: WordSet = ["now", "soon", "today", "tonight", "rn", "already"]

    /// Whether the line says the learner must leave for somewhere now.
    static func leavesForElsewhere(_ analysis: Analysis) -> Bool {
        guard !analysis.text.contains("?") else { return false }
        let w = analysis.tokens.map(\.word).filter { $0.contains(where: \.isLetter) }
        guard w.count <= 16, let last = w.last, nowWords.contains(last), w.contains(where: firstPerson.contains),
            !w.contains(where: otherPeople.contains)
        else { return false }
        return w.indices.contains { i in
            havingTo.contains { p in
                w[i...].starts(with: p) && i + p.count < w.count && goingWords.contains(w[i + p.count])
            } || ["im", "i'm"].contains(w[i]) && i + 2 < w.count && w[i + 1] == "off" && w[i + 2] == "to"
        }
    }
}
