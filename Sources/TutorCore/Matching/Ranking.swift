/// The concepts a line is about, main one first, and how they were found.
struct Ranking {
    var concepts: [Int]
    /// Concept → how strongly the line names it.
    var scores: [Int: Double]
    /// Found from the concepts' whole text or a shared name word, not from a term.
    var viaFallback = false
    /// Concepts a word shared by their names points to equally ("goals").
    var partialTies: [Int] = []
}

extension Matcher {
    /// Stage 3 of matching: the concepts whose terms the line names, in the line's order;
    /// when it names none, the concepts whose whole text it shares the most specific words
    /// with, or those a word of their names points to.
    func rank(_ terms: TermScan, intents: IntentScores, cues: CueScan, tokens: [Token], content: [Int]) -> Ranking {
        var ranking = Ranking(concepts: terms.ranked, scores: terms.score)
        if !ranking.concepts.isEmpty {
            // A comparison names both sides ("the family vs real connection question"): the
            // frame is one of them, not the frame of the other.
            if !intents.cued.contains(.compare),
                let specific = insideTheFrame(terms, cues: cues, tokens: tokens, content: content)
            {
                ranking.concepts.insert(specific, at: 0)
                ranking.scores[specific] = tuning.fallbackConceptScore
            }
            return ranking
        }
        // A case told about a client ("my client keeps skipping his antidepressants") is of the
        // domain whatever words it uses: a weaker guess will do.
        let story =
            tokens.contains { ["client", "clients", "patient"].contains($0.word) }
            && tokens.contains { Self.storyPeople.contains($0.word) || $0.word == "my" }
        if let guess = fallback(content.filter { !cues.covered[$0] }, tokens, story: story) {
            ranking.concepts = guess
            ranking.viaFallback = true
            for c in guess { ranking.scores[c] = tuning.fallbackConceptScore }
            return ranking
        }
        // A word of a few concepts' names ("goals", "the family") names one of them
        // without saying which: offer them, and the dialogue asks. Only when every other
        // word is known and of the domain, so "a food court" stays out.
        guard !intents.scores.keys.contains(where: { !$0.isContent }),
            let top = namesShared(content.filter { !cues.covered[$0] }, tokens)
        else { return ranking }
        ranking.concepts = top
        for c in top { ranking.scores[c] = tuning.partialConceptScore }
        if top.count > 1 { ranking.partialTies = top }
        ranking.viaFallback = true
        return ranking
    }

    /// The concepts the most words of the line's names point to, when every other word is
    /// known and of the domain and at most `partialTiesMax` concepts lead.
    private func namesShared(_ positions: [Int], _ tokens: [Token]) -> [Int]? {
        var counts: [Int: Int] = [:]
        var seenStems: Set<String> = []
        for p in positions {
            let t = tokens[p]
            if !t.known || t.corrected || isOffTopic(t) { return nil }
            guard let owners = nameIndex[t.stem], owners.count <= tuning.nameOwnersMax else {
                if analyzer.domainStems.contains(t.stem) { continue }
                return nil
            }
            guard seenStems.insert(t.stem).inserted else { continue }
            for c in owners { counts[c, default: 0] += 1 }
        }
        guard let best = counts.values.max() else { return nil }
        let top = counts.filter { $0.value == best }.keys.sorted()
        guard top.count > tuning.partialTiesMax else { return top }
        // More lead than can be offered ("the family" is in five names): the ones whose
        // names the words make up most of ("Family insistence" before "Alliance in couple
        // and family therapy"), in the knowledge base's order on a tie.
        var nameSize: [Int: Int] = [:]
        for owners in nameIndex.values { for c in owners where counts[c] == best { nameSize[c, default: 0] += 1 } }
        let byShare = top.sorted { (nameSize[$0] ?? 0, $0) < (nameSize[$1] ?? 0, $1) }
        return Array(byShare.prefix(tuning.partialTiesMax))
    }

    /// A line that names only the alliance (the frame) and says where or on what it acts in
    /// words no term holds ("the alliance with a whole family in the room", "over video",
    /// "in a group", "how do you measure it"): the concept whose whole text those words, read
    /// with the frame's own, point to is the topic. The words of the domain ("client",
    /// "therapy") and of the cues say nothing of where.
    private func insideTheFrame(_ terms: TermScan, cues: CueScan, tokens: [Token], content: [Int]) -> Int? {
        guard terms.ranked.allSatisfy({ tuning.frameConcepts.contains(conceptIDs[$0]) }) else { return nil }
        // A word right before the frame's own words qualifies the frame ("a strong alliance").
        let rest = content.indices.filter { k in
            let p = content[k]
            return terms.claimed[p] == nil && !cues.covered[p] && !analyzer.domainStems.contains(tokens[p].stem)
                && !foreignStems.contains(tokens[p].stem) && !tokens[p].corrected
                && !(k + 1 < content.count && terms.claimed[content[k + 1]] != nil)
        }.map { content[$0] }
        // Only a word of a concept's own name, one few names share and the concepts' texts
        // use sparingly: "family", "trauma", not "strong" or "care", which any text says.
        var named: Set<Int> = []
        for p in rest {
            let stem = tokens[p].stem
            if let owners = nameIndex[stem], owners.count <= tuning.nameOwnersMax,
                (idf[stem] ?? 0) >= tuning.frameWordMinIDF
            {
                named.formUnion(owners)
            }
        }
        named = named.filter { !tuning.frameConcepts.contains(conceptIDs[$0]) }
        guard !named.isEmpty else { return nil }
        let scores = wholeTextScores(rest + content.filter { terms.claimed[$0] != nil }, tokens)
        return named.max { (scores[$0] ?? 0, -$0) < (scores[$1] ?? 0, -$1) }
    }

    /// Each concept's idf-weighted overlap of its whole text with the words at `positions`.
    private func wholeTextScores(_ positions: [Int], _ tokens: [Token]) -> [Int: Double] {
        var scores: [Int: Double] = [:]
        var seen: Set<String> = []
        for p in positions {
            let stem = tokens[p].stem
            guard seen.insert(stem).inserted, let postings = conceptDocs[stem], let w = idf[stem] else { continue }
            for posting in postings { scores[posting.concept, default: 0] += w * posting.weight / (posting.weight + 1) }
        }
        return scores
    }

    /// For a line that names no term: the concepts whose whole text shares the most
    /// specific words with it (a weighted overlap, idf-scaled), when one clearly leads.
    private func fallback(_ positions: [Int], _ tokens: [Token], story: Bool = false) -> [Int]? {
        var scores: [Int: Double] = [:]
        var hits: [Int: Int] = [:]
        var seen: Set<String> = []
        for p in positions {
            let stem = tokens[p].stem
            guard seen.insert(stem).inserted, let postings = conceptDocs[stem], let w = idf[stem] else { continue }
            let scale = tokens[p].corrected ? tuning.fallbackCorrectedScale : 1
            for posting in postings {
                scores[posting.concept, default: 0] += w * scale * posting.weight / (posting.weight + 1)
                hits[posting.concept, default: 0] += 1
            }
        }
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first else { return nil }
        let enough =
            top.value >= tuning.fallbackMinScore && (hits[top.key] ?? 0) >= tuning.fallbackMinHits
            || top.value >= tuning.fallbackAloneScore || story && top.value >= tuning.fallbackStoryScore
        guard enough else { return nil }
        if ranked.count > 1 && ranked[1].value >= top.value * tuning.fallbackRunnerUpShare {
            return [top.key, ranked[1].key]
        }
        return [top.key]
    }
}
