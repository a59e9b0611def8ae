/// Follow-ups read by what they ask the topic to do (round 19): what the topic changes in
/// another concept ("how does it change their motivation"), how a counselor does it ("how
/// does the counselor help with it"), and the topic weighed against one named after "than"
/// ("is that better or worse than a judge ordering it").
extension Tutor {
    /// Verbs that say one thing acts on another.
    static let effectVerbs: WordSet = [
        "change", "changes", "affect", "affects", "help", "helps", "make", "makes", "get", "gets", "shape", "shapes",
        "influence", "influences", "impact", "impacts", "improve", "improves", "boost", "boosts", "raise", "raises",
        "increase", "increases", "lead", "leads", "build", "builds", "feed", "feeds", "drive", "drives",
    ]

    /// "How does it change their motivation", "how does that get you a plan that fits the
    /// person", "how this make the treatment fit" right after an answer: the pronoun is the
    /// topic acting, and what it acts on is what the line asks about, explained with the topic
    /// framing it. What it acts on is a concept the line names by a term, else one the topic
    /// relates to whose term shares two content words with the object ("the treatment plan"
    /// of "tailored treatment plan"). The frame acted on ("how does it affect the alliance")
    /// stays the topic's.
    func effectOnAConcept(_ match: MatchResult, _ analysis: Analysis, _ last: String, _ state: TutorState)
        -> MatchResult?
    {
        guard state.open == nil, state.lastAnswer != nil, match.intent != .compare || !Self.namesByTerm(match),
            match.intent != .outOfScope || !match.basis.otherSense,
            [.define, .explain, .compare, .outOfScope, .howTo]
                .contains(match.intent)
        else { return nil }
        let words = analysis.tokens.map(\.word)
        guard let h = words.firstIndex(where: { !LineForm.openers.contains($0) }), words[h] == "how" else {
            return nil
        }
        var i = h + 1
        if i < words.count, ["does", "did", "would", "could", "can", "will", "might", "do"].contains(words[i]) {
            i += 1
        }
        guard i + 1 < words.count, ["it", "that", "this"].contains(words[i]), Self.effectVerbs.contains(words[i + 1])
        else { return nil }
        let object = i + 2
        let frames = matcher.tuning.frameConcepts
        var acted: String?
        if let named = namedConcept(analysis, from: object), named != last {
            acted = named
        } else if !Self.namesByTerm(match) || match.intent == .outOfScope {
            acted = relatedByTheObject(analysis, from: object, last)
        }
        guard let other = acted, !(frames.contains(other) && !frames.contains(last)) else { return nil }
        var read = MatchResult(intent: .explain, concepts: [other, last], confidence: 0.7)
        read.evidence = match.evidence + ["follow-up: what the topic acts on → \(other) leads"]
        read.basis = match.basis
        return read
    }

    /// The concept the topic relates to (either way round) one of whose terms shares two
    /// content words or more with the words from `start` on; nil when none does, or two
    /// share as many.
    func relatedByTheObject(_ analysis: Analysis, from start: Int, _ last: String) -> String? {
        guard start < analysis.tokens.count else { return nil }
        let stems = Set(analysis.tokens[start...].filter(\.isContent).map(\.stem))
        guard stems.count >= 2 else { return nil }
        let neighbours = kb.concepts.filter { $0.id != last && relates($0.id, last) }
        var best: (id: String, shared: Int)?
        var tied = false
        for concept in neighbours {
            let shared =
                concept.terms.map { term in
                    Set(analyzer.analyze(term).tokens.filter(\.isContent).map(\.stem)).intersection(stems).count
                }.max() ?? 0
            guard shared >= 2 else { continue }
            if let b = best, b.shared == shared {
                tied = true
            } else if best == nil || shared > best!.shared {
                best = (concept.id, shared)
                tied = false
            }
        }
        return tied ? nil : best?.id
    }

    /// "How does the counselor help with it", "and how does one actually practise it", "how
    /// do you actually do it", "how counselor help client take medicine": right after an
    /// answer, "how" (with or without "do"/"can"/"would") and a person doing something asks
    /// how to do it, though "how does" cues an explanation. Not "they" (mostly the
    /// researchers: "how do they measure it") nor a relation ("how do you relate them").
    static func askedHowAPersonDoesIt(_ analysis: Analysis) -> Bool {
        let words = LineForm.words(analysis)
        guard words.first == "how" else { return false }
        var i = 1
        if i < words.count,
            ["does", "do", "did", "would", "could", "can", "should", "will", "might"].contains(words[i])
        {
            i += 1
        }
        if i < words.count, ["the", "a", "an", "my", "your"].contains(words[i]) { i += 1 }
        let agents: Set<String> = [
            "i", "you", "u", "we", "one", "counselor", "counselors", "counsellor", "counsellors", "therapist",
            "therapists", "clinician", "clinicians",
        ]
        guard i + 1 < words.count, agents.contains(words[i]) else { return false }
        var v = i + 1
        while v < words.count, ["actually", "even", "really", "just", "then", "ever", "best"].contains(words[v]) {
            v += 1
        }
        let notActs: Set<String> = [
            "relate", "compare", "differ", "mean", "know", "think", "feel", "say", "call", "spell", "pronounce",
        ]
        let copulas = LineForm.copulas.union(["be", "am"])
        return v < words.count && !notActs.contains(words[v]) && !copulas.contains(words[v]) && words[v].count > 1
    }

    /// "Is that better or worse than a judge ordering it", "is it more effective than
    /// confrontation": the topic as the subject of a comparative, a concept named after
    /// "than": the two compared.
    func comparedThanANamed(_ match: MatchResult, _ analysis: Analysis, _ last: String) -> MatchResult? {
        let words = LineForm.words(analysis)
        let comparatives: Set<String> = [
            "better", "worse", "more", "less", "stronger", "weaker", "safer", "riskier", "preferable", "faster",
            "slower",
        ]
        guard match.intent != .outOfScope, let than = words.firstIndex(of: "than"),
            let c = words[..<than].firstIndex(where: comparatives.contains),
            let p = words[..<c].firstIndex(where: { ["it", "that", "this"].contains($0) }),
            words[..<p].allSatisfy({ LineForm.auxiliaries.contains($0) || LineForm.questionWords.contains($0) })
        else { return nil }
        // The line's own tokens after "than" (the analyzer's tokens, not the split words).
        let tokens = analysis.tokens.map(\.word)
        guard let t = tokens.lastIndex(of: "than"), let other = namedConcept(analysis, from: t + 1), other != last
        else { return nil }
        var read = match.settled(on: [last, other], as: .compare)
        read.evidence.append("follow-up: the topic weighed against one named after 'than' → compare")
        return read
    }
}
