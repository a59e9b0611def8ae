/// Finding an idea in an answer: phrasing windows, the idea's statement as weighted
/// evidence, negation scope and who does what.
extension Grader {
    static let privativeWords = [
        "lose", "lost", "losing", "lack", "break", "broken", "damage", "hurt", "destroy", "ruin", "erode", "weaken",
        "reduce", "fail", "miss", "avoid", "stop", "quit", "drop", "betray", "violate", "breach", "abandon",
        // Keeping out of reach: "call his counselor, not hide alone" does not say he is not alone.
        "hide",
        // (round 24) Taking away denied keeps the thing: "the alliance does not remove craving"
        // says the craving is still there, not that there is none.
        "remove", "eliminate", "erase", "prevent", "cure",
        // Fear of doing it denied: "don't be afraid to shame them a bit" shames them; "never
        // hesitate to confront" confronts.
        "afraid", "scared", "hesitate", "reluctant", "shy",
        // (round 29) The harm class's other words: "it doesn't wreck the trust", "not about trust
        // getting wrecked" keep the trust, as "doesn't damage" does.
        "wreck", "wrecked", "harm", "undermine", "sabotage",
    ]
    /// Verbs that link a subject to what it is or becomes ("the counselor gets defensive").
    /// ("End up getting defensive": the one who ends up so is the subject.)
    static let linkingWords: WordSet = [
        "become", "becom", "feel", "seem", "grow", "turn", "act", "start", "end", "get", "wind",
    ]

    /// Words that open a clause inside a noun phrase or after it: a relative word, or a
    /// subject pronoun.
    static let clauseOpeners: WordSet = [
        "where", "which", "who", "whom", "whose", "when", "they", "he", "she", "we", "i", "you", "u",
    ]

    static func privativeStems(_ analyzer: Analyzer) -> Set<String> {
        Set(privativeWords.map { analyzer.stem($0) })
    }

    /// An analysed answer prepared for matching: each content word's class key, and for a
    /// negated word, the first negated word of its scope.
    struct Line {
        var content: [Token]
        var keys: [String]
        /// Whether a negated word's scope opens with a privative outside the word itself.
        var heads: [String?]
        /// Each content word's position among all tokens.
        var positions: [Int]
        /// Each content word's stretch of the line between clause breaks ("but", "because",
        /// punctuation; not "and", which joins nouns as often as clauses).
        var segments: [Int]
        /// Each content word's part of its stretch between "and"s and "or"s.
        var joins: [Int]
        var tokens: [Token]
        /// Whether each content word lies in a denied reason, or is the subject of a negated
        /// judgement (see `Grader.scopes`).
        var focus: [Bool] = []
        /// Whether each content word is a topic that a named subject is denied ("insurance isn't
        /// about the relationship"), which a negated word of an idea may stand for.
        var topics: [Bool] = []
        var dismissed: [Bool] = []
        /// The key each content word also stands for, unnegated (see `Grader.opposites`).
        var opposites: [[String]?] = []
        /// The key each content word also stands for, with its own polarity (see `Grader.outcomes`).
        var alternates: [[String]?] = []
        /// Each key to the content words that may fill it (their own key, an opposite or an
        /// alternate), in order: a pattern's word is looked for only where it can be.
        var candidates = WordMap<[Int]>()

        init(_ analysis: Analysis, _ grader: Grader) {
            tokens = analysis.tokens
            Grader.readIdioms(&tokens, grader.analyzer)
            grader.rereadClauses(&tokens)
            content = []
            keys = []
            heads = []
            positions = []
            segments = []
            joins = []
            var join = 0
            var head: String?
            var clause = -1
            var segment = 0
            for (i, var t) in tokens.enumerated() {
                t = grader.reread(tokens, i)
                tokens[i] = t
                if t.clause != clause || t.isNegator {
                    if t.clause != clause { segment += 1 }
                    clause = t.clause
                    head = nil
                }
                if t.word == "and" || t.word == "or" {
                    join += 1
                } else if grader.analyzer.clauseBreaks.contains(t.word) {
                    segment += 1
                }
                guard t.isContent else { continue }
                content.append(t)
                keys.append(grader.classes[t.stem] ?? t.stem)
                positions.append(i)
                segments.append(segment)
                joins.append(join)
                if t.negated {
                    if head == nil { head = t.stem }
                    heads.append(head)
                } else {
                    head = nil
                    heads.append(nil)
                }
            }
            grader.scopeWithout(&self)
            grader.scopeFoil(&self)
            grader.spendOnLaterPrivative(&self)
            (focus, dismissed, topics) = grader.scopes(self)
            opposites = grader.opposites(self)
            alternates = grader.outcomes(self)
            // "Tell" is read as telling someone before a person ("tell you early"), in the ideas'
            // phrasings as in answers; either reading stands for the other in a phrasing of more
            // words ("tell the client he has a problem" for "tell him he has a problem"), never
            // for a bare "tell" (a good counselor "can tell").
            for i in content.indices where Grader.tellForms.contains(content[i].typed) {
                let other = keys[i] == Grader.informKey ? Grader.tellKey : Grader.informKey
                alternates[i] = (alternates[i] ?? []) + [other]
            }
            // (round 31) A denied verb of telling also says sharing (`Grader+DeniedTelling`).
            grader.readDeniedTelling(&self)
            for i in keys.indices {
                candidates[keys[i], default: []].append(i)
                guard opposites[i] != nil || alternates[i] != nil else { continue }
                var also = Set(opposites[i] ?? []).union(alternates[i] ?? [])
                also.remove(keys[i])
                for key in also { candidates[key, default: []].append(i) }
            }
        }
    }

    /// Where an idea was found: the learner's words and their content positions.
    struct Found {
        var words: String
        var positions: Set<Int>
        /// How many of the pattern's words it took: more is a more specific match.
        var size: Int
        /// The distance from its first word to its last.
        var extent: Int
        /// The words that make it this idea and no other (for a statement, its distinctive
        /// words), which no other idea can also claim.
        var claims: Set<Int>
        /// Whether its words stand together in one clause, like a compound ("mutual trust").
        var isCompound: Bool
    }

    /// Where the learner expresses `idea`, or nil: the most specific phrasing found (then
    /// the closest), else the idea's own statement. With `from`, only a match that reaches
    /// content word `from` or later counts (a completed cloze).
    func find(
        _ idea: CompiledIdea, in line: Line, from: Int = 0, excluding: Set<Int> = [], misconception: Bool = false
    ) -> Found? {
        var best: Found?
        // The words quoted back are the closest match among the phrasings up to the first
        // one-word match, so praise quotes the learner's tightest phrase.
        var quoted: (extent: Int, words: String, done: Bool)?
        let ideaAgent = idea.agent
        let statementStems = ideaAgent == nil ? nil : idea.statement?.stems
        // Only an idea whose statement opens with who does it has a subject a joined verb
        // shares ("the client … drops out"; not "weigh the client's culture, …, and document").
        let carry = ideaAgent != nil && statementStems?.first == ideaAgent
        for pattern in idea.patterns {
            guard
                let span = window(
                    pattern, line, agent: actor(of: pattern, ideaAgent, statementStems), carry: carry,
                    excluding: excluding),
                !misconception || !soleDoerDenied(pattern, line, span.lo, span.hi),
                from == 0 || (span.lo...span.hi).contains(from)
            else {
                continue
            }
            let k = pattern.stems.count
            let words = line.content[span.lo...span.hi].map(\.typed).joined(separator: " ")
            if quoted == nil || quoted!.done == false && span.hi - span.lo < quoted!.extent {
                quoted = (span.hi - span.lo, words, k == 1)
            } else if k == 1 {
                quoted!.done = true
            }
            if let b = best, b.size > k || b.size == k && b.extent <= span.hi - span.lo { continue }
            let keys = Set(pattern.stems)
            let hit = Set(
                (span.lo...span.hi).filter {
                    keys.contains(line.keys[$0]) || line.opposites[$0]?.contains(where: keys.contains) == true
                        || line.alternates[$0]?.contains(where: keys.contains) == true
                })
            // A window inside one stretch of the line claims that stretch: "the family and the
            // patient agree on the goals" is all the family's agreement. Not what comes before
            // an "and" ahead of it: in "accept them and never challenge them", "and" joins two
            // statements, and the acceptance is not part of the refusal to challenge.
            let claims =
                line.segments[span.lo] == line.segments[span.hi]
                ? Set(
                    line.content.indices.filter {
                        line.segments[$0] == line.segments[span.lo]
                            && ($0 >= span.lo || line.joins[$0] == line.joins[span.lo])
                    })
                // Across a clause break, the earlier clause was said as a claim of its own: in
                // "the sleep part is sustain talk, which is denial" only the denial is wrong.
                : hit.filter { line.segments[$0] == line.segments[span.hi] }
            // Not when a clause of its own starts between its words: in "a partnership where they
            // trust each other" the partnership is no part of the trust.
            let compound =
                span.hi - span.lo + 1 == k && line.content[span.lo].clause == line.content[span.hi].clause
                && !line.tokens[line.positions[span.lo]...line.positions[span.hi]].contains {
                    Self.clauseOpeners.contains($0.typed)
                }
            best = Found(
                words: words, positions: hit, size: k, extent: span.hi - span.lo, claims: claims, isCompound: compound)
        }
        if let quoted { best?.words = quoted.words }
        if best == nil, from == 0, let statement = idea.statement {
            return stated(statement, line, distinctive: idea.distinctive, excluding: excluding)
        }
        return best
    }

    /// Whether content word `i` can stand for a pattern slot of `stem` with polarity
    /// `negated`: same class, same polarity, and a negation not spent on a privative.
    private func fits(_ line: Line, _ i: Int, key: String, negated: Bool, pattern: Pattern) -> Bool {
        // A denied topic ("it isn't about the relationship") is out of the answer, except as
        // the denial an idea itself says ("not the relationship").
        guard !line.focus[i] || line.topics[i] && negated && line.keys[i] == key else { return false }
        if line.focus[i] { return true }
        if !negated, line.opposites[i]?.contains(key) == true { return true }
        // A loss denied keeps the thing: "don't break their confidentiality" keeps it (its
        // object, not a word joined to the loss: "won't quit or get defensive").
        if !negated, line.keys[i] == key, line.content[i].negated, let head = line.heads[i],
            head != line.content[i].stem, privatives.contains(head), !pattern.stems.contains(head),
            i > 0, line.content[i - 1].stem == head, line.joins[i - 1] == line.joins[i]
        {
            return !line.dismissed[i]
        }
        if line.alternates[i]?.contains(key) == true, line.content[i].negated == negated {
            return pattern.stems.count > 1 || line.keys[i] == key || !Self.tellingVerbs.contains(line.content[i].typed)
        }
        guard line.keys[i] == key, line.content[i].negated == negated else { return false }
        if line.dismissed[i] && !pattern.negated.contains(true) { return false }
        let patternStems = pattern.stems
        if negated, let head = line.heads[i], head != line.content[i].stem, privatives.contains(head),
            !patternStems.contains(head)
        {
            return false
        }
        return true
    }

    /// The smallest window of content tokens, within one sentence, that holds every word of
    /// the pattern with the same polarity; nil if none is close enough.
    private func window(
        _ pattern: Pattern, _ line: Line, agent agentOf: @autoclosure () -> String?, carry: Bool, excluding: Set<Int>
    ) -> (lo: Int, hi: Int)? {
        let k = pattern.stems.count
        let keys = pattern.stems
        // Most patterns miss a word of the line altogether: they are given up on at the first
        // slot that has no candidate, before anything is built.
        for key in keys where line.candidates[key] == nil { return nil }
        var hits: [(pos: Int, slot: Int)] = []
        for slot in 0..<k {
            for i in line.candidates[keys[slot]] ?? []
            where !excluding.contains(i)
                && fits(line, i, key: keys[slot], negated: pattern.negated[slot], pattern: pattern)
            {
                hits.append((i, slot))
            }
        }
        guard !hits.isEmpty else { return nil }
        let agent = agentOf()
        hits.sort { $0.pos != $1.pos ? $0.pos < $1.pos : $0.slot < $1.slot }
        let namesAgent = pattern.stems.contains { agents.contains($0) }
        // A relation's sides are said in its clause.
        let relational = pattern.stems.contains { relations.contains($0) }
        let checkAgent = agent != nil && !namesAgent
        if k == 1 {
            for hit in hits
            where !(checkAgent && otherAgent(before: hit.pos, line, agent: agent, carry: carry))
                && (pattern.particle.map { Self.hasParticle(line, hit.pos, $0) } ?? true)
            {
                return (hit.pos, hit.pos)
            }
            return nil
        }
        let allowed = GradingTuning.standard.windowPerWord * k + GradingTuning.standard.windowSlack
        var best: (lo: Int, hi: Int)?
        // Slide over hits; slots may repeat in a pattern ("not … not"), so count needs. Each
        // slot counts for the first slot with its word and polarity.
        let group = (0..<k).map { slot in
            (0..<slot).first { keys[$0] == keys[slot] && pattern.negated[$0] == pattern.negated[slot] } ?? slot
        }
        var need = [Int](repeating: 0, count: k)
        for slot in 0..<k { need[group[slot]] += 1 }
        let needed = need.count { $0 > 0 }
        // A hit counts for the slot it fits, which a word's opposite may fill.
        func key(_ hit: (pos: Int, slot: Int)) -> Int { group[hit.slot] }
        var have = [Int](repeating: 0, count: k)
        var satisfied = 0
        var left = 0
        for right in hits.indices {
            let rkey = key(hits[right])
            have[rkey] += 1
            if have[rkey] == need[rkey] { satisfied += 1 }
            while satisfied == needed {
                let lo = hits[left].pos
                let hi = hits[right].pos
                if line.content[lo].sentence == line.content[hi].sentence && hi - lo + 1 <= allowed,
                    !relational || line.content[lo].clause == line.content[hi].clause && !relative(line, lo, hi),
                    best == nil || hi - lo < best!.hi - best!.lo, !contrasted(line, lo, hi),
                    !(checkAgent && otherAgent(before: lo, line, agent: agent, carry: carry)), !parallel(line, lo, hi),
                    !comparesSides(line, lo, hi) || comparisonInPattern(pattern, line, hi), !newSubject(line, lo, hi)
                {
                    best = (lo, hi)
                }
                let lkey = key(hits[left])
                if have[lkey] == need[lkey] { satisfied -= 1 }
                have[lkey] -= 1
                left += 1
            }
        }
        return best
    }

    /// Whether a relative word opens a clause between content words `lo` and `hi`: in "it
    /// doesn't change the relationship, which is what makes treatment work" the relation's
    /// subject is the relationship, not "it".
    private func relative(_ line: Line, _ lo: Int, _ hi: Int) -> Bool {
        line.tokens[line.positions[lo]..<line.positions[hi]].contains { Self.relativeWords.contains($0.typed) }
    }
    static let relativeWords: WordSet = ["which", "who", "whom", "whose", "where"]

    /// The words of the first sentence that states the idea near its own words: enough of
    /// the statement's weight present with the same polarity (a word present only with the
    /// opposite polarity counts against it).
    private func stated(_ statement: Pattern, _ line: Line, distinctive: [Bool], excluding: Set<Int>) -> Found? {
        let tuning = GradingTuning.standard
        let total = statement.weights.reduce(0, +)
        guard total > 0, let last = line.content.last?.sentence else { return nil }
        let keys = statement.stems
        let needed = min(tuning.statementMinWords, keys.count)
        // The statement's most telling word, and every word it negates, must be there.
        let heaviest = statement.weights.indices.max { statement.weights[$0] < statement.weights[$1] }!
        // A word fits only where the line has its key: most statements lack their heaviest word.
        guard line.candidates[keys[heaviest]] != nil else { return nil }
        let required = Set(statement.negated.indices.filter { statement.negated[$0] } + [heaviest])
        // Most ideas are not stated at all: check the words they cannot do without first.
        for slot in required
        where !line.content.indices.contains(where: {
            !excluding.contains($0)
                && fits(line, $0, key: keys[slot], negated: statement.negated[slot], pattern: statement)
        }) {
            return nil
        }
        for sentence in 0...last {
            var share = 0.0
            var count = 0
            var used: [Int] = []
            var missing = false
            for slot in keys.indices {
                let same = line.content.indices.first {
                    line.content[$0].sentence == sentence && !excluding.contains($0)
                        && fits(
                            line, $0, key: keys[slot], negated: statement.negated[slot], pattern: statement)
                }
                if let same {
                    share += statement.weights[slot]
                    count += 1
                    used.append(same)
                    continue
                }
                if required.contains(slot) { missing = true }
                if line.content.indices.contains(where: {
                    line.content[$0].sentence == sentence && line.keys[$0] == keys[slot]
                }) {
                    share -= statement.weights[slot]
                }
            }
            let marked = distinctive.indices.filter { distinctive[$0] }
            let said = marked.filter { slot in used.contains { line.keys[$0] == keys[slot] } }.count
            let span = (used.max() ?? 0) - (used.min() ?? 0) + 1
            if !missing, count >= needed, share >= tuning.statementShare * total,
                said * 3 >= marked.count * 2, span <= tuning.windowPerWord * count + tuning.windowSlack,
                !otherSide(line, used.min() ?? 0, used.max() ?? 0)
            {
                let words = used.sorted().map { line.content[$0].typed }.joined(separator: " ")
                let claimed = Set(
                    used.filter { i in marked.contains { line.keys[i] == keys[$0] } })
                return Found(
                    words: words, positions: Set(used), size: count, extent: span - 1, claims: claimed,
                    isCompound: false)
            }
        }
        return nil
    }
}

/// "Goals set together work better than goals the counselor sets alone": the two sides of a
/// comparison are different subjects, and an idea's words taken from both ("counselor's goals
/// work better") say what the learner compared against, not what they hold.
extension Grader {
    /// Whether a "than" stands between content words `lo` and `hi`, after a word of degree in
    /// the window ("better", "more").
    func comparesSides(_ line: Line, _ lo: Int, _ hi: Int) -> Bool {
        let a = line.positions[lo]
        let b = line.positions[hi]
        guard b - a > 1, let than = line.tokens[(a + 1)..<b].firstIndex(where: { $0.typed == "than" }) else {
            return false
        }
        return line.tokens[a..<than].contains { Self.degreeWords.contains($0.typed) }
    }
    /// Whether the pattern itself says the comparison: it has a denied word, the lesser side,
    /// and the window ends in a denied word ("insurance matters more than the alliance").
    func comparisonInPattern(_ pattern: Pattern, _ line: Line, _ hi: Int) -> Bool {
        pattern.negated.contains(true) && line.content[hi].negated
    }

    static let degreeWords: WordSet = [
        "better", "more", "less", "worse", "faster", "stronger", "longer", "higher", "lower",
    ]
}
