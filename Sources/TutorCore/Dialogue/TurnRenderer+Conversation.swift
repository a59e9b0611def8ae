import Foundation

/// The sentences of the conversation's own intents: another example, simpler, harder and
/// easier, goodbye, feelings and study advice.
extension TurnRenderer {
    func conversation(_ move: Move) -> String? {
        switch move {
        case .moreOnWhat:
            return "More on what? Ask about a topic first, e.g. \"what is trust?\", then say \"tell me more\"."
        case .anotherExample(let id, let index, let again):
            guard let c = kb.concept(id), c.examples.indices.contains(index) else { return "" }
            let ex = c.examples[index]
            let sources = ex.source.map { [$0] } ?? c.sources
            let lead =
                again
                ? "That's every example I have of \(lowerFirst(c.name)) (\(c.examples.count)); here's one of them again:"
                : "Another example of \(lowerFirst(c.name)):"
            return ["\(lead) \(ex.text)", responder.cite(sources)].joined(separator: "\n")
        case .inPractice(let id, let onlyExample):
            guard let c = kb.concept(id) else { return "" }
            guard onlyExample else { return responder.howTo(c) }
            return "That's the only example I have of \(lowerFirst(c.name)). In practice:\n" + responder.howTo(c)
        case .simpler(let id, let open): return simpler(id, whileOpen: open)
        case .simplerByCase(let id):
            guard let c = kb.concept(id) else { return "" }
            guard let ex = c.examples.first else {
                return "What \(lowerFirst(c.name)) looks like in practice:\n" + responder.howTo(c)
            }
            return [
                "Here it is in one case (\(lowerFirst(c.name))): \(ex.text)",
                responder.cite(ex.source.map { [$0] } ?? c.sources),
            ].joined(separator: "\n")
        case .difference(let ids): return difference(ids)
        case .offerDeclined:
            return "No problem. Ask me anything else about the alliance, or say \"quiz me\" when you want a question."
        case .questionReworded(let id):
            guard let q = tutor.question(id), let c = kb.concept(q.concept) else { return "" }
            let ideas = q.needed == 1 ? "one main idea" : "\(q.needed) main ideas"
            // A question that sets two concepts apart is about both, the one it asks of first.
            let asked =
                tutor.contrastSides(of: q).flatMap { sides in
                    kb.concept(sides[0]).flatMap { a in
                        kb.concept(sides[1]).map { b in
                            "\(lowerFirst(a.name)) and how it differs from \(lowerFirst(b.name))"
                        }
                    }
                } ?? lowerFirst(c.name)
            return [
                "In other words: I'm asking about \(asked), in your own words, as you'd put it to a classmate.",
                "I'm looking for \(ideas); a sentence or two is enough, and \"hint\" gives you a clue.",
            ].joined(separator: "\n")
        case .sameIdea(let id, let word):
            let name = kb.concept(id).map { lowerFirst($0.name) } ?? id
            return "Here \"\(TextCleaner.quote(word, max: 40))\" and \"\(name)\" name one idea, not two to set apart:"
        case .noTimeLimit(let questionOpen):
            let lead = "There's no time limit: take as long as you need."
            return questionOpen ? lead + " Say \"hint\" if you get stuck, or \"skip\" to see the answer." : lead
        case .takeYourTime(let form):
            return form == 0 ? "Take your time." : "No rush. Say \"hint\" whenever you'd like a clue."
        case .finishFirst: return "Let's finish this one first; then I'll give you a harder one."
        case .makeItEasier: return "Let's make it easier."
        case .askLevel(let id, let concept, let harder):
            let lead = harder ? "A harder one" : "An easier one"
            return "\(lead) (\(kb.concept(concept)?.name ?? concept)): \(tutor.question(id)?.text ?? id)"
        case .farewell(let summary): return farewell(summary)
        case .feelings(let aboutMistakes, let next, let questionOpen, let upbeat):
            if upbeat {
                let glad = "Good to hear: that's the practice paying off."
                if questionOpen {
                    return glad + "\nKeep it going with the question in front of you; say \"hint\" if you want a clue."
                }
                let name = kb.concept(next)?.name ?? "the therapeutic alliance"
                return glad + "\nKeep the momentum: a short question on \(name). Say \"quiz me\" when you're ready."
            }
            let empathy =
                aboutMistakes
                ? "Getting answers wrong while you practise is how they stick; it's a normal part of learning, not a sign you can't do this."
                : "That sounds hard, and it's very common before a certification exam; feeling it means you care about doing well."
            if questionOpen {
                return empathy
                    + "\nOne step for now: just the question in front of you, one idea at a time; say \"hint\" for a clue."
            }
            let name = kb.concept(next)?.name ?? "the therapeutic alliance"
            return empathy
                + "\nOne step for now: a single short question on \(name). Say \"quiz me\" when you're ready."
        case .studyAdvice(let ranked): return studyAdvice(ranked)
        default: return nil
        }
    }

    /// The concept in one plain sentence, and why it matters in one more; with a question
    /// open, the question in other words.
    private func simpler(_ id: String?, whileOpen open: String?) -> String {
        if let open, let q = tutor.question(open), let c = kb.concept(q.concept) {
            return [
                "In other words: the question is about \(lowerFirst(c.name)). \(plain(c.definition))",
                "Answer in a sentence or two, in your own words; \"hint\" gives you a clue.",
            ].joined(separator: "\n")
        }
        guard let id, let c = kb.concept(id) else {
            return "Let's start simple. Ask about one topic, e.g. \"what is trust?\", and I'll keep it short."
        }
        return ["Put simply: \(plain(c.definition))", "Why it matters: \(plain(c.why))"].joined(separator: "\n")
    }

    /// The difference that matters between two concepts, in a line or two; each in plain
    /// words when the knowledge base relates them no further.
    private func difference(_ ids: [String]) -> String {
        let concepts = ids.compactMap { kb.concept($0) }
        guard concepts.count == 2 else { return simpler(ids.first, whileOpen: nil) }
        let (a, b) = (concepts[0], concepts[1])
        let relation = a.related.first { $0.concept == b.id } ?? b.related.first { $0.concept == a.id }
        if let relation { return "In short, \(lowerFirst(a.name)) versus \(lowerFirst(b.name)): \(relation.relation)" }
        return "In short: \(plain(a.definition)) \(plain(b.definition))"
    }

    /// The first sentence of a text, without its parenthetical asides.
    func plain(_ text: String) -> String {
        var sentence = responder.firstSentence(text)
        while let open = sentence.firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") {
            let before = sentence[..<open].hasSuffix(" ") ? sentence.index(before: open) : open
            sentence.removeSubrange(before...close)
        }
        return sentence.hasSuffix(".") ? sentence : sentence + "."
    }

    private func farewell(_ s: SessionSummary) -> String {
        var lines: [String] = []
        if s.practised.isEmpty {
            lines.append("Goodbye! Next time, try a question or two: \"quiz me\" is a good start.")
        } else {
            let names = s.practised.compactMap { row in
                kb.concept(row.concept).map { "\($0.name) (mastery \(String(format: "%.2f", row.mastery)))" }
            }
            let n = s.answered
            // A session resumed from a checkpoint written before answers were counted by day
            // knows what was practised today but not how many answers.
            lines.append(
                n == 0
                    ? "Today you practised \(names.joined(separator: ", "))."
                    : "Today you answered \(n) question\(n == 1 ? "" : "s") on \(names.joined(separator: ", ")).")
            lines.append(
                s.saved
                    ? "Goodbye, and well done. Your progress is saved for next time."
                    : "Goodbye, and well done. This session kept no record, so today's progress is not saved.")
        }
        if s.questionOpen && s.saved { lines.append("The open question will be waiting when you come back.") }
        return lines.joined(separator: "\n")
    }

    private func studyAdvice(_ ranked: [ReviewScheduler.Suggestion]) -> String {
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
