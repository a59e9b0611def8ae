/// A request put to the tutor politely, at the head of a sentence or after a short preamble:
/// "Before I continue, might you give a concrete example of validating a client's feelings?",
/// "Could you explain why a client having a say matters so much? I may be missing something.",
/// "would you walk me through it again". While a question is open the grader found an idea of
/// the answer in a word of what was asked for ("validating"), or a hedge in the learner's own
/// aside after it ("I may be missing something") made the line read as a guess, and the request
/// was graded as a try. A modal ("can", "could", "would", "will", "might"), "you", then a verb
/// of telling or showing asks the tutor for something; the counselor's own "could you tell me
/// more" said to a client is told apart by the client in the line.
extension LineForm {
    static let requestModals: WordSet = ["can", "could", "would", "will", "might", "may", "cud", "cn"]
    static let requestVerbs: WordSet = [
        "give", "show", "explain", "tell", "clarify", "define", "describe", "rephrase", "repeat", "walk", "remind",
        "spell", "break", "unpack", "elaborate", "expand", "illustrate", "demonstrate", "model",
    ]
    /// Small words between "you" and the verb ("could you please explain", "might you perhaps give").
    static let politeFillers: WordSet = ["please", "pls", "perhaps", "kindly", "just", "quickly", "briefly", "maybe"]

    /// Whether a sentence of the line opens (or follows a short preamble clause) with a polite
    /// request to the tutor: a modal, "you", a verb of telling or showing.
    static func asksPolitely(_ analysis: Analysis) -> Bool {
        let t = analysis.tokens
        guard t.count >= 3 else { return false }
        for i in 0..<(t.count - 2)
        where requestModals.contains(t[i].word) && ["you", "u", "ya"].contains(t[i + 1].word) {
            // At the head of a sentence or of a clause after a preamble of at most five words.
            let head = i == 0 || t[i - 1].sentence != t[i].sentence || t[i - 1].clause != t[i].clause && i <= 5
            guard head else { continue }
            var j = i + 2
            while j < t.count, politeFillers.contains(t[j].word) { j += 1 }
            if j < t.count, requestVerbs.contains(t[j].word) {
                // "Could you tell the client…", "could you show him": said to the client, an answer.
                let person: Set<String> = ["client", "clients", "him", "her", "them", "patient", "he", "she", "they"]
                let object = t[(j + 1)..<min(j + 3, t.count)].map(\.word)
                return
                    !(["tell", "give", "show", "remind"].contains(t[j].word) && object.contains(where: person.contains))
            }
        }
        return false
    }
}

/// "Too easy, give me a harder one after this", "could the next one be easier": a request for
/// another question names it ("one", "question", "next", "something") and no one of the
/// counseling ("kids play harder for plays they helped draw up, same with clients" is an answer).
extension LineForm {
    static let anotherQuestionNouns: WordSet = [
        "one", "ones", "question", "questions", "q", "next", "another", "something", "anything", "level",
    ]

    static func asksForAnotherQuestion(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed)
        return w.contains(where: anotherQuestionNouns.contains) && !w.contains(where: otherPeople.contains)
    }
}
