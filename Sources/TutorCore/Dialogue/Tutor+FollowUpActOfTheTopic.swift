/// (round 32) A follow-up asking why an act of the topic, told in the learner's own words,
/// brings an effect about: "why would explaining roles cut down on dropout" after informed
/// consent, "y does explaining roles cut dropout tho", "how does checking in every week keep
/// them coming" after feedback-informed treatment. The act ("explaining roles") is the topic
/// just discussed, said otherwise; the effect the line names (dropout, engagement) is what is
/// asked of it. The matcher, which knows no term in "explaining roles", gave the effect alone.
///
/// The line opens with "why" (or "y", "how", "how come"), an auxiliary, and a verb in "-ing"
/// that names no concept of the line (the act as its subject); every concept it names is an
/// effect (or the topic itself, named by a word of the act: "paperwork at intake"), the first an effect, and the topic just discussed is neither an effect nor the alliance (the frame every
/// effect sits in: "why does staying in touch keep them sober" after the alliance asks about
/// the effect). "Why does staying matter" names retention itself by its "-ing" word.
extension Tutor {
    /// The read with the topic leading and the effect beside it; nil when the line is no such
    /// follow-up.
    func actOfTheTopic(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            let group = kb.concept(topic)?.group, group != "effects", !matcher.tuning.frameConcepts.contains(topic),
            [.define, .explain, .howTo].contains(match.intent), let effect = match.concepts.first, effect != topic,
            match.concepts.allSatisfy({ $0 == topic || kb.concept($0)?.group == "effects" })
        else { return nil }
        let words = LineForm.words(analysis)
        var i = 0
        if words.count > 2, words[0] == "how", words[1] == "come" {
            i = 2
        } else if let first = words.first, Self.whyOpeners.contains(first) {
            i = 1
            // "how" asks the same of an act only with an auxiliary after it ("how does X keep…").
            guard first != "how" || words.count > 1 && LineForm.auxiliaries.contains(words[1]) else { return nil }
        } else {
            return nil
        }
        if i < words.count, LineForm.auxiliaries.contains(words[i]) { i += 1 }
        guard i < words.count, words[i].hasSuffix("ing"), words[i].count >= 6 else { return nil }
        // The "-ing" word is no word of a term the line named ("staying", "engaging").
        let stem = matcher.analyzer.porterStem(words[i])
        guard !match.basis.named.contains(where: { $0.stems.contains(stem) }),
            !match.basis.told.contains(where: { $0.stems.contains(stem) })
        else { return nil }
        var read = match.settled(on: [topic, effect], as: match.intent == .define ? .explain : nil)
        read.isFollowUp = true
        read.evidence.append("follow-up: an act of the topic, said otherwise, and its effect → \(topic) leads")
        return read
    }

    static let whyOpeners: WordSet = ["why", "y", "whys", "why's", "how"]
}
