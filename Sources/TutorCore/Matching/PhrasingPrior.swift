import Foundation

/// What the matcher learnt from how learners phrase their lines (`phrasings.tsv`): two
/// naive Bayes models over a line's words and word pairs, one for the intent and one for the
/// concept.
///
/// The cue words of `intents.yaml` and the concepts' terms decide a line first; they are
/// precise but miss the many ways a learner frames a request ("so what's the deal with X"
/// asks to explain, not to define). The prior sees which framing words go with which
/// intent across thousands of labeled lines, so it knows frames no cue lists. It overrules
/// the cues only when it is all but certain (`MatcherTuning.priorCertainty`): where the
/// two disagree and the prior is that sure, it has been right about four times in five on
/// lines it never saw (the blind test sets, README).
struct PhrasingPrior: Codable, Sendable {
    /// A multinomial naive Bayes model over a line's distinct features.
    ///
    /// A feature is known by a 64-bit FNV-1a hash of its text, so the cached model is three
    /// arrays of numbers, read at start-up in one pass each (a dictionary of twenty thousand
    /// strings would cost more to read than the rest of the matcher); at 64 bits two of
    /// them sharing a hash is not a concern.
    struct Model: Codable, Sendable {
        var labels: [String]
        /// log P(label): the share of labeled lines (or 0 for every label: `uniformPrior`).
        var logPrior: [Double]
        /// log(features seen with the label + smoothing × vocabulary size).
        var logDenominator: [Double]
        /// The features' hashes, ascending.
        var keys: [UInt64]
        /// Where each feature's counts start in `entries` (one more than `keys`: the end).
        var starts: [UInt32]
        /// A label index (high 8 bits) and how many of its lines had the feature (low 24).
        var entries: [UInt32]
        /// An open-addressing table over `keys`, built when the model is made or read (not
        /// cached): slot `home(key)` and the next ones hold a key with where its counts are in
        /// `entries` (`end` 0: empty, as every key has a count). A feature is found in a probe
        /// or two, and a probe reads one place: the key and its counts' range side by side,
        /// where a search in `keys` read a dozen places far apart and a table of indices into
        /// `keys` and `starts` three. A line asks it for each of its features, twice.
        var slots: [Slot] = []

        /// A slot of `slots`.
        struct Slot: Sendable {
            var key: UInt64 = 0
            var start: UInt32 = 0
            var end: UInt32 = 0
        }

        /// The stored model; `slots` is built from `keys`.
        enum CodingKeys: CodingKey {
            case labels, logPrior, logDenominator, keys, starts, entries
        }
        /// Additive (Lidstone) smoothing.
        static let smoothing = 0.5
        /// What a feature seen `count` times with a label adds to its score, for the small
        /// counts nearly every feature has: the same sum `best` would take, worked out once.
        static let countWeights: [Double] = (0..<256).map { log(Double($0) + smoothing) - log(smoothing) }

        /// With `uniformPrior` every label starts equal: how often a label was labeled says
        /// little of a new line (most lines about "the alliance" say nothing of which concept
        /// of the alliance they ask about).
        init(examples: [(label: String, features: Set<String>)], uniformPrior: Bool = false) {
            var labelIndex: [String: Int] = [:]
            var labels: [String] = []
            var lines: [Int] = []
            var totals: [Int] = []
            var counts: [UInt64: [Int: Int]] = [:]
            for example in examples {
                let y: Int
                if let known = labelIndex[example.label] {
                    y = known
                } else {
                    y = labels.count
                    labelIndex[example.label] = y
                    labels.append(example.label)
                    lines.append(0)
                    totals.append(0)
                }
                lines[y] += 1
                totals[y] += example.features.count
                for feature in example.features { counts[Self.hash(feature), default: [:]][y, default: 0] += 1 }
            }
            precondition(labels.count < 256, "a phrasing model has at most 255 labels")
            let n = Double(max(1, examples.count))
            let vocabulary = Double(counts.count)
            self.labels = labels
            logPrior = lines.map { uniformPrior ? 0 : log(Double($0) / n) }
            logDenominator = totals.map { log(Double($0) + Self.smoothing * vocabulary) }
            keys = counts.keys.sorted()
            starts = [0]
            entries = []
            for key in keys {
                let byLabel = counts[key]!
                for label in byLabel.keys.sorted() {
                    entries.append(UInt32(label) << 24 | UInt32(min(byLabel[label]!, 0xFF_FFFF)))
                }
                starts.append(UInt32(entries.count))
            }
            slots = Self.table(keys, starts: starts)
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            labels = try c.decode([String].self, forKey: .labels)
            logPrior = try c.decode([Double].self, forKey: .logPrior)
            logDenominator = try c.decode([Double].self, forKey: .logDenominator)
            keys = try c.decode([UInt64].self, forKey: .keys)
            starts = try c.decode([UInt32].self, forKey: .starts)
            entries = try c.decode([UInt32].self, forKey: .entries)
            // `best` reads these unchecked: a damaged cache is refused (and rebuilt), not read.
            let labelCount = labels.count
            guard logPrior.count == labelCount, logDenominator.count == labelCount,
                starts.count == keys.count + 1, starts.first == 0, starts.last.map({ Int($0) }) == entries.count,
                zip(starts, starts.dropFirst()).allSatisfy({ $0 < $1 }),
                entries.allSatisfy({ Int($0 >> 24) < labelCount })
            else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: c.codingPath, debugDescription: "a phrasing model's tables disagree"))
            }
            slots = Self.table(keys, starts: starts)
        }

        /// The table `slots` for these keys: a power of two at least twice their number.
        static func table(_ keys: [UInt64], starts: [UInt32]) -> [Slot] {
            var size = 16
            while size < 2 * keys.count { size *= 2 }
            var table = [Slot](repeating: Slot(), count: size)
            let mask = size - 1
            for (k, key) in keys.enumerated() {
                var at = home(key, size)
                while table[at].end != 0 { at = (at + 1) & mask }
                table[at] = Slot(key: key, start: starts[k], end: starts[k + 1])
            }
            return table
        }

        /// A key's first slot in a table of `size` (a power of two): the top bits of the key
        /// times the golden ratio, which every bit of the key moves.
        @inline(__always)
        static func home(_ key: UInt64, _ size: Int) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - size.trailingZeroBitCount))
        }

        /// The 64-bit FNV-1a hash of a feature's UTF-8 bytes: the same in every process.
        static func hash(_ feature: String) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in feature.utf8 {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01b3
            }
            return h
        }

        /// The slot of a feature's hash, if the model has it.
        @inline(__always)
        func slot(of key: UInt64, in table: UnsafeBufferPointer<Slot>) -> Slot? {
            guard !table.isEmpty else { return nil }
            let mask = table.count - 1
            var at = Self.home(key, table.count)
            while true {
                let slot = table[at]
                if slot.end == 0 { return nil }
                if slot.key == key { return slot }
                at = (at + 1) & mask
            }
        }

        /// The likeliest label for a line's features and its posterior probability, or nil
        /// when the model knows none of them (or learnt nothing).
        func best(_ features: Set<String>) -> (label: String, probability: Double)? {
            best(hashes: features.map(Self.hash))
        }

        /// The same for features already hashed (a line's hashes serve both models).
        func best(hashes: [UInt64]) -> (label: String, probability: Double)? {
            guard !labels.isEmpty else { return nil }
            var scores = logPrior
            var known = 0
            let logSmoothing = log(Self.smoothing)
            // (Unchecked buffers: the ranges come from `starts`, the labels from `labels`, both
            // checked when the model is made or read; the sums are taken in the same order.)
            slots.withUnsafeBufferPointer { table in
                entries.withUnsafeBufferPointer { entries in
                    Self.countWeights.withUnsafeBufferPointer { weights in
                        scores.withUnsafeMutableBufferPointer { scores in
                            for hash in hashes {
                                guard let slot = slot(of: hash, in: table) else { continue }
                                known += 1
                                for e in Int(slot.start)..<Int(slot.end) {
                                    let entry = entries[e]
                                    let count = Int(entry & 0xFF_FFFF)
                                    scores[Int(entry >> 24)] +=
                                        count < weights.count
                                        ? weights[count] : log(Double(count) + Self.smoothing) - logSmoothing
                                }
                            }
                        }
                    }
                }
            }
            guard known > 0 else { return nil }
            for y in scores.indices { scores[y] += Double(known) * (logSmoothing - logDenominator[y]) }
            let top = scores.indices.max { scores[$0] < scores[$1] }!
            let sum = scores.reduce(0) { $0 + exp($1 - scores[top]) }
            return (labels[top], 1 / sum)
        }
    }

    let intents: Model
    let concepts: Model

    /// Learns from the knowledge base's phrasings; nil when it has none.
    init?(_ phrasings: [Phrasing]) {
        guard !phrasings.isEmpty else { return nil }
        let featured = phrasings.map { ($0, Self.features($0.text)) }
        intents = Model(examples: featured.map { ($0.0.intent.rawValue, $0.1) })
        concepts = Model(examples: featured.compactMap { p, f in p.concept.map { ($0, f) } }, uniformPrior: true)
    }

    /// A line's features: its words (lowercased letters and digits, apostrophes dropped so
    /// "what's" is "whats") and each pair of neighbours, the line's start and end counting
    /// as words ("^ how", "it $").
    static func features(_ text: String) -> Set<String> {
        var words: [String] = []
        var word = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var features = Set(words.map { "u:" + $0 })
        let framed = ["^"] + words + ["$"]
        for i in 0..<(framed.count - 1) { features.insert("b:" + framed[i] + "_" + framed[i + 1]) }
        return features
    }

    /// The hashes of a line's features (`Model.hash` of each of `features(_:)`), each once,
    /// in the order the line first has them. The same words and pairs, hashed as they are read
    /// instead of spelt out as strings first: matching a line takes them twice.
    static func featureHashes(_ text: String) -> [UInt64] {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01b3
        func fold(_ h: UInt64, _ bytes: some Sequence<UInt8>) -> UInt64 {
            var h = h
            for byte in bytes {
                h ^= UInt64(byte)
                h = h &* prime
            }
            return h
        }
        // The words' letters one after another, and where each word ends in them.
        var letters: [UInt8] = []
        var ends: [Int] = []
        letters.reserveCapacity(text.utf8.count)
        func take(_ byte: UInt8) {
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                letters.append(byte)
            } else if letters.count > (ends.last ?? 0) {
                ends.append(letters.count)
            }
        }
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII lowers its case on bytes, as `lowercased()` would.
            for byte in text.utf8 where byte != 0x27 { take(byte >= 65 && byte <= 90 ? byte | 0x20 : byte) }
        } else {
            for scalar in text.lowercased().unicodeScalars {
                if scalar == "'" || scalar == "\u{2019}" { continue }
                take(scalar.isASCII ? UInt8(scalar.value) : 0x20)
            }
        }
        if letters.count > (ends.last ?? 0) { ends.append(letters.count) }
        func word(_ i: Int) -> ArraySlice<UInt8> { letters[(i == 0 ? 0 : ends[i - 1])..<ends[i]] }
        let unigram = fold(basis, "u:".utf8)
        let bigram = fold(basis, "b:".utf8)
        var seen: Set<UInt64> = []
        var hashes: [UInt64] = []
        hashes.reserveCapacity(2 * ends.count + 1)
        func add(_ h: UInt64) { if seen.insert(h).inserted { hashes.append(h) } }
        for i in ends.indices { add(fold(unigram, word(i))) }
        // The line's start and end count as words ("^ how", "it $").
        for i in 0...ends.count {
            let left = i == 0 ? fold(bigram, "^".utf8) : fold(bigram, word(i - 1))
            let pair = fold(left, "_".utf8)
            add(i == ends.count ? fold(pair, "$".utf8) : fold(pair, word(i)))
        }
        return hashes
    }
}

extension Matcher {
    /// Matches a whole line as a learner typed it: the cues' and terms' match, then weighed
    /// against how learners phrase their lines (`weighed(_:_:)`). Parts of a line and lines
    /// the dialogue builds are matched with `match(_:)` alone: the prior knows whole lines.
    public func matchLine(_ text: String) -> MatchResult {
        let analysis = analyzer.analyze(text)
        return weighed(match(analysis), analysis)
    }

    /// The match, overruled where the phrasing prior is all but certain of another intent,
    /// or, for a request about a concept's content, of another concept.
    public func weighed(_ result: MatchResult, _ typed: Analysis) -> MatchResult {
        guard let prior, !typed.tokens.isEmpty else { return result }
        // A line of another language is weighed as it was matched, read in English.
        let analysis = inEnglish(typed) ?? typed
        let hashes = PhrasingPrior.featureHashes(analysis.text)
        var weighed = result
        // It weighs only which kind of question about the content a line asks, or whether it
        // asks about the content at all: "what is" against "why" against "how do i" is where
        // cue words are weak. A request about the conversation (help, a quiz, "an easier one")
        // is said in few words that cues read precisely, and a prior would only blur them.
        // Nor does it undo a comparison: two things set side by side with a word that compares
        // them is the line's shape, not a frame the cues might have missed.
        if Self.priorIntents.contains(result.intent), result.intent != .compare,
            let (label, p) = prior.intents.best(hashes: hashes),
            p >= tuning.priorCertainty, label != result.intent.rawValue, let intent = Intent(rawValue: label),
            Self.priorIntents.contains(intent),
            // A guess tagged onto "what is X" reads as a comparison word for word, but asks
            // for the definition (`offersAGuess(_:)`).
            !(result.intent == .define && intent == .compare && result.concepts.count == 1
                && (Self.offersAGuess(analysis.tokens) || Self.glossesByJust(analysis.tokens))),
            // "Why…" asks for the reasons whatever the topic's other lines asked: the prior,
            // which weighs a line's topic words as much as its question word, may not turn
            // it into another request about the content (it may still put it out of scope).
            !(result.intent == .explain && intent != .outOfScope
                && analysis.tokens.contains { $0.word == "why" }),
            // Nor "…, what is that called", "…, what's going on with him": a strong cue of two
            // words or more says what the line asks, whatever story comes before it (the story's
            // words, not its question, are what the prior weighs most). It may still put the
            // line out of scope: "how do i turn off my phone's notifications" asks outright, of
            // another field.
            !(intent != .outOfScope && result.basis.strongCues.contains(result.intent)),
            // Nor the learner's own gloss of one concept ("retention?? like keeping people in
            // the program?"): lines that gloss a term ask what it is, whatever the topic's other
            // lines asked. Nor does it turn into a how-to a case closed by a question whether it
            // holds ("… says it's all over. is it?"): the story's words are what the prior weighs
            // (stories mostly ask what to do), not the question.
            !(intent != .outOfScope && result.basis.glossed),
            // (round 28) Nor a bare "what is it" beside a concept named (`Matcher+WhatIsIt.swift`).
            !(intent != .outOfScope && result.basis.asksWhatItIs),
            // Nor what a thing does, asked with the verb last (`Matcher+WhatItDoes.swift`).
            !(intent != .outOfScope && result.basis.asksWhatItDoes),
            // (round 32) Nor the way to act asked with "what is" (`Matcher+WayToAct.swift`).
            !(intent != .outOfScope && result.basis.asksTheWayToAct),
            !(intent == .howTo && result.basis.asksWhether && result.intent != .outOfScope),
            // (round 27) Nor does it take back into scope a line that names nothing of ours and
            // holds several words no concept knows ("how do i fix a neon transformer that keeps
            // buzzing"): the prior weighs its question frame ("how do i fix…"), which lines of
            // every field share, while the words that say what it is about are all another
            // field's.
            !(result.intent == .outOfScope && intent != .outOfScope
                && (result.basis.unknownWhenUnnamed ?? 0) >= tuning.priorReopenUnknownMax),
            // Nor does it take a line away from an example asked in three cue words or more
            // ("show me X in action, a little scene", "a sample of…, just one example"): the
            // topic's other lines, mostly how-tos and definitions, outweigh so plain a request.
            !(result.intent == .example && intent != .outOfScope
                && result.basis.cued.filter({ $0 == .example }).count >= 3),
            // Nor does it make a comparison of a line with one thing named and no word that
            // compares ("whats the doctor patient bond", "X, what is that and does it count"):
            // lines about a distractor are mostly comparisons with the alliance, but this one
            // sets nothing beside it. A concept that is itself a contrast (lapse versus
            // relapse) has both sides in it.
            !(intent == .compare && result.concepts.count < 2 && !result.basis.cued.contains(.compare)
                && !(result.concepts.first.flatMap { conceptIDs.firstIndex(of: $0) }.map { !contrastSides[$0].isEmpty }
                    ?? false))
        {
            // Taken back into scope, a case closed by a question whether it holds asks why.
            weighed.intent = intent == .howTo && result.basis.asksWhether ? .explain : intent
            if intent == .outOfScope {
                weighed.concepts = []
                weighed.ambiguous = []
            }
            weighed.evidence.append("phrasings → \(label) (\(Self.percent(p)))")
        }
        let aboutContent: Set<Intent> = [.define, .explain, .howTo, .example]
        // A line taken back into scope must name what it is about: a question about the content
        // with no concept is no reading of it, so without one the verdict stands.
        let reopened = result.intent == .outOfScope && weighed.intent != .outOfScope
        guard aboutContent.contains(weighed.intent),
            weighed.concepts.first != nil || result.intent == .outOfScope,
            let (concept, p) = prior.concepts.best(hashes: hashes), p >= tuning.priorCertainty,
            concept != weighed.concepts.first, !result.basis.framesSetAside.contains(concept),
            !namesInFull(weighed.concepts.first, analysis),
            !framesOverSpecific(concept, result, analysis.tokens),
            !keepsItsOwnNamed(weighed.concepts.first, over: concept, result, analysis.tokens),
            // (round 30) `Matcher+PriorUnnamed.swift`.
            !keepsItsTermOverAnUnnamed(
                weighed.concepts.first, over: concept, result, asked: weighed.intent, analysis.tokens),
            // (round 31) `Matcher+AskedInItsField.swift`.
            result.basis.askedBeforeItsField == nil || result.basis.askedBeforeItsField != weighed.concepts.first,
            // (round 31) `Matcher+PriorOverEvidenced.swift`.
            !keepsItsWellEvidenced(weighed.concepts.first, over: concept, result, analysis.tokens)
        else { return reopened ? result : weighed }
        weighed.concepts = [concept] + weighed.concepts.filter { $0 != concept }.prefix(1)
        weighed.ambiguous = []
        weighed.evidence.append("phrasings → \(concept) (\(Self.percent(p)))")
        return weighed
    }

    /// The concept the learnt phrasings find likeliest for the line, with its posterior.
    func priorConcept(_ analysis: Analysis) -> (label: String, probability: Double)? {
        guard let prior, !analysis.tokens.isEmpty else { return nil }
        return prior.concepts.best(hashes: PhrasingPrior.featureHashes(analysis.text))
    }

    /// Whether the line says a concept's whole name or id ("the early alliance", "the self
    /// alliance"): the concept the line names outright is the one it is about, whatever lines
    /// like it were.
    func namesInFull(_ concept: String?, _ analysis: Analysis) -> Bool {
        guard let concept else { return false }
        let stems = Set(analysis.tokens.map(\.stem))
        let id = Set(
            analyzer.analyze(concept.replacingOccurrences(of: "-", with: " "), correct: false).content.map(\.stem))
        let name = nameStems(of: concept)
        return (!id.isEmpty && id.isSubset(of: stems)) || (!name.isEmpty && name.isSubset(of: stems))
    }

    /// Whether the prior's concept is the frame (the alliance) and the line never names the
    /// frame by a term of its own, while it names its first concept by a term of two words or
    /// more ("the alliance with yourself", "counter-transference"): the frame's many lines
    /// pull the prior toward it, but the line asks about the specific concept.
    func framesOverSpecific(_ concept: String, _ result: MatchResult, _ tokens: [Token] = []) -> Bool {
        guard tuning.frameConcepts.contains(concept), let first = result.concepts.first, !result.basis.guessed
        else { return false }
        // The frame named beside a specific concept named in words of its own ("what does the
        // alliance do for retention", "how does a strong alliance improve compliance"): the
        // matcher put the frame after the concept it acts on, and the frame's many lines are
        // no reason to put it back in front.
        // The concept must be said by a word of its own name ("retention", "compliance"): one
        // named only by a word it shares with others ("resistant" for discord, "the first
        // sessions" for the early alliance) is the alliance's setting, the alliance the topic.
        // A term of three words or more ("keeping folks in the program") says it as plainly.
        if !tuning.frameConcepts.contains(first), result.concepts.dropFirst().contains(concept),
            result.basis.named.contains(where: { $0.concept == first }),
            result.basis.named.contains(where: { $0.concept == concept }),
            saysItsName(first, tokens)
                || result.basis.named.contains(where: { $0.concept == first && $0.stems.count >= 3 })
        {
            return true
        }
        return result.basis.named.contains { $0.concept == first && $0.stems.count >= 2 }
            && !result.basis.named.contains { tuning.frameConcepts.contains($0.concept) }
    }

    /// Whether the line names its first concept, by a term or a situation, with a word of that
    /// concept's own name ("what a rupture looks like", "a client not yet considering change"),
    /// while it gives the prior's concept no evidence at all: no term, no situation, no word of
    /// its name. The prior weighs the framing words its lines share ("show me what … looks
    /// like in a real session" is how many trust lines were asked); the concept the line says
    /// outright is what it asks about.
    func keepsItsOwnNamed(_ first: String?, over concept: String, _ result: MatchResult, _ tokens: [Token]) -> Bool {
        guard let first, !tuning.frameConcepts.contains(first), !result.basis.guessed else { return false }
        let evidenced = { (c: String) in
            result.basis.named.contains { $0.concept == c } || result.basis.told.contains { $0.concept == c }
        }
        return evidenced(first) && evidenceSaysItsName(first, result) && saysItsName(first, tokens)
            && !evidenced(concept) && !saysItsName(concept, tokens)
    }

    /// Whether a word of the concept's own evidence (its term's or situation's words) is a
    /// word of its id (its first five letters), other than the frame's words and the people
    /// and settings any line names: "ruptur" of a rupture, not a loose "resp" of "respond".
    func evidenceSaysItsName(_ concept: String, _ result: MatchResult) -> Bool {
        let frame = Set(tuning.frameConcepts.flatMap { $0.split(separator: "-").map(String.init) })
        let own = concept.split(separator: "-").map(String.init)
            .filter { $0.count >= 4 && !frame.contains($0) && !Self.genericIDWords.contains($0) }
            .map { String($0.prefix(5)) }
        let stems = (result.basis.named + result.basis.told).filter { $0.concept == concept }.flatMap(\.stems)
        return stems.contains { s in own.contains { s.hasPrefix($0) } }
    }

    /// Whether the line has a word that begins as a word of the concept's id does (its first
    /// four letters), other than the frame's own words and the people and settings any line
    /// of the field names ("counselor" of counselor self-disclosure).
    func saysItsName(_ concept: String, _ tokens: [Token]) -> Bool {
        let frame = Set(tuning.frameConcepts.flatMap { $0.split(separator: "-").map(String.init) })
        let own = concept.split(separator: "-").map(String.init)
            .filter { $0.count >= 4 && !frame.contains($0) && !Self.genericIDWords.contains($0) }
            .map { String($0.prefix(4)) }
        return tokens.contains { t in t.isContent && own.contains { t.word.hasPrefix($0) } }
    }

    /// Words of concepts' ids that any line of the field says: the people and settings.
    static let genericIDWords: WordSet = [
        "counselor", "client", "patient", "self", "treatment", "family", "group", "session", "therapist",
    ]

    /// The intents the prior may choose between.
    static let priorIntents: Set<Intent> = [.define, .explain, .howTo, .example, .compare, .outOfScope]

    static func percent(_ p: Double) -> String {
        String(format: "%.1f%%", (p * 1000).rounded(.down) / 10)
    }
}
