/// Round 27: a follow-up that asks for the evidence behind the topic just discussed.
///
/// "Proof?", "is that actually supported empirically", "how big is the effect, like numbers",
/// "what's the effect size for managing it", "numbers? effect size?": right after an answer,
/// a line that asks what the research found, and names no concept of its own, asks for the
/// evidence of the topic. The alliance's evidence is a concept of its own (the
/// alliance–outcome research), so after the alliance (or a line naming the alliance beside
/// the evidence) that concept leads; after a specific concept (the early alliance, group
/// cohesion, managing countertransference) the topic's own findings answer, whatever the
/// evidence words ("effect size", "outcome") would name alone. A line that names the
/// research outright with nothing pointing back ("now the research thing with r = .28")
/// turns to the research instead.
extension Tutor {
    /// Words that ask for evidence on their own.
    static let evidenceWords: WordSet = [
        "research", "studies", "evidence", "proof", "empirical", "empirically", "numbers", "number",
        "numerically", "stats", "statistics", "statistically", "data", "findings", "meta-analysis", "metaanalysis",
        "evidence-based", "proven",
    ]

    /// Words a line may hold beside evidence words and still be only a request for evidence
    /// ("numbers? effect size?", "any proof", "research pls").
    static let evidenceFragmentWords: WordSet = [
        "effect", "size", "sizes", "any", "the", "some", "pls", "please", "plz", "and", "or", "what", "about", "r",
    ]

    /// Words that ask how a thing is measured.
    static let measureWords: WordSet = [
        "measure", "measures", "measured", "measuring", "measurement", "scale", "instrument", "assess", "assessed",
    ]

    /// Words that point back at the topic.
    static let pointersBack: WordSet = [
        "it", "its", "it's", "that", "this", "them", "those", "these", "thats", "that's",
    ]

    /// The read of a request for the topic's evidence; nil when the line is no such request.
    func evidenceOfTheTopic(_ match: MatchResult, _ analysis: Analysis, _ state: TutorState) -> MatchResult? {
        guard state.open == nil, state.lastAnswer != nil, let topic = state.lastConcept,
            [.define, .explain, .compare, .outOfScope].contains(match.intent), !match.basis.otherSense
        else { return nil }
        let words = LineForm.words(analysis)
        // "How do researchers measure that" asks for the measure (the WAI), not the findings.
        guard Self.asksForEvidence(words), !words.contains(where: Self.measureWords.contains) else { return nil }
        let research = "alliance-outcome-research"
        let alliance = "therapeutic-alliance"
        let named = Set(match.basis.named.map(\.concept)).union(match.basis.told.map(\.concept))
        guard named.isSubset(of: [topic, research, alliance]), kb.concept(research) != nil else { return nil }
        let pointsBack = words.contains(where: Self.pointersBack.contains)
        let fragment = words.allSatisfy { Self.evidenceWords.contains($0) || Self.evidenceFragmentWords.contains($0) }
        let frames = matcher.tuning.frameConcepts
        let concepts: [String]
        // "How big is the effect of the alliance" after the common factors: the alliance's own
        // word, in whatever term, when the topic's name does not hold it ("the early alliance").
        let allianceStem = analyzer.stem("alliance")
        let namesTheAlliance =
            named.contains(alliance)
            || analysis.tokens.contains { $0.stem == allianceStem }
                && !matcher.nameStems(of: topic).contains(allianceStem)
        if frames.contains(topic) || namesTheAlliance {
            concepts = topic == research ? [research] : [research, topic]
        } else {
            // A line naming the research outright, with nothing pointing back, turns to it.
            guard !named.contains(research) || pointsBack || fragment else { return nil }
            concepts = [topic]
        }
        var read = match.settled(on: concepts, as: .explain)
        read.isFollowUp = true
        read.evidence.append("follow-up: the evidence of the topic asked → \(concepts[0])")
        return read
    }

    /// Whether the words ask what the research found: an evidence word, "effect size", "how
    /// big (or strong) is the effect", or "study" as a noun ("any study on it", "Miller's
    /// study"), not the learner's own studying ("what should I study").
    static func asksForEvidence(_ words: [String]) -> Bool {
        if words.contains(where: evidenceWords.contains) { return true }
        for i in words.indices {
            let next = i + 1 < words.count ? words[i + 1] : ""
            switch words[i] {
            // Both forms bind the same condition: "effect" alone ("the abstinence violation
            // effect", "what effect does it have") names an effect, not its size.
            case "effect" where next == "size" || next == "sizes",
                "effects" where next == "size" || next == "sizes":
                return true
            case "how" where ["big", "strong", "large", "huge"].contains(next):
                // Six words on, so a possessive still reaches it ("how large is the alliance's
                // effect": "is the alliance 's effect").
                if words[(i + 2)...].prefix(6).contains(where: {
                    ["effect", "effects", "link", "correlation"].contains($0)
                }) {
                    return true
                }
            case "study":
                let before = i > 0 ? words[i - 1] : ""
                if !["i", "to", "should", "we", "you", "u", "can", "must", "and", "gonna", "will", "need", "next"]
                    .contains(before) && !["next", "first", "for", "after", "more"].contains(next)
                {
                    return true
                }
            default: break
            }
        }
        return false
    }
}
