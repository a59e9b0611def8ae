/// (round 23) "How should I best prepare in the final week, given my weak areas?", "what
/// should I really review first, based on my scores": a question how or what to study, asked
/// of the learner's own studying, that also names their record (weak areas, scores) as what to
/// go on. The record is the advice's starting point; the line asks what to study, not for the
/// record itself.
extension Matcher {
    /// Adverbs a learner puts between "should I" and the verb ("best", "really").
    private static let studyAdverbs: WordSet = ["best", "really", "even", "actually", "just", "still", "ever"]

    /// Whether a clause opened by "how", "what", "where" or "which" has a verb of studying
    /// said of the learner ("should i best prepare", "i review"), and no third party whose
    /// studying it could be.
    static func asksHowToStudy(_ tokens: [Token]) -> Bool {
        let studying: Set<String> = [
            "study", "studying", "prepare", "preparing", "prep", "prepping", "revise", "revising", "cram", "cramming",
            "review", "reviewing",
        ]
        let subjects: Set<String> = ["i", "should", "to", "we", "must", "gotta"]
        let asked = tokens.indices.contains { i in
            guard studying.contains(tokens[i].word), i > 0 else { return false }
            var k = i - 1
            if studyAdverbs.contains(tokens[k].word), k > 0 { k -= 1 }
            guard subjects.contains(tokens[k].word),
                let open = tokens.firstIndex(where: { $0.clause == tokens[i].clause })
            else { return false }
            return ["how", "what", "where", "which"].contains(tokens[open].word)
        }
        return asked && !tokens.contains { thirdParties.contains($0.word) || storyPeople.contains($0.word) }
    }
}
