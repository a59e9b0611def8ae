/// Round 22's follow-ups: what a line asks of the topic just discussed, read from the
/// conversation where the line alone would be read by its words' cues.
extension Tutor {
    /// The follow-up read before the general resolution, when one of these forms holds:
    /// another way to do it, how the topic is measured, what replaces a harmful practice
    /// named beside "instead".
    func requestOfTheTopic(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept else { return nil }
        return anotherWayToDoIt(match, analysis, state, topic) ?? measureOfTheTopic(match, analysis, topic)
            ?? replacementNamedInstead(match, analysis, topic) ?? aspectInTheTopicsOwnWords(match, analysis, topic)
    }

    /// "What about the laws if the client is in another state" after the alliance in
    /// telehealth: "what about" a word the topic's own teaching uses (its definition, why,
    /// steps, misconceptions), where that word names another concept only weakly ("law" by
    /// the court's synonym group), asks about that side of the topic: the topic, explained.
    private func aspectInTheTopicsOwnWords(_ match: MatchResult, _ analysis: Analysis, _ topic: String)
        -> MatchResult?
    {
        let words = LineForm.words(analysis)
        let openers: [[String]] = [["what", "about"], ["how", "about"], ["and", "what", "about"]]
        guard openers.contains(where: words.starts(with:)), Self.namesByTerm(match), match.intent != .outOfScope,
            case let others = match.concepts.filter({ $0 != topic }), others.count == 1,
            let own = kb.concept(topic), let other = kb.concept(others[0]), matcher.namesOnlyWeakly(analysis)
        else { return nil }
        let text = ([own.definition, own.why] + own.how + own.misconceptions.flatMap { [$0.wrong, $0.right] })
            .joined(separator: " ").lowercased()
        let taught = Set(text.split { !$0.isLetter }.map { analyzer.porterStem(String($0)) })
        let otherName = Set(other.name.lowercased().split { !$0.isLetter }.map(String.init))
        // (The question's own frame is no side of anything: "what about burnout, whats that"
        // asks of burnout, though "what" is in most teaching texts.)
        let frameWords = Set(openers.joined()).union(["whats", "what's", "hows", "how's", "why", "who", "which"])
        let shared = analysis.tokens.contains { t in
            t.isContent && !frameWords.contains(t.word) && !analyzer.domainStems.contains(analyzer.porterStem(t.word))
                && t.word.count > 2
                && taught.contains(analyzer.porterStem(t.word))
                && !otherName.contains(t.word)
                && other.terms.contains { $0.lowercased().split(separator: " ").contains(Substring(t.word)) } == false
        }
        guard shared else { return nil }
        var read = match.settled(on: [topic], as: .explain)
        read.isFollowUp = false
        read.evidence.append("follow-up: a side of the topic in its own words → the topic")
        return read
    }

    /// The resolved follow-up with its request settled by the line's form: whether a case
    /// counts as the topic, what a person should do with it.
    func requestSettledByItsForm(_ resolved: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            resolved.concepts.first == topic
        else { return resolved }
        let words = LineForm.words(analysis)
        var read = resolved
        // "Example of the second one" after a comparison: the side its ordinal picks, the
        // line's own request kept.
        if let answer = state.lastAnswer, answer.intent == .compare, answer.concepts.count == 2,
            resolved.intent != .compare, resolved.concepts.allSatisfy(answer.concepts.contains),
            Self.refersToAnOrdinal(words), case let picked = Self.ordinalPick(words, answer.concepts),
            picked.count == 1, picked != resolved.concepts
        {
            read.concepts = picked
            read.evidence.append("follow-up: a side of the comparison picked by its ordinal → \(picked[0])")
            return read
        }
        // "What about the legal side of it": a side of the topic, explained.
        let sideOfIt = words.indices.dropLast(2).contains { i in
            words[i] == "side" && words[i + 1] == "of" && ["it", "that", "this"].contains(words[i + 2])
        }
        if resolved.intent == .define, sideOfIt {
            read.intent = .explain
            read.evidence.append("follow-up: a side of the topic → explain")
        } else if resolved.intent == .define, Self.asksWhetherItCounts(words) {
            read.intent = .explain
            read.evidence.append("follow-up: whether a case counts as the topic → explain")
        } else if [.define, .explain].contains(resolved.intent), Self.asksWhatAPersonShouldDo(words) {
            read.intent = .howTo
            read.evidence.append("follow-up: what a person should do with the topic → how-to")
        }
        return read
    }

    /// "Another way?", "any other way" right after how to do something: another way to do
    /// it (more of the same), not the answer put another way. "Put it another way", "say
    /// that another way" still ask for plainer words.
    private func anotherWayToDoIt(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState, _ topic: String)
        -> MatchResult?
    {
        // ("Any other way?" may read as nothing asked, "a different way?" as a difference.)
        guard [.simpler, .outOfScope, .compare, .define].contains(match.intent), state.lastAnswer?.intent == .howTo,
            !Self.namesByTerm(match) || match.intent == .outOfScope
        else { return nil }
        let words = LineForm.words(analysis)
        let saying: Set<String> = [
            "put", "say", "said", "explain", "explained", "word", "words", "phrase", "rephrase", "it", "that", "this",
            "describe", "tell",
        ]
        let other = zip(words, words.dropFirst()).contains { a, b in
            ["another", "other", "different"].contains(a) && ["way", "ways"].contains(b)
        }
        guard other, words.count <= 5, !words.contains(where: saying.contains) else { return nil }
        var more = MatchResult(intent: .more, concepts: [topic], confidence: 0.7)
        more.evidence = match.evidence + ["follow-up: another way after how to do it → more"]
        more.basis = match.basis
        return more
    }

    /// "How do you measure them" after Bordin's three parts, "how do they even measure it"
    /// after the alliance research, "how is it measured? is there a test?": how the topic is
    /// measured asks what measures it, the concept related to the topic whose terms speak of
    /// measuring and share a word of the topic's name (the Working Alliance Inventory), not
    /// how to do the topic (how to measure, when the line's own cue asks how to). Not when
    /// the topic is itself a measure.
    private func measureOfTheTopic(_ match: MatchResult, _ analysis: Analysis, _ topic: String) -> MatchResult? {
        let measuring = { (word: String) in word.hasPrefix("measur") }
        let words = analysis.tokens.map(\.word)
        let pronouns: Set<String> = ["it", "them", "they", "that", "this", "those", "these"]
        guard words.contains(where: measuring), words.contains(where: pronouns.contains),
            let own = kb.concept(topic), !own.terms.contains(where: { $0.lowercased().contains("measur") })
        else { return nil }
        let topicStems = matcher.nameStems(of: topic)
        let related = Set(own.related.map(\.concept))
        let measure = kb.concepts.first { c in
            c.id != topic && (related.contains(c.id) || c.related.contains { $0.concept == topic })
                && c.terms.contains { term in
                    let tokens = analyzer.analyze(term).tokens
                    return tokens.contains { measuring($0.word) } && tokens.contains { topicStems.contains($0.stem) }
                }
        }
        guard let measure, !Self.namesByTerm(match) || match.concepts.allSatisfy({ [topic, measure.id].contains($0) })
        else { return nil }
        // "How would I go about measuring it" keeps its own how-to; else what the measure is.
        var read = match.settled(on: [measure.id], as: match.intent == .howTo ? .howTo : .define)
        read.isFollowUp = false
        read.evidence.append("follow-up: how the topic is measured → \(measure.id)")
        return read
    }

    /// "Ok so how would I do it the MI way instead", "so what works instead to get them
    /// engaged", "so instead of shaming, what actually works to get them engaged": after a
    /// practice, a line asking how to act or what works, with "instead" and one concept
    /// named beside the topic, asks how to do that concept (what takes the topic's place).
    private func replacementNamedInstead(_ match: MatchResult, _ analysis: Analysis, _ topic: String)
        -> MatchResult?
    {
        let adverbs: Set<String> = ["actually", "really", "even", "then", "just", "exactly"]
        let words = LineForm.words(analysis).filter { !adverbs.contains($0) }
        guard words.contains("instead"), Self.namesByTerm(match), match.intent != .outOfScope,
            LineForm.asksWhatWorks(words) || Self.asksHowTheyAct(analysis)
        else { return nil }
        let named = match.concepts.filter { $0 != topic }
        guard named.count == 1, let replacement = named.first,
            !matcher.tuning.frameConcepts.contains(replacement)
        else { return nil }
        // "So what do I do instead when they're in denial": a concept named only in the case
        // a clause sets ("when", "if") is the case, not what takes the topic's place.
        let typed = analysis.tokens.map(\.word)
        if let clause = typed.firstIndex(where: { ["when", "if", "while", "whenever"].contains($0) }),
            namedConcept(analysis, from: 0, to: clause) != replacement
        {
            return nil
        }
        var read = match.settled(on: [replacement], as: .howTo)
        read.isFollowUp = false
        read.evidence.append("follow-up: what to do instead, named → \(replacement)")
        return read
    }

    /// "Does that count as one", "what about a subpoena, does it count", "eso cuenta?":
    /// whether a case falls under the topic.
    static func asksWhetherItCounts(_ words: [String]) -> Bool {
        words.indices.contains { i in
            switch words[i] {
            case "count", "counts":
                return i >= 1 && ["does", "do", "would", "that", "it", "this", "still", "also"].contains(words[i - 1])
            case "cuenta": return true
            default: return false
            }
        }
    }

    /// "What should the counselor do with someone there", "what I should not do with them?",
    /// "what can you do for them": what a person should (not) do, asked of the topic.
    static func asksWhatAPersonShouldDo(_ words: [String]) -> Bool {
        guard words.first == "what" else { return false }
        let auxiliaries: Set<String> = ["should", "could", "can", "do", "would", "shall", "must"]
        let agents: Set<String> = [
            "i", "we", "you", "u", "counselor", "counselors", "counsellor", "therapist", "therapists", "clinician",
        ]
        let skipped: Set<String> = ["the", "a", "not", "never", "actually", "just", "really", "even", "then"]
        // The auxiliary and the agent in either order ("what should I", "what I should").
        var i = 1
        var seen: Set<String> = []
        while i < words.count, i <= 5 {
            let w = words[i]
            if auxiliaries.contains(w) && !seen.contains("aux") {
                seen.insert("aux")
            } else if agents.contains(w) && !seen.contains("agent") {
                seen.insert("agent")
            } else if !skipped.contains(w) {
                break
            }
            i += 1
        }
        guard seen.count == 2, i < words.count else { return false }
        return words[i] == "do" || words[i].hasPrefix("do ")
    }
}
