import Foundation

/// Gives a learner's line an intent and up to two concepts.
///
/// Intent comes from weighted cue phrases (`intents.yaml`); concepts from an inverted
/// index over the concepts' terms, so the cost grows with the line, not with the size of
/// the knowledge base. Out of scope is decided on its own evidence: no concept named and
/// words the knowledge base does not know, or a term used in another field's sense.
public final class Matcher: Sendable {
    let analyzer: Analyzer
    private let conceptIDs: [String]
    private let terms: [Term]
    private let termIndex: [String: [Int]]
    private let cues: [Cue]
    private let cueIndex: [String: [Int]]
    private let otherSenses: [Set<String>]
    private let offTopic: Set<String>
    /// Stems of the concepts' names and ids, to the concepts whose name has them.
    private let nameIndex: [String: Set<Int>]
    private let anaphora: Set<String> = ["it", "that", "this", "them", "they", "those", "these", "its", "one"]

    struct Term {
        var concept: Int
        var stems: [String]
        /// The stems before synonyms were applied: an exact wording earns a small bonus.
        var surface: [String]
        var weight: Double
    }

    /// Weighted stems of each concept's whole text, for lines that name no term.
    private let conceptDocs: [String: [(concept: Int, weight: Double)]]
    private let idf: [String: Double]

    /// A term found at some token positions (each is scored once).
    private struct Placement: Hashable {
        var term: Int
        var positions: [Int]
    }

    struct Cue {
        var intent: Intent
        var stems: [String?]  // nil: a wildcard of up to four words
        var weight: Double
        var order: Int
    }

    /// Reads a matcher that `encode(to:)` wrote (the knowledge-base cache), over `analyzer`.
    init(from r: inout BinaryReader, analyzer: Analyzer) throws {
        self.analyzer = analyzer
        conceptIDs = try r.get()
        terms = try r.get()
        termIndex = try r.get()
        cues = try r.get()
        cueIndex = try r.get()
        otherSenses = try r.get()
        offTopic = try r.get()
        nameIndex = try r.get()
        let n = try r.count()
        var docs: [String: [(concept: Int, weight: Double)]] = [:]
        docs.reserveCapacity(n)
        for _ in 0..<n {
            let stem = try r.get(String.self)
            let m = try r.count()
            var postings: [(concept: Int, weight: Double)] = []
            postings.reserveCapacity(m)
            for _ in 0..<m { postings.append((try r.get(Int.self), try r.get(Double.self))) }
            docs[stem] = postings
        }
        guard docs.count == n else { throw BinaryReader.Failure.invalid("a repeated stem") }
        conceptDocs = docs
        idf = try r.get()
        let count = conceptIDs.count
        let inRange = { (i: Int) in i >= 0 && i < count }
        guard terms.allSatisfy({ inRange($0.concept) }),
            termIndex.values.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < terms.count } }),
            cueIndex.values.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < cues.count } }),
            nameIndex.values.allSatisfy({ $0.allSatisfy(inRange) }), otherSenses.count == count,
            conceptDocs.values.allSatisfy({ $0.allSatisfy { inRange($0.concept) } })
        else { throw BinaryReader.Failure.invalid("an index out of range") }
    }

    public init(kb: KnowledgeBase, analyzer: Analyzer) {
        self.analyzer = analyzer
        conceptIDs = kb.concepts.map(\.id)
        var terms: [Term] = []
        var seen: Set<String> = []
        for (i, concept) in kb.concepts.enumerated() {
            let names = [concept.name, concept.id.replacingOccurrences(of: "-", with: " ")] + concept.terms
            for name in names {
                let content = analyzer.analyze(name, correct: false).content
                let stems = content.map(\.stem)
                guard !stems.isEmpty else { continue }
                let key = "\(i)|" + stems.joined(separator: " ")
                guard seen.insert(key).inserted else { continue }
                terms.append(
                    Term(
                        concept: i, stems: stems, surface: content.map { analyzer.porterStem($0.word) },
                        weight: Double(stems.count)))
            }
        }
        var nameIndex: [String: Set<Int>] = [:]
        for (i, concept) in kb.concepts.enumerated() {
            for name in [concept.name, concept.id.replacingOccurrences(of: "-", with: " ")] {
                for t in analyzer.analyze(name, correct: false).content { nameIndex[t.stem, default: []].insert(i) }
            }
        }
        self.nameIndex = nameIndex
        var docs: [String: [Int: Double]] = [:]
        func add(_ text: String, _ concept: Int, _ weight: Double) {
            for t in analyzer.analyze(text, correct: false).content where !t.negated {
                docs[t.stem, default: [:]][concept, default: 0] += weight
            }
        }
        for (i, c) in kb.concepts.enumerated() {
            add(c.name, i, 3)
            for t in c.terms { add(t, i, 3) }
            add(c.definition, i, 1)
            add(c.why, i, 0.5)
            for h in c.how { add(h, i, 0.5) }
            for e in c.examples { add(e.text, i, 0.3) }
            for q in c.questions {
                add(q.text, i, 1)
                for e in q.expectations { for p in e.phrasings { add(p, i, 0.4) } }
            }
        }
        let n = Double(max(1, kb.concepts.count))
        var idf: [String: Double] = [:]
        var conceptDocs: [String: [(concept: Int, weight: Double)]] = [:]
        for (stem, postings) in docs {
            let df = Double(postings.count)
            // Words most concepts use say nothing about which one a line means.
            guard df <= max(2, n / 2) else { continue }
            idf[stem] = log(n / df)
            conceptDocs[stem] = postings.map { (concept: $0.key, weight: $0.value) }.sorted { $0.concept < $1.concept }
        }
        self.idf = idf
        self.conceptDocs = conceptDocs
        var termIndex: [String: [Int]] = [:]
        for (t, term) in terms.enumerated() {
            for s in Set(term.stems) { termIndex[s, default: []].append(t) }
        }
        self.terms = terms
        self.termIndex = termIndex

        let order = Intent.allCases
        var cues: [Cue] = []
        for cue in kb.intentCues {
            var stems: [String?] = []
            for part in cue.cue.split(separator: " ") {
                if part == "*" {
                    stems.append(nil)
                } else {
                    stems.append(contentsOf: analyzer.analyze(String(part), correct: false).tokens.map(\.stem))
                }
            }
            guard stems.contains(where: { $0 != nil }) else { continue }
            if let i = cues.firstIndex(where: { $0.intent == cue.intent && $0.stems == stems }) {
                cues[i].weight = max(cues[i].weight, cue.weight)
                continue
            }
            cues.append(
                Cue(
                    intent: cue.intent, stems: stems, weight: cue.weight,
                    order: kb.intentCues.firstIndex { $0.intent == cue.intent }.map { $0 } ?? order.count))
        }
        var cueIndex: [String: [Int]] = [:]
        for (c, cue) in cues.enumerated() {
            if let first = cue.stems.first, let s = first { cueIndex[s, default: []].append(c) }
        }
        self.cues = cues
        self.cueIndex = cueIndex
        otherSenses = kb.concepts.map { concept in
            Set(concept.otherSenses.flatMap { analyzer.analyze($0, correct: false).content.map(\.stem) })
        }
        offTopic = Set(kb.lexicon.offTopic.flatMap { analyzer.analyze($0, correct: false).content.map(\.stem) })
    }

    /// Matches one line on its own, with no context.
    public func match(_ text: String) -> MatchResult {
        match(analyzer.analyze(text))
    }

    /// Matches an analysed line.
    public func match(_ analysis: Analysis) -> MatchResult {
        let tokens = analysis.tokens
        if tokens.isEmpty { return MatchResult(intent: .outOfScope, concepts: [], confidence: 0) }

        // Intent cues.
        var cueHits: [(intent: Intent, score: Double, order: Int, span: Range<Int>, label: String)] = []
        var cueCovered = [Bool](repeating: false, count: tokens.count)
        for (i, token) in tokens.enumerated() {
            guard let candidates = cueIndex[token.stem] else { continue }
            for c in candidates {
                let cue = cues[c]
                guard let end = matchCue(cue, tokens, at: i) else { continue }
                let atStart = tokens[0..<i].allSatisfy { $0.isStop && !$0.isNegator } && i <= 3
                cueHits.append(
                    (
                        cue.intent, cue.weight * (atStart ? 1.5 : 1), cue.order, i..<end,
                        "cue '\(cue.stems.map { $0 ?? "*" }.joined(separator: " "))' → \(cue.intent.rawValue)"
                    ))
                for k in i..<end { cueCovered[k] = true }
            }
        }

        // Concept terms.
        let content = tokens.indices.filter { tokens[$0].isContent }
        var found: [(term: Int, positions: [Int], start: Int, score: Double)] = []
        var tried: Set<Placement> = []
        for (ci, p) in content.enumerated() {
            guard let candidates = termIndex[tokens[p].stem] else { continue }
            for t in candidates {
                let term = terms[t]
                for slot in term.stems.indices where term.stems[slot] == tokens[p].stem {
                    guard let positions = locate(term.stems, content: content, tokens: tokens, anchor: ci, slot: slot)
                    else { continue }
                    guard tried.insert(Placement(term: t, positions: positions)).inserted else { continue }
                    var score = term.weight
                    let exact = zip(positions, term.surface).allSatisfy { analyzer.porterStem(tokens[$0].word) == $1 }
                    if exact { score += 0.5 }
                    if positions == positions.sorted() { score += 0.25 }
                    let indices = positions.compactMap { content.firstIndex(of: $0) }
                    score -= 0.2 * Double((indices.max()! - indices.min()! + 1) - positions.count)
                    if positions.allSatisfy({ tokens[$0].corrected }) { score -= 0.3 }
                    found.append((t, positions, positions.min()!, score))
                }
            }
        }
        // Longest terms claim their words first; an exact wording beats a synonym's.
        found.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            return $0.start < $1.start
        }
        var claimed: [Int: Int] = [:]  // token → concept
        var evidence: [String] = []
        var conceptScore: [Int: Double] = [:]
        var conceptStart: [Int: Int] = [:]
        var conceptTokens: [Int: [Int]] = [:]
        var tied: [Int: Set<Int>] = [:]  // concept → concepts tied on the same words
        for f in found {
            let term = terms[f.term]
            let owners = Set(f.positions.compactMap { claimed[$0] })
            if !owners.isEmpty {
                // Same words, same length, another concept: a genuine ambiguity.
                if owners.count == 1, let owner = owners.first, owner != term.concept,
                    f.positions.allSatisfy({ claimed[$0] == owner }),
                    conceptTokens[owner].map({ Set($0) == Set(f.positions) }) ?? false,
                    abs((conceptScore[owner] ?? 0) - f.score) < 0.01
                {
                    tied[owner, default: []].insert(term.concept)
                }
                continue
            }
            for p in f.positions { claimed[p] = term.concept }
            evidence.append("term '\(term.stems.joined(separator: " "))' → \(conceptIDs[term.concept]) (\(f.score))")
            conceptScore[term.concept, default: 0] += f.score
            conceptStart[term.concept] = min(conceptStart[term.concept] ?? Int.max, f.start)
            conceptTokens[term.concept, default: []] += f.positions
        }
        var ranked = conceptScore.keys.sorted { (conceptStart[$0]!, $0) < (conceptStart[$1]!, $1) }
        // A cue made of a concept's own name ("motivation", "outcome research") is not a cue.
        var intentScores: [Intent: Double] = [:]
        var firstCueOrder: [Intent: Int] = [:]
        var cueEvidence: [String] = []
        for hit in cueHits {
            let content = hit.span.filter { tokens[$0].isContent }
            if !content.isEmpty && content.allSatisfy({ claimed[$0] != nil }) {
                for k in hit.span { cueCovered[k] = cueHits.contains { $0.span.contains(k) && $0.span != hit.span } }
                continue
            }
            intentScores[hit.intent, default: 0] += hit.score
            firstCueOrder[hit.intent] = min(firstCueOrder[hit.intent] ?? Int.max, hit.order)
            cueEvidence.append(hit.label)
        }
        // Two things set side by side ("X or Y", "more than", "is X the Y?") are compared.
        if ranked.count >= 2 {
            let words = Set(tokens.map(\.word))
            let first = tokens.first?.word ?? ""
            if words.contains("or") || words.contains("than") || words.contains("which")
                || ["is", "are", "isn't", "isnt", "was"].contains(first)
            {
                intentScores[.compare, default: 0] += 3.5
                firstCueOrder[.compare] = min(firstCueOrder[.compare] ?? Int.max, 0)
                cueEvidence.append("two concepts side by side → compare")
            }
        }
        var viaFallback = false
        if ranked.isEmpty, let guess = fallback(content.filter { !cueCovered[$0] }, tokens) {
            ranked = guess
            viaFallback = true
            for c in guess { conceptScore[c] = 1 }
        }
        // A word that belongs to the terms of a few concepts ("goals", "the family") names
        // one of them without saying which: offer them, and the dialogue asks.
        // Only when every other word is known and of the domain, so "a food court" stays out.
        var partialTies: [Int] = []
        let otherIntent = intentScores.keys.contains { !$0.isContent }
        if ranked.isEmpty && !otherIntent {
            var counts: [Int: Int] = [:]
            var seenStems: Set<String> = []
            var clean = true
            for p in content where !cueCovered[p] {
                let t = tokens[p]
                if !t.known || t.corrected || offTopic.contains(t.stem) {
                    clean = false
                    break
                }
                guard let owners = nameIndex[t.stem], owners.count <= 4 else {
                    if analyzer.domainStems.contains(t.stem) { continue }
                    clean = false
                    break
                }
                guard seenStems.insert(t.stem).inserted else { continue }
                for c in owners { counts[c, default: 0] += 1 }
            }
            if clean, let best = counts.values.max() {
                let top = counts.filter { $0.value == best }.keys.sorted()
                if top.count <= 3 {
                    ranked = top
                    for c in top { conceptScore[c] = 0.5 }
                    if top.count > 1 { partialTies = top }
                    viaFallback = true
                }
            }
        }

        // Intent choice.
        var intent: Intent
        var intentConfidence: Double
        let sortedIntents = intentScores.sorted {
            $0.value != $1.value ? $0.value > $1.value : (firstCueOrder[$0.key]! < firstCueOrder[$1.key]!)
        }
        if let top = sortedIntents.first {
            intent = top.key
            let second = sortedIntents.count > 1 ? sortedIntents[1].value : 0
            intentConfidence = min(1, 0.5 + 0.5 * (top.value - second) / max(top.value, 1))
        } else {
            intent = .define
            intentConfidence = ranked.isEmpty ? 0.2 : 0.7
        }
        // A compare needs two things, unless the concept is itself a comparison.
        if intent == .compare && ranked.count < 2 {
            let alternatives = sortedIntents.dropFirst().filter { $0.key.isContent }
            // "compliance vs commitment" is one concept, a comparison in itself.
            let isComparison = ranked.first.map { conceptIDs[$0].contains("-vs-") } ?? false
            if !isComparison, let next = alternatives.first, next.value >= 2 {
                intent = next.key
            }
        }

        // Out of scope: other senses, or unknown words and nothing named.
        let unclaimedContent = content.filter { claimed[$0] == nil && !cueCovered[$0] }
        let unknown = unclaimedContent.filter { !tokens[$0].known || tokens[$0].corrected }
        let anchored = unclaimedContent.contains { analyzer.domainStems.contains(tokens[$0].stem) }
        let offTopicHit = content.contains { claimed[$0] == nil && offTopic.contains(tokens[$0].stem) }
        if !ranked.isEmpty {
            ranked.removeAll { c in
                let senses = otherSenses[c]
                let foreign = content.contains { claimed[$0] != c && senses.contains(tokens[$0].stem) }
                return (foreign || offTopicHit) && !anchored
            }
            if ranked.isEmpty {
                return MatchResult(intent: .outOfScope, concepts: [], confidence: 0.8)
            }
            // Mostly unknown words around one weak, one-word match: another subject.
            let evidence = ranked.reduce(0.0) { $0 + (conceptScore[$1] ?? 0) }
            if intent.isContent || intent == .quiz, evidence <= 1, unknown.count >= 3, !anchored {
                return MatchResult(intent: .outOfScope, concepts: [], confidence: 0.6)
            }
        }

        var result: MatchResult
        switch intent {
        case .define, .explain, .howTo, .compare, .example:
            if ranked.isEmpty {
                let leansOnContext = tokens.contains { anaphora.contains($0.word) } || unclaimedContent.isEmpty
                if unknown.isEmpty && leansOnContext && !offTopicHit {
                    result = MatchResult(intent: intent, concepts: [], confidence: 0.5, isFollowUp: true)
                } else if unknown.isEmpty && !offTopicHit && !unclaimedContent.isEmpty && sortedIntents.isEmpty == false
                    && unclaimedContent.allSatisfy({ analyzer.domainStems.contains(tokens[$0].stem) })
                {
                    result = MatchResult(intent: intent, concepts: [], confidence: 0.4, isFollowUp: true)
                } else {
                    let conf = min(0.95, 0.5 + 0.15 * Double(unknown.count))
                    result = MatchResult(intent: .outOfScope, concepts: [], confidence: conf)
                }
            } else {
                let chosen = Array(ranked.prefix(2)).map { conceptIDs[$0] }
                let top = ranked[0]
                let ambiguous =
                    partialTies.count > 1
                    ? partialTies.map { conceptIDs[$0] }
                    : tied[top].map { [conceptIDs[top]] + $0.sorted().map { conceptIDs[$0] } } ?? []
                let coverage = Double(conceptTokens[top]?.count ?? 0) / Double(max(1, content.count))
                let conf = min(1, intentConfidence * (0.6 + 0.4 * coverage)) * (ambiguous.isEmpty ? 1 : 0.5)
                result = MatchResult(
                    intent: intent, concepts: chosen, confidence: (conf * 1000).rounded() / 1000,
                    ambiguous: intent == .compare ? [] : ambiguous)
            }
        case .quiz, .hint:
            result = MatchResult(
                intent: intent, concepts: ranked.prefix(1).map { conceptIDs[$0] }, confidence: intentConfidence)
        case .outOfScope:
            result = MatchResult(intent: .outOfScope, concepts: [], confidence: 0.5)
        default:
            // Greetings and thanks that also name a concept ("thanks, what is trust?") are about the concept.
            if !ranked.isEmpty && (intent == .greeting || intent == .thanks || intent == .help) {
                let rest = sortedIntents.first { $0.key.isContent }?.key ?? .define
                result = MatchResult(
                    intent: rest, concepts: ranked.prefix(2).map { conceptIDs[$0] }, confidence: 0.6)
            } else {
                result = MatchResult(intent: intent, concepts: [], confidence: intentConfidence)
            }
        }
        result.confidence = (min(1, max(0, result.confidence)) * 1000).rounded() / 1000
        result.evidence = cueEvidence + evidence + (viaFallback ? ["fallback → \(ranked.map { conceptIDs[$0] })"] : [])
        return result
    }

    /// For a line that names no term: the concepts whose whole text shares the most
    /// specific words with it (a weighted overlap, idf-scaled), when one clearly leads.
    private func fallback(_ positions: [Int], _ tokens: [Token]) -> [Int]? {
        var scores: [Int: Double] = [:]
        var hits: [Int: Int] = [:]
        var seen: Set<String> = []
        for p in positions {
            let stem = tokens[p].stem
            guard seen.insert(stem).inserted, let postings = conceptDocs[stem], let w = idf[stem] else { continue }
            let scale = tokens[p].corrected ? 0.7 : 1
            for posting in postings {
                scores[posting.concept, default: 0] += w * scale * posting.weight / (posting.weight + 1)
                hits[posting.concept, default: 0] += 1
            }
        }
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first else { return nil }
        let enough = top.value >= 1.6 && (hits[top.key] ?? 0) >= 2 || top.value >= 2.2
        guard enough else { return nil }
        if ranked.count > 1 && ranked[1].value >= top.value * 0.8 {
            return [top.key, ranked[1].key]
        }
        return [top.key]
    }

    /// The end index (exclusive) of a cue matched at `i`, or nil.
    private func matchCue(_ cue: Cue, _ tokens: [Token], at i: Int) -> Int? {
        func go(_ ci: Int, _ ti: Int) -> Int? {
            if ci == cue.stems.count { return ti }
            guard let s = cue.stems[ci] else {
                for skip in 1...4 where ti + skip <= tokens.count {
                    if let end = go(ci + 1, ti + skip) { return end }
                }
                return nil
            }
            guard ti < tokens.count, tokens[ti].stem == s else { return nil }
            return go(ci + 1, ti + 1)
        }
        return go(0, i)
    }

    /// Token positions of all `stems`, the one at `slot` being content position `anchor`,
    /// in any order within a window a little wider than the term (nearest to where the
    /// term's own order would put each word); nil when one is missing.
    private func locate(_ stems: [String], content: [Int], tokens: [Token], anchor ci: Int, slot: Int) -> [Int]? {
        let slack = stems.count + 1
        let lo = max(0, ci - slack)
        let hi = min(content.count - 1, ci + slack)
        // A term has a few words: a small array is cheaper than a set here.
        var used: [Int] = [ci]
        var positions: [Int] = []
        positions.reserveCapacity(stems.count)
        for (j, s) in stems.enumerated() {
            if j == slot {
                positions.append(content[ci])
                continue
            }
            var hit: Int?
            var best = Int.max
            let expected = ci + (j - slot)
            for k in lo...hi where tokens[content[k]].stem == s && !used.contains(k) {
                let d = abs(k - expected) * 2 + (k < expected ? 1 : 0)
                if d < best {
                    best = d
                    hit = k
                }
            }
            guard let h = hit else { return nil }
            used.append(h)
            positions.append(content[h])
        }
        if stems.count > 1 {
            let indices = positions.map { p in content.firstIndex(of: p)! }
            let span = (indices.max()! - indices.min()!) + 1
            if span > stems.count + 1 { return nil }
            let sentence = tokens[positions[0]].sentence
            if positions.contains(where: { tokens[$0].sentence != sentence }) { return nil }
        }
        return positions
    }
}

extension Matcher {
    /// Writes the matcher's indexes (not its analyzer, which is written on its own).
    func encode(to w: inout BinaryWriter) {
        w.put(conceptIDs)
        w.put(terms)
        w.put(termIndex)
        w.put(cues)
        w.put(cueIndex)
        w.put(otherSenses)
        w.put(offTopic)
        w.put(nameIndex)
        w.putUnsigned(UInt64(conceptDocs.count))
        for stem in conceptDocs.keys.sorted() {
            w.put(stem)
            let postings = conceptDocs[stem]!
            w.putUnsigned(UInt64(postings.count))
            for p in postings {
                w.put(p.concept)
                w.put(p.weight)
            }
        }
        w.put(idf)
    }
}

extension Matcher.Term: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.put(concept)
        w.put(stems)
        w.put(surface)
        w.put(weight)
    }

    init(from r: inout BinaryReader) throws {
        concept = try r.get()
        stems = try r.get()
        surface = try r.get()
        weight = try r.get()
    }
}

extension Matcher.Cue: BinaryCodable {
    func encode(to w: inout BinaryWriter) {
        w.put(intent)
        w.put(stems)
        w.put(weight)
        w.put(order)
    }

    init(from r: inout BinaryReader) throws {
        intent = try r.get()
        stems = try r.get()
        weight = try r.get()
        order = try r.get()
    }
}
