/// The topic a follow-up is about when its words point elsewhere: a conversational request
/// ("another one", "simpler pls") is about the topic just discussed; "quiz me on the
/// numbers" is about the topic, not what its words guess at; "the code" after the code of
/// ethics is that code, whatever other sense "code" has.
extension Tutor {
    /// The intents that go on with the topic just discussed without naming it.
    static let topicalRequests: Set<Intent> = [.more, .simpler, .harder, .easier]

    /// "Another one", "simpler pls", "i dont get it": with nothing open, a request of the
    /// conversation's own is about the topic just discussed, which the reading reports (the
    /// moves take the same topic from the state).
    func carriesTheTopic(_ match: MatchResult, _ state: TutorState) -> MatchResult {
        guard Self.topicalRequests.contains(match.intent), match.concepts.isEmpty, state.open == nil,
            let topic = state.lastConcept
        else { return match }
        var resolved = match.settled(on: [topic])
        resolved.evidence.append("follow-up: a request of the conversation → its topic")
        return resolved
    }

    /// "Then what is the code even for" after the code of ethics: a line put out of scope
    /// for a word that, here, is the name of a concept just discussed cut short ("the
    /// code", "the consent"), read again with that concept's whole name in its place.
    func namesTheTopicShort(_ match: MatchResult, _ analysis: Analysis, _ recent: [String]) -> MatchResult? {
        guard match.intent == .outOfScope, match.basis.otherSense else { return nil }
        for topic in recent {
            guard let name = kb.concept(topic)?.name else { continue }
            let own = matcher.nameStems(of: topic)
            // "What about the alliance between the US and Canada": a word that is a whole
            // term of the topic on its own was read, and set aside in another sense; it is
            // no name cut short.
            if match.basis.named.contains(where: { $0.concept == topic && $0.stems.allSatisfy(own.contains) }) {
                continue
            }
            let pointed = analysis.tokens.indices.first { i in
                analysis.tokens[i].isContent && own.contains(analysis.tokens[i].stem) && i > 0
                    && ["the", "this", "that", "your", "a"].contains(analysis.tokens[i - 1].word)
            }
            guard let p = pointed else { continue }
            var words = analysis.tokens.map(\.typed)
            words[p] = name.lowercased()
            var m = matcher.match(words.joined(separator: " "))
            guard m.intent.isContent, m.concepts.first == topic else { continue }
            m.concepts = [topic]
            m.evidence.append("follow-up: a discussed concept's name cut short → that concept")
            return m
        }
        return nil
    }
}

extension Tutor {
    /// A word that points at something already in the conversation ("the numbers", "this
    /// kind", "that"): a guess from the concepts' whole text yields to the topic.
    static func pointsBack(_ words: [String]) -> Bool {
        words.contains { ["the", "this", "that", "these", "those", "it", "them"].contains($0) }
    }

    /// The line's words with "same", "different" or "similar" blanked where a setting
    /// follows ("does it work the same in every culture", "is it different with teens"):
    /// there they ask whether the topic holds in that setting, and relate it to nothing.
    static func settingsMasked(_ words: [String]) -> [String] {
        let relating: Set<String> = ["same", "different", "similar", "differently"]
        let setting: Set<String> = ["in", "for", "with", "across", "at", "among", "everywhere", "online", "over", "on"]
        var masked = words
        for i in words.indices.dropLast() where relating.contains(words[i]) && setting.contains(words[i + 1]) {
            masked[i] = "_"
        }
        // "While we're at it", "while i'm at it": an idiom whose "it" points at nothing.
        for i in words.indices.dropFirst(2) where words[i] == "it" && words[i - 1] == "at" {
            if ["are", "am", "is", "were", "was", "re", "m"].contains(words[i - 2]) { masked[i] = "_" }
        }
        return masked
    }

    /// "The two", "these two", "both", "between them", "either of them".
    static func refersToBoth(_ words: [String]) -> Bool {
        // "It goes both ways" says it is mutual, not "the two".
        if let b = words.firstIndex(of: "both"),
            !(b + 1 < words.count && ["ways", "directions"].contains(words[b + 1]))
        {
            return true
        }
        return zip(words, words.dropFirst()).contains { a, b in
            ["the", "these", "those"].contains(a) && b == "two" || a == "between" && b == "them"
                // "Do either of them keep people in treatment", "neither one": the pair, asked
                // of one at a time (not "either way").
                || ["either", "neither"].contains(a) && ["of", "one"].contains(b)
        }
    }

    /// A pronoun as one side of a comparison: "better than that", "a bigger deal than it",
    /// "different from this", "compared to that", "harder, that or empathy".
    static func pronounIsTheOtherSide(_ words: [String]) -> Bool {
        let pronouns: Set<String> = ["it", "that", "this", "those", "them"]
        let differs = words.contains {
            ["different", "differ", "differs", "separate", "separates", "distinguish"].contains($0)
        }
        return zip(words, words.dropFirst()).contains { a, b in
            pronouns.contains(b)
                && (["than", "vs", "versus", "unlike", "compared", "compare", "or"].contains(a)
                    || a == "from" && differs)
                || pronouns.contains(a) && b == "or"  // "that or empathy"
        }
            || zip(words, zip(words.dropFirst(), words.dropFirst(2))).contains { a, rest in
                ["compared", "compare"].contains(a) && ["to", "with"].contains(rest.0) && pronouns.contains(rest.1)
            }
            // "How is that not the harsh kind", "how's it not just sympathy": how the one
            // pointed at is not the other asks how the two differ.
            || asksHowItIsNot(words)
    }

    /// "The first", "the second", "the former", "the latter".
    /// Not an ordinal that counts a time or a step ("the first session", "the first few
    /// weeks"), which names no side.
    static func refersToAnOrdinal(_ words: [String]) -> Bool {
        words.indices.dropLast().contains { i in
            words[i] == "the" && ["first", "second", "former", "latter"].contains(words[i + 1])
                && !(i + 2 < words.count && countedAfterAnOrdinal.contains(words[i + 2]))
        }
    }

    /// The words an ordinal counts that are no side or part ("the first session", "the
    /// first few", "the second stage").
    static let countedAfterAnOrdinal: WordSet = [
        "session", "sessions", "time", "times", "meeting", "meetings", "visit", "visits", "appointment",
        "appointments", "week", "weeks", "day", "days", "month", "months", "year", "few", "couple", "step",
        "steps", "impression", "impressions", "contact", "call", "hour", "minutes", "intake", "place", "stage",
        "phase", "moment", "moments", "encounter", "interview",
    ]
}
