import Foundation

/// Composes replies from the knowledge base for each intent. Every answer about a concept
/// ends with its sources.
public struct Responder: Sendable {
    public let kb: KnowledgeBase

    public init(kb: KnowledgeBase) { self.kb = kb }

    /// The answer to a content intent about `concepts` (one or two ids), with the `example`th
    /// example for `.example` (`decide` draws it).
    public func answer(_ intent: Intent, concepts ids: [String], example index: Int?) -> String {
        let concepts = ids.compactMap { kb.concept($0) }
        guard let concept = concepts.first else { return redirect() }
        switch intent {
        case .define: return define(concept)
        case .explain: return explain(concept)
        case .howTo:
            if concepts.count >= 2, let instead = instead(of: concepts[1], concept) { return instead }
            return howTo(concept)
        case .example: return example(concept, index: index ?? 0)
        case .compare:
            if concepts.count >= 2 { return compare(concepts[0], concepts[1]) }
            return define(concept) + "\n" + "Why it matters: " + concept.why
        default: return define(concept)
        }
    }

    /// "What should I do instead" after harsh confrontation: what the knowledge base says
    /// replaces it (`alternative`'s relation to it), then how to do the alternative (its own
    /// steps: the learner asked what to do, and the practice's steps are usually what the
    /// tutor has just shown), or the practice's own steps when the alternative has none. Nil
    /// unless `alternative` is one of `practice`'s alternatives.
    func instead(of practice: Concept, _ alternative: Concept) -> String? {
        guard kb.alternatives(to: practice.id).contains(alternative.id),
            let rel = alternative.related.first(where: { $0.concept == practice.id })
        else { return nil }
        let steps = alternative.how.isEmpty ? practice.how : alternative.how
        let whose = alternative.how.isEmpty ? "" : " (\(lowerFirst(alternative.name)))"
        var lines = ["Instead of \(lowerFirst(practice.name)): \(rel.relation)", "In practice\(whose):"]
        for (i, step) in steps.enumerated() { lines.append("  \(i + 1). \(step)") }
        var sources = alternative.how.isEmpty ? practice.sources : alternative.sources
        for s in (alternative.how.isEmpty ? alternative.sources : practice.sources) where !sources.contains(s) {
            sources.append(s)
        }
        lines.append(cite(sources))
        return lines.joined(separator: "\n")
    }

    public func define(_ c: Concept) -> String {
        var lines = ["\(c.name): \(c.definition)"]
        if let rel = c.related.first, let other = kb.concept(rel.concept) {
            lines.append("Related: \(other.name). \(rel.relation)")
        }
        lines.append(cite(c.sources))
        return lines.joined(separator: "\n")
    }

    public func explain(_ c: Concept) -> String {
        var lines = ["Why \(lowerFirst(c.name)) matters: \(c.why)"]
        if c.related.count > 1, let other = kb.concept(c.related[1].concept) {
            lines.append("Related: \(other.name). \(c.related[1].relation)")
        }
        lines.append(cite(c.sources))
        lines += examAndEvidence(c)
        return lines.joined(separator: "\n")
    }

    public func howTo(_ c: Concept) -> String {
        var lines = ["\(c.name), in practice:"]
        for (i, step) in c.how.enumerated() { lines.append("  \(i + 1). \(step)") }
        lines.append(cite(c.sources))
        return lines.joined(separator: "\n")
    }

    /// The concept's `index`th example, with its source.
    public func example(_ c: Concept, index: Int) -> String {
        let ex = c.examples[index]
        let sources = ex.source.map { [$0] } ?? c.sources
        return ["An example of \(lowerFirst(c.name)): \(ex.text)", cite(sources)].joined(separator: "\n")
    }

    public func compare(_ a: Concept, _ b: Concept) -> String {
        var lines = ["\(a.name) and \(b.name):"]
        lines.append("- \(a.name): \(firstSentence(a.definition))")
        lines.append("- \(b.name): \(firstSentence(b.definition))")
        if let rel = a.related.first(where: { $0.concept == b.id }) {
            lines.append("The difference that matters: \(rel.relation)")
        } else if let rel = b.related.first(where: { $0.concept == a.id }) {
            lines.append("The difference that matters: \(rel.relation)")
        } else if a.group != b.group, let ga = kb.groups.first(where: { $0.id == a.group }),
            let gb = kb.groups.first(where: { $0.id == b.group })
        {
            lines.append(
                "The difference that matters: they sit in different parts of the topic — \(a.name) under "
                    + "\"\(ga.name)\", \(b.name) under \"\(gb.name)\".")
        }
        if a.group == "not-the-alliance" || b.group == "not-the-alliance" {
            let distractor = a.group == "not-the-alliance" ? a : b
            if let m = distractor.misconceptions.first {
                lines.append("On the exam: \(m.right)")
            }
        }
        var sources: [String] = []
        for s in a.sources + b.sources where !sources.contains(s) { sources.append(s) }
        lines.append(cite(sources))
        return lines.joined(separator: "\n")
    }

    /// Concepts by group.
    public func topics() -> String {
        var lines = ["Here is what you can learn here:"]
        for group in kb.groups {
            let names = kb.concepts.filter { $0.group == group.id }.map(\.name)
            guard !names.isEmpty else { continue }
            lines.append("\(group.name): \(names.joined(separator: ", ")).")
        }
        lines.append("Ask about any of them, e.g. \"what is trust?\", or say \"quiz me\".")
        return lines.joined(separator: "\n")
    }

    public func greeting() -> String {
        "Hello! I'm here to help you learn the therapeutic alliance. Ask me anything about it, or type \"topics\" to see what we can cover."
    }

    public func thanks() -> String {
        "You're welcome. Want to try a question on it? Say \"quiz me\"."
    }

    public func redirect() -> String {
        "That's outside what I teach: I only cover the therapeutic alliance and the ideas around it (trust, collaboration, engagement, what helps and harms treatment). Try \"topics\" to see them."
    }

    /// "(Sources: seed-000; Bordin (1979))": seeds by id, published works by authors and year.
    public func cite(_ ids: [String]) -> String {
        let names = ids.map { kb.source($0)?.short ?? $0 }
        return "(Sources: \(names.joined(separator: "; ")))"
    }

    /// Where the seeds' exam answer simplifies the research: the answer the exam wants, and
    /// what the evidence adds, each marked as such.
    func examAndEvidence(_ c: Concept) -> [String] {
        var lines: [String] = []
        if let exam = c.examAnswer { lines.append("The exam's answer: \(exam)") }
        for finding in c.evidence {
            lines.append("What the evidence adds: \(finding.text) \(cite(finding.sources))")
        }
        return lines
    }

    func firstSentence(_ text: String) -> String {
        if let r = text.range(of: ". ") { return String(text[..<r.lowerBound]) + "." }
        return text
    }

    func lowerFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        // Keep proper names and acronyms as written.
        if s.count > 1, s[s.index(after: s.startIndex)].isUppercase { return s }
        // A letter naming an option ("B is empathy, A is sympathy"), not the article "A".
        let words = s.split(separator: " ", maxSplits: 2)
        if words.count > 1, words[0].count == 1, first.isUppercase,
            first != "A" || ["is", "and", "or", "was"].contains(words[1].lowercased())
        {
            return s
        }
        if ["Bordin", "Rogers", "Working Alliance Inventory"].contains(where: { s.hasPrefix($0) }) { return s }
        return first.lowercased() + s.dropFirst()
    }
}
