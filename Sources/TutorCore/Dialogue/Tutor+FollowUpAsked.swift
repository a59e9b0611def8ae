/// Follow-ups whose form says what they ask of the topic just discussed, whatever single
/// words of them cue on their own: a likeness asked between the topic and a concept named
/// ("is that basically the alliance but for a group"), a count asked of it ("how many
/// questions on the short version"), its worth doubted ("why bother"), a shortcut the
/// counselor proposes ("and if I just stop seeing them?"), one of its parts weighed ("which
/// of the three matters most").
extension Tutor {
    /// The first of these forms the line takes, read on the topic; nil when it takes none.
    func askedOfTheTopicByItsForm(
        _ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState
    ) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil else { return nil }
        let words = Array(LineForm.words(analysis).drop { LineForm.openers.contains($0) })
        guard words.count >= 2 else { return nil }
        let read: MatchResult?
        let how: String
        if let likened = likenedToANamed(match, analysis, last) {
            (read, how) = (likened, "the topic likened to a concept named → compare")
        } else if let counted = countAsked(match, words, last) {
            (read, how) = (counted, "a count asked of the topic → what it is")
        } else if let worth = worthDoubted(match, analysis, words, last) {
            (read, how) = (worth, "its worth doubted → why it matters")
        } else if let shortcut = shortcutProposed(match, analysis, words, last) {
            (read, how) = (shortcut, "a shortcut the counselor proposes → whether it holds")
        } else if let weighed = partsWeighed(match, words, last) {
            (read, how) = (weighed, "one of the topic's parts weighed → the topic")
        } else {
            return nil
        }
        guard var resolved = read else { return nil }
        resolved.isFollowUp = false
        resolved.evidence.append("follow-up: \(how)")
        return resolved
    }

    /// "Is that basically the alliance but for a group", "so is it the same as the alliance
    /// but for groups", "how is it like the alliance with just one person" after group
    /// cohesion: a pronoun for the topic, then a word of likeness ("like", "same",
    /// "basically", "similar"), then a concept named, sets the two side by side. When the
    /// words after the likeness name only the topic (a term of the topic's, "group alliance",
    /// gathered its words from "the alliance … for a group"), the concept a single one of
    /// those words names is the other side.
    func likenedToANamed(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        guard [.compare, .explain, .define].contains(match.intent), Self.namesByTerm(match) else { return nil }
        let words = analysis.tokens.map(\.word)
        let likeness: Set<String> = ["like", "same", "similar", "basically", "akin", "equivalent"]
        guard let p = words.firstIndex(where: ["it", "that", "this", "thats", "that's"].contains),
            let l = words.indices.dropFirst(p + 1).prefix(3).first(where: { likeness.contains(words[$0]) }),
            // Only articles and "the same as" between the pronoun and the likeness word.
            words[(p + 1)..<l].allSatisfy({ ["the", "a", "just", "really", "kind", "of", "sort"].contains($0) })
        else { return nil }
        let start = l + 1
        guard start < words.count else { return nil }
        var other = namedConcept(analysis, from: start)
        if other == nil || other == last {
            other = nil
            for i in start..<words.count where analysis.tokens[i].isContent {
                if let one = namedConcept(analysis, from: i, to: i + 1), one != last {
                    other = one
                    break
                }
            }
        }
        guard let side = other, side != last, kb.concept(side)?.isContrast != true,
            kb.concept(last)?.isContrast != true
        else { return nil }
        return match.settled(on: [last, side], as: .compare)
    }

    /// "How many questions on the short version", "how many items does it have": a count
    /// asked of the topic (its size, what it holds) is what it is, not a request for
    /// questions. Not one put to the tutor ("how many will you ask me").
    func countAsked(_ match: MatchResult, _ words: [String], _ last: String) -> MatchResult? {
        guard words.starts(with: ["how", "many"]), [.quiz, .outOfScope, .progress, .help].contains(match.intent),
            !words.contains(where: ["me", "i", "you", "u", "we", "my", "did", "right", "wrong", "left"].contains)
        else { return nil }
        let named = Self.namesByTerm(match) && match.intent != .outOfScope ? match.concepts[0] : last
        return match.settled(on: [named], as: .explain)
    }

    /// "Why bother, I can tell how they feel", "why bother asking clients for ratings" after
    /// feedback-informed treatment: the topic's worth doubted asks why it matters. What the
    /// line names only weakly ("bother" is no motivation) does not replace the topic.
    func worthDoubted(_ match: MatchResult, _ analysis: Analysis, _ words: [String], _ last: String)
        -> MatchResult?
    {
        guard words.starts(with: ["why", "bother"]) else { return nil }
        // Only a concept named by a term of its own: "why bother" is also how an unmotivated
        // client talks, a situation the matcher reads as client motivation.
        let termNamed = match.intent != .outOfScope ? match.basis.named.first?.concept : nil
        let named = termNamed.flatMap { matcher.namesOnlyWeakly(analysis) ? nil : $0 } ?? last
        return match.settled(on: [named], as: .explain)
    }

    /// "And if I just stop seeing them and don't tell anybody?", "and if the counselor just
    /// stops showing up one day?" after termination: the counselor proposing a shortcut asks
    /// whether it holds, not how to do it. Not the client's doing ("what if they just won't
    /// open up" asks what to do).
    func shortcutProposed(_ match: MatchResult, _ analysis: Analysis, _ words: [String], _ last: String)
        -> MatchResult?
    {
        guard [.howTo, .explain, .define].contains(match.intent) else { return nil }
        var i = words.starts(with: ["what", "if"]) ? 2 : words.first == "if" ? 1 : 0
        guard i > 0 else { return nil }
        let counselor: Set<String> = ["i", "we", "counselor", "counsellor", "therapist"]
        while i < words.count, ["the", "a", "my", "your"].contains(words[i]) { i += 1 }
        guard i + 1 < words.count, counselor.contains(words[i]), words[i + 1] == "just" else { return nil }
        // A concept named by a term of its own is what the shortcut is about; a situation the
        // matcher reads in the shortcut ("after a few sessions": clients leaving) is not.
        let termNamed = match.basis.named.map(\.concept)
        let named =
            termNamed.contains(last) || matcher.namesOnlyWeakly(analysis) ? last : termNamed.first ?? last
        return match.settled(on: [named], as: .explain)
    }

    /// "Which of the three parts matters most", "which of the three has the strongest
    /// evidence" after a topic of several parts: the parts weighed are the topic's, asked to
    /// be explained, not a request about the learner's own work.
    func partsWeighed(_ match: MatchResult, _ words: [String], _ last: String) -> MatchResult? {
        guard !match.intent.isContent, match.intent != .outOfScope,
            words.starts(with: ["which", "of", "the"]) || words.starts(with: ["which", "part"])
                || words.starts(with: ["which", "parts"]),
            !words.contains(where: ["me", "i", "my", "should", "study", "exam", "test"].contains)
        else { return nil }
        if words.starts(with: ["which", "of", "the"]) {
            guard words.count > 3, ["three", "four", "five", "six", "parts", "conditions", "stages"].contains(words[3])
            else { return nil }
        }
        return match.settled(on: [last], as: .explain)
    }

    /// "How do they even measure it", "can a person have one with themselves", "where does
    /// the term even come from" after the alliance: read with the alliance's name in the
    /// pronoun's place, the line names by a term a concept of its own that the knowledge base
    /// relates to the alliance (the inventory that measures it, the self-alliance, its
    /// history): that concept is what the line asks about, the alliance only frames it.
    func namedWithTheTopicInThePronounsPlace(
        _ resolved: MatchResult, _ analysis: Analysis, _ state: TutorState
    ) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            matcher.tuning.frameConcepts.contains(topic), resolved.concepts.first == topic,
            [.define, .explain, .howTo].contains(resolved.intent), let name = kb.concept(topic)?.name
        else { return nil }
        let words = analysis.tokens.map(\.word)
        let verbs: Set<String> = ["have", "has", "build", "form", "make"]
        guard
            let p = words.indices.first(where: { i in
                ["it", "that", "this"].contains(words[i]) || words[i] == "one" && i > 0 && verbs.contains(words[i - 1])
            })
        else { return nil }
        // The topic's name, else a word of its name that is a term of its own ("the
        // alliance"): a term of the other concept ("research on the alliance") may hold the
        // short word, not the whole name.
        let nameWords = Set(name.lowercased().split(separator: " ").map(String.init))
        let short = kb.concept(topic)?.terms.map { $0.lowercased() }.first(where: nameWords.contains)
        let topicStems = matcher.nameStems(of: topic)
        for substitute in [name.lowercased()] + (short.map { [$0.lowercased()] } ?? []) {
            var typed = analysis.tokens.map(\.typed)
            typed[p] = "the " + substitute
            let m = matcher.match(typed.joined(separator: " "))
            // Another frame (the research on the alliance) counts only when a word of its
            // own, not of the topic's name, named it.
            let ownWord = { (c: String) in
                m.basis.named.contains { $0.concept == c && !Set($0.stems).isSubset(of: topicStems) }
            }
            guard m.intent.isContent, m.intent != .compare, Self.namesByTerm(m),
                let specific = m.concepts.first(where: {
                    $0 != topic && (!matcher.tuning.frameConcepts.contains($0) || ownWord($0))
                }),
                m.basis.named.contains(where: { $0.concept == specific }), relates(specific, topic)
            else { continue }
            // "Whats the research number on that": a cue of the line's own (research asks
            // why) outweighs the bare "what's the …" the substituted line reads as.
            let own = m.intent == .define && resolved.intent != .define && resolved.basis.cued.contains(resolved.intent)
            var read = resolved.settled(on: [specific], as: own ? resolved.intent : m.intent)
            read.evidence.append("follow-up: the topic in the pronoun's place names \(specific) → it")
            return read
        }
        return nil
    }
}
