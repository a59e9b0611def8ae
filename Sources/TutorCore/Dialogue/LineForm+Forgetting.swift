/// (round 29) "Oh dear, I've quite forgotten which stage is which", "i forget what the first
/// one is called", "I can't remember the name of it": the learner has lost what the question
/// asks for, which is not knowing the answer (a don't-know, so the question moves to its
/// hint), though no cue of not knowing is in it and the grader read a wrong answer. Said of
/// the question now: forgetting as a habit or on the exam ("I always forget these") is a
/// feeling about the study, and a line about someone else forgetting ("he forgets his
/// appointments") or forgetting *to* do something ("I forgot to mention…") goes on answering;
/// stress that makes the learner forget everything ("so stressed i cant remember anything")
/// is a feeling.
extension LineForm {
    /// Verbs of forgetting, as typed.
    static let forgettingWords: WordSet = ["forgot", "forgotten", "forget", "forgetting"]
    /// Phrases of not recalling, as typed words.
    static let notRecalling: [[String]] = [
        ["can", "not", "remember"], ["cannot", "remember"], ["cant", "remember"], ["do", "not", "remember"],
        ["dont", "remember"], ["can", "not", "recall"], ["cannot", "recall"], ["cant", "recall"],
        ["do", "not", "recall"], ["dont", "recall"], ["slipped", "my", "mind"], ["escapes", "me"],
    ]

    /// Words that make the forgetting the whole study's, not the question's.
    static let everything: WordSet = ["anything", "everything"]

    /// Whether the line says the learner has forgotten what the question asks for, now.
    static func saysForgotten(_ analysis: Analysis) -> Bool {
        guard !analysis.text.contains("?") else { return false }
        let w = analysis.tokens.map(\.typed)
        guard w.count <= 14, w.contains(where: firstPerson.contains), !w.contains(where: otherPeople.contains),
            !w.contains(where: blankingAtLarge.contains),
            // "im so stressed i cant remember anything": strain, all of the study forgotten, a feeling.
            !w.contains(where: { fearWords.contains($0) || strainWords.contains($0) || everything.contains($0) })
        else { return false }
        if let i = w.firstIndex(where: forgettingWords.contains) {
            // "I forgot to mention", "i forgot about the family part, it also…": going on.
            return i + 1 == w.count || !["to", "about", "that"].contains(w[i + 1])
        }
        return notRecalling.contains { p in
            w.count >= p.count && (0...(w.count - p.count)).contains { Array(w[$0..<$0 + p.count]) == p }
        }
    }
}
