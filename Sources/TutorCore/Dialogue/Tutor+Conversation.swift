import Foundation

/// Replies to the conversation's own intents (Intents v2): more, simpler, harder, easier,
/// goodbye, feelings, study advice. None of them is an answer: an open question stays
/// open (the caller re-offers it), and each leans on what was just discussed.
extension Tutor {
    /// Answers a conversational intent; `result.quit` is set on goodbye.
    func conversationReply(_ match: MatchResult, _ state: inout TutorState, _ result: inout TurnResult, now: String) {
        let concept = match.concepts.first ?? state.lastConcept
        switch match.intent {
        case .more: result.reply = more(concept, &state)
        case .simpler: result.reply = simpler(concept, state)
        case .harder: result.reply = question(harder: true, concept, &state, now: now)
        case .easier: result.reply = question(harder: false, concept, &state, now: now)
        case .goodbye:
            result.reply = goodbye(state, now: now)
            result.quit = true
        case .feelings: result.reply = feelings(match, state, now: now)
        case .studyAdvice: result.reply = studyAdvice(state, now: now)
        default: result.reply = responder.redirect()
        }
    }

    /// Records which of the concepts' examples a reply shows, so "another example" brings
    /// a different one.
    func noteShownExamples(_ reply: String, _ concepts: [String], _ state: inout TutorState) {
        for id in concepts {
            guard let c = kb.concept(id) else { continue }
            for (i, e) in c.examples.enumerated() where reply.contains(e.text) {
                state.shownExamples[id, default: []].append(i)
            }
        }
    }

    /// Another example of the concept, one not shown yet (all shown: start again, never
    /// with the last one); with no examples, how it is done.
    private func more(_ id: String?, _ state: inout TutorState) -> String {
        guard let id, let c = kb.concept(id) else {
            return "More on what? Ask about a topic first, e.g. \"what is trust?\", then say \"tell me more\"."
        }
        state.meet(id)
        state.lastConcept = id
        guard !c.examples.isEmpty else { return responder.howTo(c) }
        var shown = state.shownExamples[id] ?? []
        var fresh = c.examples.indices.filter { !shown.contains($0) }
        if fresh.isEmpty {
            shown = shown.last.map { [$0] } ?? []
            fresh = c.examples.indices.filter { !shown.contains($0) }
        }
        guard !fresh.isEmpty else {
            return "That's the only example I have of \(lowerFirst(c.name)). In practice:\n" + responder.howTo(c)
        }
        let pick = fresh[state.rng.index(fresh.count)]
        state.shownExamples[id] = shown + [pick]
        let ex = c.examples[pick]
        let sources = ex.source.map { [$0] } ?? c.sources
        return ["Another example of \(lowerFirst(c.name)): \(ex.text)", responder.cite(sources)].joined(
            separator: "\n")
    }

    /// The concept in one plain sentence, and why it matters in one more; with a question
    /// open, the question in other words first.
    private func simpler(_ id: String?, _ state: TutorState) -> String {
        var lines: [String] = []
        if let open = state.open, !open.isOffer, let q = question(open.id), let c = kb.concept(q.concept) {
            lines.append("In other words: the question is about \(lowerFirst(c.name)). \(plain(c.definition))")
            lines.append("Answer in a sentence or two, in your own words; \"hint\" gives you a clue.")
            return lines.joined(separator: "\n")
        }
        guard let id, let c = kb.concept(id) else {
            return "Let's start simple. Ask about one topic, e.g. \"what is trust?\", and I'll keep it short."
        }
        lines.append("Put simply: \(plain(c.definition))")
        lines.append("Why it matters: \(plain(c.why))")
        return lines.joined(separator: "\n")
    }

    /// The first sentence of a text, without its parenthetical asides.
    private func plain(_ text: String) -> String {
        var sentence = responder.firstSentence(text)
        while let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") {
            let before = sentence[..<open].hasSuffix(" ") ? sentence.index(before: open) : open
            sentence.removeSubrange(before...close)
        }
        return sentence.hasSuffix(".") ? sentence : sentence + "."
    }

    /// A question on the concept, harder (more ideas to cover) or easier (fewer), one not
    /// asked yet when there is one. With a question open, easier gives a hint and harder
    /// waits for this one to be done.
    private func question(harder: Bool, _ id: String?, _ state: inout TutorState, now: String) -> String {
        if let open = state.open, !open.isOffer {
            if harder { return "Let's finish this one first; then I'll give you a harder one." }
            return "Let's make it easier. " + hint(&state, now: now)
        }
        let target = id ?? nextConcept(state, now: now)
        guard let c = kb.concept(target), !c.questions.isEmpty else {
            return ask(concept: target, &state, offer: false, now: now)
        }
        let size = { (q: Question) in q.needed * 10 + q.expectations.count }
        let candidates = c.questions.filter { $0.id != state.lastAsked }
        let pool = candidates.isEmpty ? c.questions : candidates
        let unasked = pool.filter { (state.asked[$0.id] ?? 0) == 0 }
        let ordered = (unasked.isEmpty ? pool : unasked).sorted { harder ? size($0) > size($1) : size($0) < size($1) }
        let q = ordered[0]
        open(q, &state, offer: false)
        state.meet(target)
        state.lastConcept = target
        let lead = harder ? "A harder one" : "An easier one"
        return "\(lead) (\(c.name)): \(q.text)"
    }

    /// What was practised today, and goodbye.
    private func goodbye(_ state: TutorState, now: String) -> String {
        let day = String(now.prefix(10))
        let practised = state.seen.filter { (state.lastPractised[$0] ?? "").hasPrefix(day) }
        var lines: [String] = []
        if practised.isEmpty {
            lines.append("Goodbye! Next time, try a question or two: \"quiz me\" is a good start.")
        } else {
            let names = practised.compactMap { id in
                kb.concept(id).map { "\($0.name) (mastery \(String(format: "%.2f", state.mastery[id] ?? 0)))" }
            }
            let answered = practised.map { state.attempts[$0] ?? 0 }.reduce(0, +)
            lines.append(
                "Today you answered \(answered) question\(answered == 1 ? "" : "s") on \(names.joined(separator: ", "))."
            )
            lines.append("Goodbye, and well done. Your progress is saved for next time.")
        }
        if state.open != nil { lines.append("The open question will be waiting when you come back.") }
        return lines.joined(separator: "\n")
    }

    /// One empathetic line, then one concrete step.
    private func feelings(_ match: MatchResult, _ state: TutorState, now: String) -> String {
        // The cues that fired say whether it is about mistakes ("I keep getting these wrong").
        let wrong = match.evidence.contains { $0.contains("wrong") || $0.contains("fail") || $0.contains("mess") }
        let empathy =
            wrong
            ? "Getting answers wrong while you practise is how they stick; it's a normal part of learning, not a sign you can't do this."
            : "That sounds hard, and it's very common before a certification exam; feeling it means you care about doing well."
        let next = kb.concept(nextConcept(state, now: now))?.name ?? "the therapeutic alliance"
        return empathy + "\nOne step for now: a single short question on \(next). Say \"quiz me\" when you're ready."
    }

    /// What to study next, from the learner's mastery (the review scheduler's order).
    private func studyAdvice(_ state: TutorState, now: String) -> String {
        let ranked = scheduler.ranked(state, now: ISOTime.parse(now)).prefix(3)
        guard let first = ranked.first, let c = kb.concept(first.concept) else {
            return "Start with the therapeutic alliance itself: ask \"what is the therapeutic alliance?\"."
        }
        var lines = ["Focus next on \(c.name): \(first.explanation)."]
        let others = ranked.dropFirst().compactMap { kb.concept($0.concept)?.name }
        if !others.isEmpty { lines.append("Then: \(others.joined(separator: ", ")).") }
        lines.append(
            "The exams test the alliance most: what it is, why it keeps clients in treatment, and what harms it. Say \"quiz me on \(lowerFirst(c.name))\" to practise."
        )
        return lines.joined(separator: "\n")
    }
}
