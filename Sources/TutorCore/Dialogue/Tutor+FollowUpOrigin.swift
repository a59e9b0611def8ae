/// Round 28: a follow-up that asks where the alliance idea came from.
///
/// "Who first used that name" after the helping alliance, "who first called it the working
/// alliance", "who started all this alliance stuff anyway" after the research, "where did that
/// idea come from before him?" and "who came before Bordin" after Bordin's model: a question
/// of origin (who came up with it, who first called it so, where it came from, who preceded)
/// about the alliance asks for the alliance's history, a concept of its own (Freud, Zetzel,
/// Greenson, Luborsky, then Bordin). It is about the alliance when the topic is the alliance
/// (or its history), or the line names the alliance and nothing else. After a concept the
/// history tells a later step of (Bordin's model), only a question of what came *before*
/// it ("before him", "preceded", "historically") goes back to the history: "who came up
/// with goals, tasks and bond" is answered by Bordin's model itself, and "who came up with
/// the dodo bird thing" after the common factors by the common factors.
extension Tutor {
    /// The concept of the alliance's history.
    static let allianceHistory = "alliance-history"

    /// The read with the alliance's history leading; nil when the line is no such question.
    func originOfTheAlliance(
        _ read: MatchResult, _ match: MatchResult, _ analysis: Analysis, _ state: TutorState
    ) -> MatchResult? {
        let history = Self.allianceHistory, alliance = "therapeutic-alliance"
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            [.define, .explain, .howTo, .outOfScope].contains(read.intent), !match.basis.otherSense,
            read.concepts.first != history, let record = kb.concept(history)
        else { return nil }
        let words = LineForm.words(analysis)
        guard Self.asksForAnOrigin(words) else { return nil }
        let named = Set(match.basis.named.map(\.concept))
        guard named.isSubset(of: [topic, alliance, history]) else { return nil }
        let aboutTheAlliance =
            [alliance, history].contains(topic) && named.isSubset(of: [alliance, history])
            || named == [alliance]
        let before =
            record.related.contains { $0.concept == topic }
            && words.contains(where: Self.wordsOfBefore.contains)
        guard aboutTheAlliance || before else { return nil }
        var resolved = read.settled(
            on: [history], as: [.define, .explain].contains(read.intent) ? read.intent : .explain)
        resolved.isFollowUp = true
        resolved.evidence.append("follow-up: where the alliance idea came from → \(history)")
        return resolved
    }

    /// Words that ask what came before ("before him", "who preceded", "historically").
    static let wordsOfBefore: WordSet = [
        "before", "preceded", "precede", "precedes", "predecessor", "predecessors", "earlier", "historically",
        "history", "originally",
    ]

    /// Whether the words ask where an idea came from or who first had it: "come from",
    /// "where did it start", "origin(s)", or "who" with a verb of first naming or starting
    /// ("who came up with", "who first called it", "who coined", "who started").
    static func asksForAnOrigin(_ words: [String]) -> Bool {
        let origin: Set<String> = [
            "origin", "origins", "originate", "originated", "originally", "history", "historically",
        ]
        if words.contains(where: origin.contains) { return true }
        for i in words.indices.dropLast() where ["come", "came", "comes", "coming"].contains(words[i]) {
            if words[i + 1] == "from" { return true }
        }
        // "Where did the idea start", "where it all began"; not "where do I start", which asks
        // for a first step.
        if words.contains("where"),
            words.contains(where: ["started", "began", "begun"].contains)
                || words.contains("did") && words.contains(where: ["start", "begin"].contains)
        {
            return true
        }
        guard words.contains("who") || words.contains("whos") || words.contains("who's") else { return false }
        let firsts: Set<String> = [
            "first", "coined", "invented", "started", "founded", "named", "introduced", "preceded", "before",
        ]
        if words.contains(where: firsts.contains) { return true }
        return words.indices.dropLast().contains { i in
            ["came", "come", "comes", "thought", "dreamed", "dreamt"].contains(words[i]) && words[i + 1] == "up"
        }
    }
}
