/// (round 31) "and if he trusts the counselor he'll actually open up and get stuck in", "and
/// the shame could tip him straight back into using", "so she keeps coming because it's her own
/// plan": after an answer, the learner goes on with it in a statement that opens on "and",
/// "so" or "plus". A word of it is a request's cue in another sense ("stuck", "tip", "more"),
/// so the matcher read a hint or another request, and the line was answered beside the question
/// though the grader found an idea of the answer in it. A statement that goes on, about
/// someone in the scene and not the learner, asking nothing, is more of the answer: graded.
/// "And I'm stuck again", "and can I get a tip?" are the learner's own requests and stay.
extension LineForm {
    /// Words that open a statement going on from the learner's last answer.
    static let goingOnWords: WordSet = ["and", "so", "plus", "also", "or", "then", "n", "an"]
    /// The learner (outside quotation marks, where a client's words may say "I").
    static let ownWords: WordSet = [
        "i", "im", "i'm", "me", "my", "myself", "ive", "i've", "id", "i'd", "ill", "i'll", "mine",
    ]

    /// Whether the line goes on stating the answer (see above).
    static func goesOnStating(_ analysis: Analysis) -> Bool {
        guard let first = analysis.tokens.first?.typed, goingOnWords.contains(first), !analysis.text.contains("?"),
            analysis.tokens.count >= 5, !isQuestionShapedByWords(analysis)
        else { return false }
        // Words between quotation marks are someone's words reported, not the learner's.
        var quoted = false
        var own: [String] = []
        for part in analysis.text.replacingOccurrences(of: "\u{201C}", with: "\"")
            .replacingOccurrences(of: "\u{201D}", with: "\"").split(separator: "\"", omittingEmptySubsequences: false)
        {
            if !quoted {
                own += part.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            }
            quoted.toggle()
        }
        return !own.contains(where: ownWords.contains) && analysis.tokens.contains { others.contains($0.word) }
    }
}
