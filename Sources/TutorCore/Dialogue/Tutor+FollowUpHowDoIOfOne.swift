/// Round 29: "How do I go about it so it's not just a signature on a clipboard?" after
/// informed consent: a line that asks how the learner is to act, with a "not just …" that
/// says what the doing must not be, has only the topic to compare; "is … just" cues a
/// comparison, but nothing stands beside the topic. It asks how to do the topic.
extension Tutor {
    /// The reading as how-to when a comparison of the topic alone is asked "how do I …";
    /// nil otherwise.
    func howToOfAComparisonOfOne(_ read: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard read.intent == .compare, read.concepts.count == 1, state.open == nil,
            kb.concept(read.concepts[0])?.isContrast != true, read.basis.cued.contains(.howTo)
        else { return nil }
        var w = LineForm.words(analysis)
        while let f = w.first, ["and", "so", "but", "ok", "okay", "then", "well"].contains(f) { w.removeFirst() }
        guard w.count >= 3, w[0] == "how", ["do", "can", "should", "would", "could"].contains(w[1]),
            ["i", "we"].contains(w[2])
        else { return nil }
        var how = read
        how.intent = .howTo
        how.evidence.append("follow-up: how do I …, a comparison of the topic alone → how-to")
        return how
    }
}
