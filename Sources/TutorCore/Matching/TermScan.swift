/// Stage 2 of matching: the concepts' terms located in a line, each token claimed by at
/// most one concept.
struct TermScan {
    /// Token position → the concept whose term claimed it.
    var claimed: [Int: Int] = [:]
    var evidence: [String] = []
    /// The concepts named by a term, with the term's stems, in the order found.
    var named: [(concept: Int, stems: [String])] = []
    /// Concept → the summed scores of its terms found.
    var score: [Int: Double] = [:]
    /// Concept → the first token of its first term.
    var start: [Int: Int] = [:]
    /// Concept → the tokens its terms claimed.
    var tokens: [Int: [Int]] = [:]
    /// Concept → concepts tied with it on the same words.
    var tied: [Int: Set<Int>] = [:]
    /// Concept → the weight of the situations told in the line that are cases of it.
    var situated: [Int: Double] = [:]
    /// The concepts of situations told in words of their own, beyond the terms that name
    /// them ("a question on court-ordered clients" names the concept and tells nothing).
    var storied: Set<Int> = []
    /// Concept → the words of the situations told that are cases of it (claimed or not), but
    /// the domain's own ("client"), which any term may share.
    var toldAt: [Int: Set<Int>] = [:]
    /// Concept → every word of the situations told that are cases of it, the domain's own too.
    var framed: [Int: Set<Int>] = [:]
    /// Concepts named only inside another concept's situation, set aside as its frame.
    var framesSetAside: Set<Int> = []

    /// The concepts found, in the order the line names them.
    var ranked: [Int] {
        // Each concept's start looked up once, not at every comparison of the sort.
        score.keys.map { (start: start[$0]!, concept: $0) }.sorted { ($0.start, $0.concept) < ($1.start, $1.concept) }
            .map(\.concept)
    }
}

extension Matcher {
    /// A term found at some token positions (each is scored once).
    private struct Placement: Hashable {
        var term: Int
        var positions: [Int]
    }

    struct Found {
        var term: Int
        var positions: [Int]
        var start: Int
        var score: Double
        /// Its words lie on both sides of "or"/"vs" with another word between: two
        /// alternatives, not one term, unless a modifier shares the other side's head.
        var acrossAlternatives = false
    }

    /// Finds every placement of every term that shares a word with the line, scores it,
    /// and lets the best claim their words first.
    func locateTerms(
        _ tokens: [Token], content: [Int], reserved: [Range<Int>] = [], requested: [Range<Int>] = []
    ) -> TermScan {
        var found = placements(tokens, content: content)
        found.removeAll { f in requested.contains { span in f.positions.contains(where: span.contains) } }
        // A term that borrows a word of a strong cue and reaches outside it reads the cue's
        // word in another sense.
        found.removeAll { f in
            reserved.contains { span in
                f.positions.contains(where: span.contains) && !f.positions.allSatisfy(span.contains)
            }
        }
        // Longest terms claim their words first; an exact wording beats a synonym's.
        found.sort {
            if $0.score != $1.score { return $0.score > $1.score }
            return $0.start < $1.start
        }
        var scan = TermScan()
        var overlapped: [Found] = []
        for f in found {
            if f.acrossAlternatives {
                overlapped.append(f)
                continue
            }
            let term = terms[f.term]
            let owners = Set(f.positions.compactMap { scan.claimed[$0] })
            // The alliance's own words are shared with a more specific concept's term that
            // uses them ("measure the therapeutic alliance", "the history of the alliance"):
            // the frame keeps them, and the specific concept is named too.
            let framed =
                !owners.isEmpty && owners.allSatisfy { tuning.frameConcepts.contains(conceptIDs[$0]) }
                && !tuning.frameConcepts.contains(conceptIDs[term.concept])
                && f.positions.contains { scan.claimed[$0] == nil && tokens[$0].isContent }
                && scan.score[term.concept] == nil
            if !owners.isEmpty && !framed {
                // Same words, same length, another concept: a genuine ambiguity.
                if owners.count == 1, let owner = owners.first, owner != term.concept,
                    f.positions.allSatisfy({ scan.claimed[$0] == owner }),
                    scan.tokens[owner].map({ Set($0) == Set(f.positions) }) ?? false,
                    abs((scan.score[owner] ?? 0) - f.score) < tuning.tieTolerance
                {
                    scan.tied[owner, default: []].insert(term.concept)
                }
                overlapped.append(f)
                continue
            }
            for p in f.positions where scan.claimed[p] == nil { scan.claimed[p] = term.concept }
            scan.named.append((term.concept, term.stems))
            scan.evidence.append(
                "term '\(term.stems.joined(separator: " "))' → \(conceptIDs[term.concept]) (\(f.score))")
            scan.score[term.concept, default: 0] += f.score
            scan.start[term.concept] = min(scan.start[term.concept] ?? Int.max, f.start)
            scan.tokens[term.concept, default: []] += f.positions
        }
        for f in overlapped { sharesHead(f, tokens, &scan) }
        for f in overlapped { sharesTheAllianceAcrossSides(f, tokens, &scan) }
        return scan
    }

    /// "Empathic vs harsh confrontation", "confronting a client empathically differs from
    /// harsh confrontation": a modifier said once beside a head noun another concept's term
    /// claimed ("harsh confrontation") names, with that head, a concept of its own (empathic
    /// confrontation), not the concept its word alone would name (empathy). The modifier's
    /// concept gives way when a one-word term on the modifier is all that named it, the word
    /// is typed as a modifier ("-ic", "-ly"), and the head's concept has words of its own
    /// besides the shared head.
    private func sharesHead(_ f: Found, _ tokens: [Token], _ scan: inout TermScan) {
        let c = terms[f.term].concept
        guard f.positions.count >= 2, scan.score[c] == nil else { return }
        let owners = Set(f.positions.compactMap { scan.claimed[$0] })
        let weak = owners.filter { d in
            guard d != c, let own = scan.tokens[d], own.count == 1, f.positions.contains(own[0]) else { return false }
            return Self.modifierEndings.contains { tokens[own[0]].word.hasSuffix($0) }
        }
        let heads = owners.subtracting(weak)
        guard weak.count == 1, let d = weak.first, heads.count == 1, let a = heads.first, a != c,
            (scan.tokens[a] ?? []).contains(where: { !f.positions.contains($0) })
        else { return }
        let label = "→ \(conceptIDs[d]) ("
        scan.evidence.removeAll { $0.hasPrefix("term '") && $0.contains(label) }
        scan.named.removeAll { $0.concept == d }
        scan.score[d] = nil
        scan.start[d] = nil
        scan.tokens[d] = nil
        scan.tied[d] = nil
        for p in f.positions where scan.claimed[p] == nil || scan.claimed[p] == d { scan.claimed[p] = c }
        scan.named.append((c, terms[f.term].stems))
        scan.evidence.append(
            "term '\(terms[f.term].stems.joined(separator: " "))' → \(conceptIDs[c]) (\(f.score)), sharing its head")
        scan.score[c] = f.score
        scan.start[c] = f.start
        scan.tokens[c] = f.positions
    }

    /// Endings of a word typed as a modifier ("empathic", "empathetically", "supportive").
    static let modifierEndings = ["ic", "ical", "ically", "ive", "ively", "ful", "fully"]

    private func placements(_ tokens: [Token], content: [Int]) -> [Found] {
        var found: [Found] = []
        var tried: Set<Placement> = []
        // Each token's Porter stem, looked up once a line when a placement first asks for it.
        var porter = [String?](repeating: nil, count: tokens.count)
        for (ci, p) in content.enumerated() {
            guard let candidates = termIndex[tokens[p].stem] else { continue }
            for t in candidates {
                let term = terms[t]
                for slot in term.stems.indices where term.stems[slot] == tokens[p].stem {
                    guard let positions = locate(term.stems, content: content, tokens: tokens, anchor: ci, slot: slot)
                    else { continue }
                    guard tried.insert(Placement(term: t, positions: positions)).inserted else { continue }
                    if Self.isAbbreviationPieces(term.stems), !Self.inOwnOrderAdjacent(positions, content: content) {
                        continue
                    }
                    if term.negated && !positions.allSatisfy({ tokens[$0].negated }) { continue }
                    if positions.contains(where: { Self.staysInAState(tokens, at: $0, term: positions) }) { continue }
                    if positions.contains(where: { Self.hearsOfAWord(tokens, at: $0) }) { continue }
                    if positions.contains(where: { isPossessorOfAHelper(tokens, at: $0) }) { continue }
                    if positions.contains(where: { Self.remindsAnother(tokens, at: $0) }) { continue }
                    if readsTheCourtAsJudging(tokens, positions: positions, surface: term.surface) { continue }
                    if !term.bridgesClause, Self.splitByAClause(positions, tokens) { continue }
                    var across = false
                    // Words on both sides of "or" with another word between ("family pressure or
                    // the alliance") are two alternatives, not one term ("open vs closed
                    // questions" is one), unless the concept is itself a contrast.
                    if positions.count > 1, contrastSides[term.concept].isEmpty {
                        let span = positions.min()!...positions.max()!
                        if span.contains(where: { Self.alternativeWords.contains(tokens[$0].word) }),
                            span.count(where: { tokens[$0].isContent }) > positions.count
                        {
                            across = true
                        }
                    }
                    var score = term.weight
                    var exact = true
                    for (q, surface) in zip(positions, term.surface) {
                        if porter[q] == nil { porter[q] = analyzer.porterStem(tokens[q].word) }
                        if porter[q] != surface {
                            exact = false
                            break
                        }
                    }
                    if exact { score += tuning.exactWordingBonus }
                    if positions == positions.sorted() { score += tuning.inOrderBonus }
                    let indices = positions.compactMap { content.firstIndex(of: $0) }
                    score -= tuning.gapPenalty * Double((indices.max()! - indices.min()! + 1) - positions.count)
                    if positions.allSatisfy({ tokens[$0].corrected }) { score -= tuning.correctedPenalty }
                    found.append(
                        Found(
                            term: t, positions: positions, start: positions.min()!, score: score,
                            acrossAlternatives: across))
                }
            }
        }
        return found
    }

    /// Words that open a clause of their own (a reason, a condition, a time, a contrast, a
    /// relative clause: "patient compliance or the alliance because my study guide says…",
    /// "is it the alliance when the mom and her mother agree", "the ones who trust me come back"),
    /// or set aside the way not taken ("help get him into treatment without nagging").
    static let clauseOpeners: WordSet = [
        "because", "cuz", "coz", "cos", "bc", "bcuz", "becuz", "since", "while", "whereas", "although", "though",
        "tho", "but", "however", "who", "which", "whose", "unless", "without", "instead", "rather", "when",
        "whenever",
    ]

    /// Openers of a time that split only before a subject of its own ("the alliance | when the
    /// mom and her mother agree"): "the alliance when it's a group" says which alliance, one
    /// thing. ("If" and "whether" are left out: "sharing if they're in recovery" is what is shared.)
    static let conditionOpeners: WordSet = ["when", "whenever"]

    /// Whether a word that opens a clause lies between a placement's words: the words on its
    /// two sides belong to two clauses ("the alliance | because my study guide"), so they are
    /// no one term ("alliance studies"), though each may still be a term of its own.
    static func splitByAClause(_ positions: [Int], _ tokens: [Token]) -> Bool {
        guard positions.count > 1, let lo = positions.min(), let hi = positions.max(), hi - lo > 1 else {
            return false
        }
        return (lo + 1..<hi).contains { i in
            !positions.contains(i) && clauseOpeners.contains(tokens[i].word)
                && !(conditionOpeners.contains(tokens[i].word) && i + 1 < tokens.count
                    && ["it", "there"].contains(tokens[i + 1].word))
        }
    }

    /// Verbs of staying, and the states one stays in rather than a place one stays at.
    static let stayingVerbs: WordSet = [
        "stay", "stays", "staying", "stayed", "remain", "remains", "remaining", "remained",
    ]
    static let states: WordSet = [
        "sober", "clean", "abstinent", "calm", "quiet", "positive", "present", "focused", "safe", "healthy",
        "strong", "neutral", "objective", "professional", "genuine", "curious", "patient", "grounded",
    ]

    /// "Stay sober", "remain calm": a verb of staying that links a state says how someone is,
    /// not that a client stays in treatment (retention's synonym group has "stay").
    /// So does any word of ours that says how right after the verb ("everything stays
    /// secret", "stay warm with a client"), but those that say staying on ("stay longer").
    static func staysInAState(_ tokens: [Token], at p: Int, term: [Int] = []) -> Bool {
        guard stayingVerbs.contains(tokens[p].word), p + 1 < tokens.count else { return false }
        let next = tokens[p + 1]
        // (round 25) A state the term itself says ("stay strong", resilience's) is the term's.
        return states.contains(next.word) && !term.contains(p + 1)
            || next.isContent && next.clause == tokens[p].clause && !stayingOn.contains(next.word)
                && !term.contains(p + 1)
    }
    /// Words after a verb of staying that still say staying on.
    static let stayingOn: WordSet = ["longer", "around", "put", "till", "until", "through", "engaged", "involved"]

    /// "I have heard the word transference", "I keep hearing 'collaboration'": the learner
    /// hearing of a word meets it, and listens to no one. ("I hear them", "I hear what he
    /// says" are listening.)
    static func hearsOfAWord(_ tokens: [Token], at p: Int) -> Bool {
        guard ["hear", "heard", "hearing", "hears"].contains(tokens[p].typed) else { return false }
        let learner = tokens[max(0, p - 3)..<p].contains { ["i", "we", "keep", "kept"].contains($0.word) }
        let listenedTo: Set<String> = [
            "them", "him", "her", "you", "me", "us", "what", "client", "clients", "my", "their", "his", "your",
            "someone", "somebody", "people", "out",
        ]
        return learner && (p + 1 == tokens.count || !listenedTo.contains(tokens[p + 1].word))
    }

    /// Token positions of all `stems`, the one at `slot` being content position `anchor`,
    /// in any order within a window a little wider than the term (nearest to where the
    /// term's own order would put each word); nil when one is missing.
    ///
    /// (Round 32) A term is tried at every place one of its words stands, and most tries fail,
    /// so a try allocates nothing until it succeeds: the positions taken and the words found sit
    /// in temporary buffers on the stack. The two arrays each try had built were about two
    /// thirds of this function's cost and a tenth of matching's.
    func locate(_ stems: [String], content: [Int], tokens: [Token], anchor ci: Int, slot: Int) -> [Int]? {
        // A term of one word is the anchor itself.
        if stems.count <= 1 { return stems.isEmpty ? [] : [content[ci]] }
        let slack = stems.count + 1
        let lo = max(0, ci - slack)
        let hi = min(content.count - 1, ci + slack)
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: hi - lo + 1) { used -> [Int]? in
            used.initialize(repeating: false)
            used[ci - lo] = true
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: stems.count) { hits -> [Int]? in
                for (j, s) in stems.enumerated() {
                    if j == slot {
                        hits[j] = ci
                        continue
                    }
                    var hit = -1
                    var best = Int.max
                    let expected = ci + (j - slot)
                    for k in lo...hi where !used[k - lo] && tokens[content[k]].stem == s {
                        let d = abs(k - expected) * 2 + (k < expected ? 1 : 0)
                        if d < best {
                            best = d
                            hit = k
                        }
                    }
                    guard hit >= 0 else { return nil }
                    used[hit - lo] = true
                    hits[j] = hit
                }
                let taken = hits.prefix(stems.count)
                if taken.max()! - taken.min()! + 1 > stems.count + 1 { return nil }
                let sentence = tokens[content[hits[0]]].sentence
                if taken.contains(where: { tokens[content[$0]].sentence != sentence }) { return nil }
                return taken.map { content[$0] }
            }
        }
    }
}
