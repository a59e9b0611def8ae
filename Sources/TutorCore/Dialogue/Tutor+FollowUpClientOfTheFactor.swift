/// Round 27: a follow-up about the client of a factor just discussed.
///
/// "Will he stay though", "how do i get him engaged", "so what can I do to make her want to
/// stay", "how do I engage them" right after a court order, a family's insistence or another
/// factor that is not the alliance ("his family made him come to treatment"): the person
/// pronoun is the client that factor brought, and the effect the line names (staying,
/// taking part, motivation) is what is asked of that factor, so the factor stays the topic
/// and the effect frames it. The other way round from the alliance, a frame every effect
/// sits in ("what does it do for keeping people in treatment" after the alliance asks about
/// retention, `specificBesideTheTopic`). Not when the line asks what brings the effect
/// about ("then what actually keeps them in treatment", "what works instead to get them
/// engaged"): that asks for another cause, named by the effect.
extension Tutor {
    /// Words for a person the factor brought: the client of the case.
    static let clientPronouns: WordSet = [
        "he", "him", "his", "she", "her", "they", "them", "their", "someone", "somebody", "sb", "hes", "shes",
        "theyre", "em",
    ]

    /// Words that turn the line away from the factor: the topic itself by a pronoun ("does it
    /// make them more motivated" asks what the topic does), or another course ("instead").
    static let awayFromTheFactor: WordSet = ["it", "its", "it's", "this", "instead", "else", "otherwise"]

    /// The read with the factor leading and the effect beside it; nil when the line is no
    /// such follow-up.
    func clientOfTheFactor(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let factor = state.lastConcept,
            kb.concept(factor)?.group == "other-factors", !matcher.tuning.frameConcepts.contains(factor),
            [.define, .explain, .howTo].contains(match.intent), Self.namesByTerm(match), !match.basis.otherSense,
            let effect = match.concepts.first, effect != factor, kb.concept(effect)?.group == "effects",
            match.concepts.allSatisfy({ $0 == factor || kb.concept($0)?.group == "effects" })
        else { return nil }
        let words = LineForm.words(analysis)
        guard words.contains(where: Self.clientPronouns.contains),
            !words.contains(where: Self.awayFromTheFactor.contains),
            !Self.asksForTheCause(words)
        else { return nil }
        var read = match.settled(on: [factor, effect], as: match.intent == .define ? .explain : nil)
        read.isFollowUp = true
        read.evidence.append(
            "follow-up: the client of the factor just discussed → \(factor) leads, \(effect) beside it")
        return read
    }

    /// "What actually keeps them in treatment", "which works to get them engaged": a
    /// question word that is itself the subject of the verb asks for a cause.
    static func asksForTheCause(_ words: [String]) -> Bool {
        guard let q = words.firstIndex(where: { ["what", "which", "who"].contains($0) }) else { return false }
        var i = q + 1
        while i < words.count,
            ["actually", "really", "even", "else", "then", "exactly", "best", "most"].contains(words[i])
        {
            i += 1
        }
        guard i < words.count else { return false }
        let next = words[i]
        return !LineForm.auxiliaries.contains(next) && !["if", "about", "can", "might", "must", "to"].contains(next)
            && !Self.clientPronouns.contains(next) && !["i", "you", "we", "u"].contains(next)
    }
}
