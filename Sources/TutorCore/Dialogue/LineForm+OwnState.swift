/// (round 30) While a question is open, the learner says how they are: "this is taking forever
/// and im beat", "my nerves are shot before this exam", "honestly my stomach is in knots about
/// test day", "I'm worn out from work", "I'm losing steam here". The matcher knows some of the
/// words only in a concept's sense ("taking" meds, "worn out" as a counselor's burnout) or not at
/// all, so the line was graded as a wrong answer or answered as a topic. By its shape it is the
/// learner speaking of themselves: the learner in the first person, nobody of the counseling in
/// it, no hypothetical act ("I would…", an answer), no hedge offering a guess ("I think…"), not
/// put as a question; and the grader finds nothing of the answer in it. It is a feeling,
/// answered beside the question, which stays open.
extension LineForm {
    /// Words for people of the counseling beyond `others`.
    static let peopleWords: WordSet = [
        "someone", "somebody", "people", "person", "folks", "guy", "woman", "man", "kid", "kids", "wife", "husband",
        "partner", "son", "daughter", "friend", "boss", "supervisor",
    ]
    /// Words of an act the learner would take, or a guess: an answer's.
    static let answeringWords: WordSet = [
        "would", "should", "could", "must", "id", "i'd", "think", "guess", "maybe", "probably", "perhaps", "suppose",
        "believe", "reckon", "bet", "because", "cause", "cuz", "if",
    ]

    /// Whether the line is the learner saying how they are, by its shape (see above).
    static func speaksOfOwnState(_ analysis: Analysis) -> Bool {
        let w = analysis.tokens.map(\.word).filter { $0.contains(where: \.isLetter) }
        guard w.count >= 2, w.count <= 14, !isQuestionShaped(analysis), speaksOfThemselves(analysis) else {
            return false
        }
        if w.contains(where: { others.contains($0) || peopleWords.contains($0) || answeringWords.contains($0) }) {
            return false
        }
        // "I'm …", "I am …", "I feel …", "my X is …": the learner, then how they are.
        let t = w.indices.dropLast()
        return t.contains { i in
            ["im", "i'm", "feel", "feeling", "felt"].contains(w[i])
                || w[i] == "i" && ["am", "feel", "was", "have", "got", "keep"].contains(w[i + 1])
                || w[i] == "my" && i + 2 < w.count
                    && ["is", "are", "feels", "hurts", "was", "keeps"].contains(w[i + 2])
        }
    }
}

extension Tutor {
    /// The match as the learner's feeling when, with a question open, the line speaks of how
    /// the learner is and the grader finds nothing of the answer in it; nil otherwise.
    static func ownStateBesideTheQuestion(_ match: MatchResult, _ analysis: Analysis, _ grade: Grade?) -> MatchResult? {
        guard match.intent.isContent || [.outOfScope, .feelings].contains(match.intent),
            !(match.intent == .feelings && match.confidence >= 0.75),
            let grade, grade.verdict == .incorrect, grade.covered.isEmpty, grade.misconceptions.isEmpty,
            LineForm.speaksOfOwnState(analysis)
        else { return nil }
        var feeling = MatchResult(intent: .feelings, concepts: [], confidence: 0.8)
        feeling.evidence = match.evidence + ["form: the learner says how they are, nothing of the answer → feelings"]
        return feeling
    }
}
