import Foundation

extension Matcher {
    /// The requests of the conversation a learner may make beside news of their own day.
    static let lifeAsideRequests: Set<Intent> = [
        .quiz, .hint, .more, .simpler, .easier, .harder, .studyAdvice, .progress, .topics,
    ]
    /// Words that make the learner the subject of what follows in their clause.
    static let ownSubjects: WordSet = ["i", "my", "we", "our"]

    /// (round 26) Whether the line makes a request of the conversation ("go ahead, quiz me",
    /// "ask me something", "an easier one") and every word of another field or unknown to the
    /// knowledge base is said after the learner as subject, outside the request: "go ahead,
    /// quiz me, I've had my coffee and the dogs are fed", "ask me something, I've got ten
    /// minutes before the lumber delivery", "quiz me, my kids are finally asleep". The learner
    /// tells their own day around the request; the coffee and the lumber are no other field's
    /// subject, and the words of the day give no concept to quiz on.
    ///
    /// A line that asks of another field in the request's own words ("quiz me on the capitals
    /// of Europe", "can you test my car battery") keeps its words outside any such telling, and
    /// stays out of scope.
    func requestBesideOwnLife(
        _ intent: Intent, cues: CueScan, terms: TermScan, tokens: [Token], content: [Int]
    ) -> Bool {
        guard Self.lifeAsideRequests.contains(intent) else { return false }
        let request = cues.hits.filter { $0.intent == intent }
        guard let firstRequest = request.map(\.span.lowerBound).min() else { return false }
        let inRequest = Set(request.flatMap(\.span))
        // The learner's own telling: from "I", "my", "we" after the request begins (or in
        // another clause), to the end of that clause.
        var told = Set<Int>()
        for q in tokens.indices where Self.ownSubjects.contains(tokens[q].word) && !inRequest.contains(q) {
            guard
                q > firstRequest || !request.contains(where: { tokens[$0.span.lowerBound].clause == tokens[q].clause })
            else { continue }
            var p = q
            while p < tokens.count, tokens[p].clause == tokens[q].clause {
                told.insert(p)
                p += 1
            }
        }
        guard !told.isEmpty else { return false }
        let unclaimed = content.filter { terms.claimed[$0] == nil && !cues.covered[$0] }
        let foreign = unclaimed.filter { isOffTopic(tokens[$0]) || !tokens[$0].known || tokens[$0].corrected }
        // Every word of another field is in the telling; with none, every word the request
        // does not hold is ("quiz me, my kids are finally asleep": the guess the fallback
        // draws from "finally" is no topic to quiz on).
        return foreign.allSatisfy { told.contains($0) }
            && (!foreign.isEmpty || unclaimed.allSatisfy { told.contains($0) })
    }
}
