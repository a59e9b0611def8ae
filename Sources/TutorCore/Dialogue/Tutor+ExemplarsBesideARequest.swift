/// (round 32) The graded answers lend their ideas to an answer in which the grader's reading
/// finds nothing (`Grader+Exemplars`): evidence weaker than a reading, for a line that is an
/// attempt at the open question. A line whose own cue words say plainly that it is one of the
/// conversation's requests ("ok gotta run, bye", "give me a harder one", "what should I study
/// next") asks for no grade: the nearest graded answers may share its few words
/// ("run", "one") and agree on an idea, but the line does not say it. So while the matcher is
/// sure of such a request, the graded answers lend nothing and the line stays the request it is.
/// Content questions, feelings and lines out of scope are not taken here: an answer may read as
/// one of them ("it would feel awful", "just be real w them").
extension Tutor {
    /// Whether the graded answers may lend their ideas to a line the matcher read as `match`.
    static func exemplarsMayLend(to match: MatchResult) -> Bool {
        !(conversationsOwnRequests.contains(match.intent) && match.confidence >= sureOfARequest)
    }

    /// The requests about the conversation itself, not about the topic.
    /// Not thanks, a greeting, "more" or progress: their cue words are often an answer's own
    /// ("he's not gonna thank you", "he'd trust you more", "he gets better").
    static let conversationsOwnRequests: Set<Intent> = [
        .goodbye, .quiz, .topics, .hint, .harder, .easier, .studyAdvice,
    ]

    /// How sure of the request the matcher must be.
    static let sureOfARequest = 0.9
}
