/// Stage 2b of matching: situations told in a counselor's words ("his PO makes him come",
/// "she clams up whenever she feels judged"), found as frames whose slots (who, what
/// happens, to whom) must all be filled somewhere in the line, in any order and far apart.
///
/// A term must be said nearly as written; a situation is told in words of its own, so a
/// frame's slots each list a family of words (read through the analyzer's synonym groups),
/// and the frame counts as weighted evidence for its concept beside the terms found.
/// The frames are the lexicon's `situations` (`Knowledge/lexicon.yaml`).
extension Matcher {
    /// One situation of the lexicon, for matching: its slots are `firstSlot ..< firstSlot +
    /// slotCount` of the line's slot table.
    struct Frame: Codable {
        var concept: Int
        var firstSlot: Int
        var slotCount: Int
        var weight: Double
    }

    /// One way to fill one slot (numbered across all frames): a run of words, each a stem, or
    /// each a word as typed when the alternative was written `=…`.
    struct FrameFiller: Codable {
        var slot: Int
        var keys: [String]
        var exact: Bool
    }

    /// The frames, their fillers, and the fillers indexed by their first stem or, for those
    /// written `=…`, their first word.
    static func buildFrames(
        _ kb: KnowledgeBase, analyzer: Analyzer
    ) -> (frames: [Frame], fillers: [FrameFiller], stems: WordMap<[Int]>, words: WordMap<[Int]>) {
        var frames: [Frame] = []
        var fillers: [FrameFiller] = []
        var stems: [String: [Int]] = [:]
        var words: [String: [Int]] = [:]
        var slotCount = 0
        for situation in kb.lexicon.situations {
            guard let concept = kb.conceptIndex[situation.concept] else { continue }
            frames.append(
                Frame(
                    concept: concept, firstSlot: slotCount, slotCount: situation.slots.count, weight: situation.weight))
            for alternatives in situation.slots {
                for alternative in alternatives.split(separator: "|") {
                    let written = alternative.trimmingCharacters(in: .whitespaces)
                    let exact = written.hasPrefix("=")
                    let plain = exact ? String(written.dropFirst()) : written
                    // "like i am" is typed "like im" as often: each contraction, as typed
                    // without its apostrophe, fills the slot too.
                    for text in [plain] + Self.contracted(plain) {
                        let keys = analyzer.analyze(text, correct: false).tokens.map { exact ? $0.word : $0.stem }
                        guard let first = keys.first else { continue }
                        if exact {
                            words[first, default: []].append(fillers.count)
                        } else {
                            stems[first, default: []].append(fillers.count)
                        }
                        fillers.append(FrameFiller(slot: slotCount, keys: keys, exact: exact))
                    }
                }
                slotCount += 1
            }
        }
        return (frames, fillers, WordMap(stems), WordMap(words))
    }

    /// The filler's text with each pronoun and verb written apart ("i am") joined as learners
    /// type the contraction ("im"); empty when it has none.
    static func contracted(_ text: String) -> [String] {
        let joins = [
            ("i am", "im"), ("you are", "youre"), ("he is", "hes"), ("she is", "shes"), ("they are", "theyre"),
        ]
        let padded = " \(text) "
        let joined = joins.reduce(padded) { $0.replacingOccurrences(of: " \($1.0) ", with: " \($1.1) ") }
        return joined == padded ? [] : [joined.trimmingCharacters(in: .whitespaces)]
    }

    /// Fills the frames from the line and adds each complete one to the scan as evidence for
    /// its concept; the words it used are claimed for that concept when no term has them.
    /// (round 32) `askedWith`: the words a comparison is asked with, which fill no slot
    /// (`Matcher+DifferenceAsked.swift`).
    func locateSituations(_ tokens: [Token], into scan: inout TermScan, askedWith: Set<Int> = []) {
        guard let last = frames.last else { return }
        // "i already failed this exam once and im scared of failing it again": the learner
        // telling of their own exam, with no one else in the line, tells no client's case.
        if Self.speaksOfOwnExam(tokens) { return }
        // Where each slot was first filled, and by how many words (-1: not yet).
        var filledAt = [Int](repeating: -1, count: last.firstSlot + last.slotCount)
        var filledLength = [Int](repeating: 0, count: filledAt.count)
        func fill(_ f: Int, at i: Int) {
            // (The slot first: most fillers of a common word find theirs filled, or too long.)
            guard filledAt[frameFillers[f].slot] < 0, askedWith.isEmpty || !askedWith.contains(i) else { return }
            let filler = frameFillers[f]
            guard i + filler.keys.count <= tokens.count else { return }
            let fitsWith = { (gap: Int) in
                filler.keys.indices.allSatisfy { k in
                    let t = tokens[i + k + (k > 0 ? gap : 0)]
                    // "not" stands for any negation: "won't open up", "never opens up".
                    return filler.exact
                        ? filler.keys[k] == t.word : filler.keys[k] == t.stem || filler.keys[k] == "not" && t.isNegator
                }
            }
            // "clams right up", "shuts straight down": a word of emphasis between a verb and its
            // particle leaves the phrase whole.
            // (The word comparisons before the checks that look around the word, set lookups:
            // most fillers tried do not fit.)
            let direct = fitsWith(0)
            let gap =
                !direct && filler.keys.count >= 2 && i + filler.keys.count < tokens.count
                    && Self.emphasisInPhrase.contains(tokens[i + 1].word) ? 1 : 0
            guard direct || gap == 1 && fitsWith(1), !Self.fillsNothing(filler, tokens, at: i),
                !isPossessorOfAHelper(tokens, at: i)
            else { return }
            if !Self.sendsSomethingTo(filler, tokens, after: i + filler.keys.count + gap) {
                filledAt[filler.slot] = i
                filledLength[filler.slot] = filler.keys.count + gap
            }
        }
        for i in tokens.indices {
            if let fillers = frameStemIndex[tokens[i].stem] { for f in fillers { fill(f, at: i) } }
            // A filler that starts with "not" starts at any negation ("isnt ready").
            if tokens[i].isNegator && tokens[i].stem != "not", let fillers = frameStemIndex["not"] {
                for f in fillers { fill(f, at: i) }
            }
            if let fillers = frameWordIndex[tokens[i].word] { for f in fillers { fill(f, at: i) } }
        }
        for frame in frames {
            let slots = frame.firstSlot..<(frame.firstSlot + frame.slotCount)
            guard slots.allSatisfy({ filledAt[$0] >= 0 }) else { continue }
            let positions = Set(slots.flatMap { filledAt[$0]..<(filledAt[$0] + filledLength[$0]) }).sorted()
            tell(frame, at: positions, tokens, into: &scan)
        }
        droppingFramedTerms(&scan)
    }

    /// Words of emphasis said inside a phrasal verb ("clams right up").
    static let emphasisInPhrase: WordSet = ["right", "straight"]

    /// Adds a filled frame to the scan.
    private func tell(_ frame: Frame, at positions: [Int], _ tokens: [Token], into scan: inout TermScan) {
        let c = frame.concept
        // The domain's own words ("client") stay unclaimed: they anchor the line in the
        // domain when another field's word is beside them.
        let own = positions.filter { !analyzer.domainStems.contains(tokens[$0].stem) }
        let free = own.filter { scan.claimed[$0] == nil && tokens[$0].isContent }
        // A term of the same concept on the story's own words ("drops out") is the same
        // evidence, counted once.
        let retold = positions.contains { scan.claimed[$0] == c }
        for p in free { scan.claimed[p] = c }
        if !free.isEmpty || !retold { scan.storied.insert(c) }
        scan.score[c] = retold ? max(scan.score[c] ?? 0, frame.weight) : (scan.score[c] ?? 0) + frame.weight
        scan.situated[c, default: 0] += frame.weight
        scan.toldAt[c, default: []].formUnion(own)
        scan.framed[c, default: []].formUnion(positions)
        // It starts where its own words do: the learner's "i" filling its "who" slot ("how do
        // i explain the limits … without scaring them off") is the question's, not the
        // story's; someone else's ("he only shows up because of his PO") starts the story.
        let begins =
            positions.first { tokens[$0].isContent || !["i", "me", "we", "you", "u"].contains(tokens[$0].word) }
            ?? positions[0]
        scan.start[c] = min(scan.start[c] ?? Int.max, begins)
        scan.tokens[c, default: []] += free
        scan.evidence.append("situation → \(conceptIDs[c]) (\(frame.weight))")
    }

    /// Whether the line is the learner's about their own exam: "exam" or "test", the learner
    /// in the first person, and no one else (no client, no "he" or "she") whose case it could be.
    static func speaksOfOwnExam(_ tokens: [Token]) -> Bool {
        let examNamed = tokens.indices.contains { i in
            ownExamWords.contains(tokens[i].word)
                || ["test", "tests"].contains(tokens[i].word) && i > 0
                    && ownTestDeterminers.contains(tokens[i - 1].word)
        }
        return examNamed && tokens.contains { ownExamSpeaker.contains($0.word) }
            && !tokens.contains { thirdParties.contains($0.word) || storyPeople.contains($0.word) }
    }
    private static let ownExamWords: WordSet = ["exam", "exams", "boards", "licensing", "licensure"]
    /// "test" as the learner's test ("this test", "my licensing test"), not "test me on…".
    private static let ownTestDeterminers: WordSet = [
        "the", "this", "that", "my", "next", "practice", "licensing", "real",
    ]
    private static let ownExamSpeaker: WordSet = ["i", "me", "my", "im", "i'm", "myself"]

    /// A case told, then a yes-or-no question about it ("…his wife seems shut out. is that
    /// an issue?", "…an hour bus ride each way. will she drop out?"): whether it matters, or
    /// why. The question is the last clause; "that" or "it" there is the case told.
    func asksWhetherAfterAStory(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last, let s = tokens.firstIndex(where: { $0.clause == last.clause }), s >= 3,
            tokens[..<s].contains(where: { Self.thirdParties.contains($0.word) })
        else { return false }
        let question = Array(tokens[s...])
        guard question.count >= 2, Self.auxiliaries.contains(question[0].word) else { return false }
        let subject = question[1].word
        return ["that", "this", "it"].contains(subject) || !Self.conversationSubjects.contains(subject)
    }

    /// A line that tells a situation asks about it: a request of the conversation's own
    /// whose words are part of the story ("he wants me to sign off on his sheet", "she's
    /// scared I'll report her", "he isn't getting any better") is not a goodbye, a feeling of
    /// the learner's or a question about progress. A request that opens the line stays one.
    func storyIntent(
        _ chosen: (intent: Intent, confidence: Double), intents: IntentScores, cues: CueScan, terms: TermScan,
        tokens: [Token]
    ) -> (intent: Intent, confidence: Double) {
        // "Can a good alliance help when…", "does the alliance predict…" with no cue of its
        // own: whether something works, or why.
        if intents.scores.isEmpty, !terms.score.isEmpty, asksWhether(tokens) || asksWhetherAfterAStory(tokens) {
            return (.explain, tuning.noCueNamedConfidence)
        }
        // A request put before the story ("i'm ready for a question on court-ordered clients")
        // is one too: only a cue inside or after the story's words is part of it.
        // A quiz request needs a story of its own words: "the family pressure question" names
        // a concept. A feeling told in a concept's terms ("burned out from my caseload") is
        // still a case of it.
        let story = chosen.intent == .quiz ? terms.storied : Set(terms.situated.keys)
        let storyStart = story.compactMap { terms.start[$0] }.min() ?? 0
        guard !story.isEmpty, !chosen.intent.isContent, chosen.intent != .outOfScope,
            !cues.hits.contains(where: {
                $0.intent == chosen.intent
                    && ($0.span.lowerBound < tuning.cueStartWindow || $0.span.upperBound <= storyStart)
            })
        else { return chosen }
        let content = intents.sorted.first { $0.key.isContent && $0.key != .compare }?.key ?? .define
        return (content, tuning.noCueNamedConfidence)
    }
}
