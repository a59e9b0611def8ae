/// (round 31) A follow-up that names another concept and asks which of two weighs more: "and
/// family pushing them, same thing or worse" after a judge sending a client to treatment, "what
/// about family pushing him instead, which is stronger" after court orders, "and the group
/// kind, which works better" after the alliance one-to-one. The line names one side; the other
/// is the topic just discussed, which it leaves unsaid. Before, the line was read on its own,
/// an explanation of the concept it names.
///
/// Only with a word that weighs ("stronger", "worse", "better", "same thing", "more
/// effective"…) together with a choice put to the tutor ("which", or "or" between the weighed
/// words), right after an answer with nothing open, when the line names exactly one concept of
/// its own, not the topic, and the topic is not the alliance every concept frames; not when the
/// line says the topic as "it" or "this" ("does empathy make it better or worse" asks what the
/// named concept does to it).
extension Tutor {
    static let topicWeighingWords: WordSet = [
        "stronger", "weaker", "worse", "better", "best", "worst", "same", "different", "effective", "powerful",
        "harmful", "helpful", "safer", "riskier", "bigger", "smaller", "matters",
    ]

    /// The comparison of the topic with the concept the line names; nil when the line is not so.
    func weighedAgainstTheTopic(_ read: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState)
        -> MatchResult?
    {
        guard state.open == nil, state.lastAnswer != nil, let last = state.lastConcept,
            !matcher.tuning.frameConcepts.contains(last), read.intent != .compare,
            [.define, .explain, .howTo].contains(match.intent), Self.namesByTerm(match), match.concepts.count == 1,
            let named = match.concepts.first, named != last, read.concepts.first == named,
            !matcher.tuning.frameConcepts.contains(named)
        else { return nil }
        let words = LineForm.words(analysis)
        guard let w = words.firstIndex(where: Self.topicWeighingWords.contains) else { return nil }
        let choice =
            words.contains("which")
            || words.indices.contains { i in
                words[i] == "or" && abs(i - w) <= 3
            }
        // "Does empathy make it better or worse": the topic said as "it" is what the named
        // concept acts on, not the other side weighed.
        guard choice, !words.contains("it"), !words.contains("this") else { return nil }
        var weighed = read.settled(on: [last, named], as: .compare)
        weighed.isFollowUp = false
        weighed.evidence.append("follow-up: another concept weighed against the topic → compare")
        return weighed
    }
}
