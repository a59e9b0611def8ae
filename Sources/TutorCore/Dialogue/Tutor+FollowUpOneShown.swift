/// Round 29: "Give me one, please, so I can see it", "show me one so I know what it sounds
/// like", "give me one for each letter" right after an answer: one asked for with only why
/// it is wanted (to see, hear or know it) or how many (one for each part) after it is a case
/// of the topic, as a bare "give me one" is. Not "give me one on boundaries" or "give me one
/// about the judge" (a question's topic), "give me one more" (more of the same), nor "give
/// me one so I can practise" (a question to answer).
extension Tutor {
    /// Words that say the case is wanted to be seen, heard or understood.
    static let seeingWords: WordSet = [
        "see", "hear", "know", "understand", "picture", "imagine", "recognize", "recognise", "spot", "get", "visualize",
        "visualise", "grasp",
    ]

    /// Where a case is taken from: a client, a session, real work.
    static let caseSources: WordSet = [
        "real", "actual", "work", "life", "practice", "client", "clients", "patient", "patients", "session",
        "sessions", "job", "field", "everyday",
    ]

    /// Whether the line asks for one with only a purpose of seeing it, or one for each part,
    /// after it.
    static func asksForOneToSeeIt(_ w: [String]) -> Bool {
        guard var rest = LineForm.askedAfterGiveMe(w, polite: LineForm.politeBeforeGive), rest.first == "one"
        else { return false }
        rest.removeFirst()
        while let f = rest.first, ["please", "pls", "plz", "then", "too", "now", "quickly"].contains(f) {
            rest.removeFirst()
        }
        guard let next = rest.first else { return false }
        if next == "for", rest.count >= 3, ["each", "every"].contains(rest[1]) { return true }
        // "Could you give me one, maybe from a drinking client?", "give me one mfano from real
        // work": one taken from a client or from work is a case (a filler or a word of
        // another language may come first; "one from the exam" is a question).
        if let from = rest.prefix(3).firstIndex(of: "from"), from <= 1 || Self.caseFillers.contains(rest[from - 1]),
            rest[(from + 1)...].prefix(3).contains(where: caseSources.contains)
        {
            return true
        }
        return ["so", "to"].contains(next) && rest.prefix(5).contains(where: seeingWords.contains)
    }
}

extension Tutor {
    /// Fillers that may stand before "from" in an example asked from a case.
    static let caseFillers: WordSet = ["maybe", "perhaps", "say", "like", "possibly", "ideally"]
}
