/// The match read again in its conversation, by the line's form: what the matcher, which
/// reads one line alone, takes from a cue word the dialogue can correct.
extension Tutor {
    /// "I dont get the question" or "i didnt understand that" asks for a plainer rephrase
    /// (of the open question, or of what was just said), whatever else its words cue; a
    /// goodbye that describes an action ("i'd end the session", "he'll just quit") is no
    /// leave-taking, so the line is left for the open question to grade.
    func reread(_ match: MatchResult, _ analysis: Analysis) -> MatchResult {
        var read = match
        if match.intent != .simpler && LineForm.saysLost(analysis) {
            read.intent = .simpler
            read.concepts = match.intent.isContent ? Array(match.concepts.prefix(1)) : []
            read.confidence = max(match.confidence, 0.8)
            read.ambiguous = []
            read.isFollowUp = false
            read.evidence.append("form: says lost → simpler")
        } else if match.intent == .goodbye && LineForm.describesAnAction(analysis) {
            read = MatchResult(intent: .outOfScope, concepts: [], confidence: 0.3)
            read.evidence = match.evidence + ["form: an action described, no leave-taking → not goodbye"]
        }
        return read
    }
}
