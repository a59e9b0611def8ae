import Foundation

/// Round 22: "I'm not sure what else you're looking for", "no idea what you're after here",
/// "confused what u want from me": said while a question is open, the learner does not know
/// what the question asks of them. That asks for the question in plainer words (as "what do
/// you mean" does), not "I don't know" of the answer: no attempt is counted, and the question
/// stays open.
extension LineForm {
    /// Words of not knowing or not following, before the "what".
    static let notFollowing: WordSet = [
        "sure", "idea", "clue", "get", "confused", "know", "understand", "unclear", "lost", "idk", "dunno",
    ]
    /// The tutor addressed, after the "what" (a word such as "else" or "exactly" may come between).
    static let tutorAddressed: WordSet = ["you", "u", "ur", "youre", "ya"]
    /// Verbs of aiming at something, after the tutor named.
    static let aimingVerbs: WordSet = [
        "looking", "asking", "after", "want", "wanting", "mean", "getting", "going", "need", "expect", "expecting",
        "fishing",
    ]

    /// Whether the line says the learner does not know what the tutor wants from the question.
    static func asksWhatTheTutorWants(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.typed)
        guard w.count <= 14, let what = w.firstIndex(of: "what"), what >= 1,
            let j = (max(0, what - 3)..<what).last(where: { notFollowing.contains(w[$0]) }),
            // "Any clue what else you want?", "a little idea what you're after": a clue asked
            // for, a hint.
            !(["clue", "idea"].contains(w[j]) && j > 0 && ["any", "a", "some", "little", "me"].contains(w[j - 1]))
        else { return false }
        var k = what + 1
        while k < w.count, ["else", "exactly", "even", "it", "is", "its"].contains(w[k]) { k += 1 }
        guard k < w.count, tutorAddressed.contains(w[k]) else { return false }
        // ("What you mean by the bond" asks what a word means: a definition, read as asked.)
        return w[(k + 1)..<min(w.count, k + 4)].contains(where: aimingVerbs.contains) && !w[(k + 1)...].contains("by")
    }
}
