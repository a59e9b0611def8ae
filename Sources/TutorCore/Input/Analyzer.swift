import Foundation

/// Turns text into tokens the same way for learner lines, knowledge-base terms and
/// answer phrasings, so both sides of every comparison went through the same steps.
public final class Analyzer: Sendable {
    private let stopwords: Set<String>
    private let negatorPhrases: [[String]]
    private let rejectionPhrases: [[String]]
    /// What each word does for negation marking, so that takes one lookup a token.
    private let roles: [String: Roles]
    private struct Roles: OptionSet {
        let rawValue: UInt8
        static let clauseBreak = Roles(rawValue: 1)
        static let negator = Roles(rawValue: 2)
        static let rejection = Roles(rawValue: 4)
        /// The first word of a negator or rejection phrase: a phrase can only start there.
        static let phraseHead = Roles(rawValue: 8)
    }
    private let clauseBreaks: Set<String>
    private let singleSynonyms: [String: String]
    private let phraseSynonyms: [String: [(stems: [String], canonical: String)]]
    /// Stems the knowledge base uses anywhere.
    public let knownStems: Set<String>
    /// Stems that mark a line as being about counselling.
    public let domainStems: Set<String>
    private let corrector: SpellingCorrector
    /// What `analyze` needs to know of each word of the knowledge base, found with one
    /// lookup: its canonical stem, whether it is a stopword or clause break, and whether
    /// that stem is known.
    private let wordCache: [String: CachedWord]
    private struct CachedWord {
        var stem: String
        var isStop: Bool
        var known: Bool
    }
    /// Porter stems (before synonyms) of the same words.
    private let porterCache: [String: String]

    /// Reads an analyzer that `encode(to:)` wrote (the knowledge-base cache).
    public init(from r: inout BinaryReader) throws {
        stopwords = try r.get()
        negatorPhrases = try r.get()
        rejectionPhrases = try r.get()
        roles = try r.get([String: UInt8].self).mapValues { Roles(rawValue: $0) }
        clauseBreaks = try r.get()
        singleSynonyms = try r.get()
        let phrases = try r.get([String: [[String]]].self)
        guard phrases.values.allSatisfy({ $0.allSatisfy { $0.count >= 2 } }) else {
            throw BinaryReader.Failure.invalid("an empty synonym phrase")
        }
        phraseSynonyms = phrases.mapValues { list in list.map { (stems: Array($0.dropLast()), canonical: $0.last!) } }
        knownStems = try r.get()
        domainStems = try r.get()
        corrector = try r.get()
        let n = try r.count()
        var cache: [String: CachedWord] = [:]
        cache.reserveCapacity(n)
        for _ in 0..<n {
            let word = try r.get(String.self)
            let stem = try r.get(String.self)
            let flags = try r.get(UInt8.self)
            cache[word] = CachedWord(stem: stem, isStop: flags & 1 != 0, known: flags & 2 != 0)
        }
        guard cache.count == n else { throw BinaryReader.Failure.invalid("a repeated word") }
        wordCache = cache
        porterCache = try r.get()
    }

    /// Builds an analyzer over a lexicon and the knowledge base's text (its vocabulary).
    public init(lexicon: Lexicon, vocabulary: [String]) {
        let stop = Set(lexicon.stopwords.map { Self.fold($0) })
        var negators: Set<String> = []
        var negatorPhrases: [[String]] = []
        for n in lexicon.negations {
            let words = Self.words(Self.fold(n))
            if words.count == 1 { negators.insert(words[0]) } else if !words.isEmpty { negatorPhrases.append(words) }
        }
        var rejections: Set<String> = []
        var rejectionPhrases: [[String]] = []
        for r in lexicon.rejections {
            let words = Self.words(Self.fold(r))
            if words.count == 1 {
                rejections.insert(words[0])
            } else if !words.isEmpty {
                rejectionPhrases.append(words)
            }
        }
        self.stopwords = stop
        self.negatorPhrases = negatorPhrases.sorted { $0.count > $1.count }
        self.rejectionPhrases = rejectionPhrases.sorted { $0.count > $1.count }
        let clauseBreaks = Set(lexicon.clauseBreaks.map { Self.fold($0) })
        self.clauseBreaks = clauseBreaks
        var roles: [String: Roles] = [:]
        for w in clauseBreaks { roles[w, default: []].insert(.clauseBreak) }
        for w in negators { roles[w, default: []].insert(.negator) }
        for w in rejections { roles[w, default: []].insert(.rejection) }
        for phrase in negatorPhrases + rejectionPhrases { roles[phrase[0], default: []].insert(.phraseHead) }
        self.roles = roles

        var single: [String: String] = [:]
        var phrases: [String: [(stems: [String], canonical: String)]] = [:]
        for group in lexicon.synonyms {
            guard let first = group.first else { continue }
            let canonical = Self.words(Self.fold(first)).map(PorterStemmer.stem).joined(separator: " ")
            for entry in group {
                let stems = Self.words(Self.fold(entry.replacingOccurrences(of: "-", with: " "))).map(
                    PorterStemmer.stem)
                if stems.count == 1 {
                    if single[stems[0]] == nil { single[stems[0]] = canonical }
                } else if let head = stems.first {
                    phrases[head, default: []].append((stems, canonical))
                }
            }
        }
        for key in phrases.keys { phrases[key]!.sort { $0.stems.count > $1.stems.count } }
        self.singleSynonyms = single
        self.phraseSynonyms = phrases

        var counts: [String: Int] = [:]
        for text in vocabulary {
            for w in Self.words(Self.fold(text)) where w.count > 1 { counts[w, default: 0] += 1 }
        }
        for w in stop { counts[w, default: 0] += 1 }
        var cache: [String: String] = [:]
        var porter: [String: String] = [:]
        var known: Set<String> = []
        for w in counts.keys {
            let s = PorterStemmer.stem(w)
            let c = single[s] ?? s
            cache[w] = c
            porter[w] = s
            if !stop.contains(w) { known.insert(c) }
        }
        for group in lexicon.synonyms {
            for entry in group {
                for w in Self.words(Self.fold(entry)) where !stop.contains(w) {
                    let s = porter[w] ?? PorterStemmer.stem(w)
                    let c = single[s] ?? s
                    cache[w] = c
                    porter[w] = s
                    known.insert(c)
                    counts[w, default: 0] += 1
                }
            }
        }
        var wordCache: [String: CachedWord] = [:]
        wordCache.reserveCapacity(cache.count)
        for (word, stem) in cache {
            wordCache[word] = CachedWord(
                stem: stem, isStop: stop.contains(word) || clauseBreaks.contains(word), known: known.contains(stem))
        }
        self.wordCache = wordCache
        self.porterCache = porter
        self.knownStems = known
        self.domainStems = Set(
            lexicon.domain.map { w in
                let s = PorterStemmer.stem(Self.fold(w))
                return single[s] ?? s
            })
        self.corrector = SpellingCorrector(words: counts.filter { !stop.contains($0.key) })
    }

    /// The canonical stem of one folded word.
    public func stem(_ word: String) -> String {
        if let cached = wordCache[word] { return cached.stem }
        let s = PorterStemmer.stem(word)
        return singleSynonyms[s] ?? s
    }

    /// `PorterStemmer.stem(word)`, looked up for the knowledge base's own words.
    public func porterStem(_ word: String) -> String {
        porterCache[word] ?? PorterStemmer.stem(word)
    }

    public func isStopword(_ word: String) -> Bool { stopwords.contains(word) }

    /// Analyses a learner's line (with spelling correction).
    public func analyze(_ text: String) -> Analysis {
        analyze(text, correct: true)
    }

    /// Analyses text; `correct: false` for the knowledge base's own phrases.
    public func analyze(_ text: String, correct: Bool) -> Analysis {
        let cleaned = TextCleaner.clean(text)
        let raw = Self.rawTokens(Self.fold(cleaned))
        var tokens: [Token] = []
        tokens.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let r = raw[i]
            let typed = r.word
            var word = typed
            var corrected = false
            let isStop: Bool
            let stem: String
            let known: Bool
            if let cached = wordCache[word] {
                isStop = cached.isStop
                stem = cached.stem
                known = cached.known
            } else {
                isStop = stopwords.contains(word) || clauseBreaks.contains(word)
                let s = PorterStemmer.stem(word)
                let c = singleSynonyms[s] ?? s
                if correct, !isStop, !knownStems.contains(c), let fixed = corrector.correct(word) {
                    word = fixed
                    corrected = true
                    stem = self.stem(fixed)
                } else {
                    stem = c
                }
                known = knownStems.contains(stem)
            }
            tokens.append(
                Token(
                    typed: typed, word: word, stem: stem, isStop: isStop, isNegator: false, negated: false,
                    known: known, corrected: corrected, sentence: r.sentence, clause: r.clause))
            i += 1
        }
        applyPhraseSynonyms(&tokens)
        markNegation(&tokens)
        return Analysis(text: cleaned, tokens: tokens)
    }

    private func applyPhraseSynonyms(_ tokens: inout [Token]) {
        guard !phraseSynonyms.isEmpty else { return }
        var i = 0
        while i < tokens.count {
            if let candidates = phraseSynonyms[tokens[i].stem] {
                var replaced = false
                for cand in candidates where i + cand.stems.count <= tokens.count {
                    var ok = true
                    for (k, s) in cand.stems.enumerated() {
                        let t = tokens[i + k]
                        if t.stem != s || t.clause != tokens[i].clause { ok = false; break }
                    }
                    if ok {
                        var merged = tokens[i]
                        merged.stem = cand.canonical
                        merged.isStop = false
                        merged.known = true
                        merged.word = cand.stems.joined(separator: " ")
                        tokens.replaceSubrange(i..<(i + cand.stems.count), with: [merged])
                        replaced = true
                        break
                    }
                }
                if replaced {
                    i += 1
                    continue
                }
            }
            i += 1
        }
    }

    private func matches(_ phrase: [String], _ tokens: [Token], at i: Int) -> Bool {
        guard i + phrase.count <= tokens.count else { return false }
        for (k, w) in phrase.enumerated() where tokens[i + k].word != w || tokens[i + k].clause != tokens[i].clause {
            return false
        }
        return true
    }

    /// Personal pronouns that start a clause as its subject.
    static let subjects: Set<String> = ["i", "you", "he", "she", "we", "they"]
    /// Words after which a clause-opening "no" is an answer, not a negation.
    static let interjectionFollowers: Set<String> = subjects.union(["it", "that", "this", "there"])

    /// Marks negators, and negates content words from a negator to the end of its clause.
    /// A clause made only of a rejection ("that's a myth") negates the clause before it.
    private func markNegation(_ tokens: inout [Token]) {
        var negating = false
        var clause = -1
        var i = 0
        var clauseHasContent: [Int: Bool] = [:]
        var clauseIsRejection: [Int: Bool] = [:]
        var negatedSinceNegator = false
        while i < tokens.count {
            if tokens[i].clause != clause {
                clause = tokens[i].clause
                negating = false
            }
            let role = roles[tokens[i].word] ?? []
            if role.contains(.clauseBreak) {
                negating = false
                i += 1
                continue
            }
            // "No, it doesn't matter" / "no it doesnt matter": a clause-opening "no" before a
            // subject answers the question; it does not negate what follows.
            if tokens[i].word == "no", i == 0 || tokens[i - 1].clause != clause, i + 1 < tokens.count,
                Self.interjectionFollowers.contains(tokens[i + 1].word)
            {
                tokens[i].isStop = true
                i += 1
                continue
            }
            var phraseLength = 0
            var rejection = false
            let mayStartPhrase = role.contains(.phraseHead)
            for p in negatorPhrases where mayStartPhrase && matches(p, tokens, at: i) {
                phraseLength = p.count
                break
            }
            if phraseLength == 0 && mayStartPhrase {
                for p in rejectionPhrases where matches(p, tokens, at: i) {
                    phraseLength = p.count
                    rejection = true
                    break
                }
            }
            if phraseLength == 0 {
                if role.contains(.negator) {
                    phraseLength = 1
                } else if role.contains(.rejection) {
                    phraseLength = 1
                    rejection = true
                }
            }
            if phraseLength > 0 {
                for k in i..<(i + phraseLength) {
                    tokens[k].isNegator = true
                    tokens[k].isStop = true
                }
                if rejection { clauseIsRejection[clause] = true }
                // "I don't think he lacks commitment": a second negation in the same scope
                // cancels the first.
                negating = !negating || rejection
                negatedSinceNegator = false
                i += phraseLength
                continue
            }
            // "Without that connection he will drop out": a new subject after the negated
            // words starts a new clause, even with no comma.
            if negating && negatedSinceNegator && Self.subjects.contains(tokens[i].word) {
                negating = false
            }
            if negating && tokens[i].isContent {
                tokens[i].negated = true
                negatedSinceNegator = true
            }
            if tokens[i].isContent { clauseHasContent[clause] = true }
            i += 1
        }
        // "Confronting them breaks their denial, that's a myth."
        for (c, isRejection) in clauseIsRejection where isRejection && clauseHasContent[c] != true && c > 0 {
            for k in tokens.indices where tokens[k].clause == c - 1 && tokens[k].isContent {
                tokens[k].negated.toggle()
            }
        }
    }

    // MARK: Folding and raw tokens

    /// Lower case, diacritics removed, typographic apostrophes made plain.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
            .lowercased()
    }

    /// Just the words of folded text (no contractions expanded), for building word lists.
    static func words(_ folded: String) -> [String] {
        rawTokens(folded).map(\.word)
    }

    struct RawToken {
        var word: String
        var sentence: Int
        var clause: Int
    }

    /// Collects raw tokens, counting sentences and clauses between them.
    private struct RawTokenizer {
        var out: [RawToken] = []
        var sentence = 0
        var clause = 0
        var pendingSentence = false
        var pendingClause = false

        /// Adds one word (apostrophes at either end already trimmed), expanding contractions.
        mutating func emit(_ word: String) {
            if pendingSentence {
                sentence += 1
                clause += 1
            } else if pendingClause {
                clause += 1
            }
            pendingSentence = false
            pendingClause = false
            guard word.utf8.contains(UInt8(ascii: "'")) else {
                out.append(RawToken(word: word, sentence: sentence, clause: clause))  // no contraction
                return
            }
            for w in expandContraction(word) { out.append(RawToken(word: w, sentence: sentence, clause: clause)) }
        }

        /// What a character between words does to the sentence and clause counts.
        mutating func separate(_ v: UInt32) {
            switch v {
            case 46, 33, 63, 0x2026, 10:  // . ! ? … newline
                if !out.isEmpty { pendingSentence = true }
            case 44, 58, 59, 40, 41, 91, 93, 34, 0x201C, 0x201D, 0x2014, 0x2013:  // , : ; ( ) [ ] " “ ” — –
                if !out.isEmpty { pendingClause = true }
            default:
                break
            }
        }

        /// Tokenizes ASCII text on its bytes: a word is a run of letters, digits and
        /// apostrophes, less the apostrophes at either end. Nil when `folded` is not ASCII.
        mutating func tokenizeASCII(_ folded: String) -> Bool? {
            folded.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
                var start = -1
                for i in 0...bytes.count {
                    let b: UInt8 = i < bytes.count ? bytes[i] : 0x20
                    if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 39 {
                        if start < 0 { start = i }
                        continue
                    }
                    if start >= 0 {
                        var lo = start
                        var hi = i
                        start = -1
                        while lo < hi && bytes[lo] == 39 { lo += 1 }
                        while hi > lo && bytes[hi - 1] == 39 { hi -= 1 }
                        if lo < hi {
                            emit(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self))
                        }
                    }
                    if i < bytes.count { separate(UInt32(b)) }
                }
                return true
            }
        }

        /// Tokenizes any text, scalar by scalar.
        mutating func tokenize(_ folded: String) {
            var current = String.UnicodeScalarView()
            for c in folded.unicodeScalars {
                let v = c.value
                if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) || (v > 127 && c.properties.isAlphabetic) {
                    current.append(c)
                } else if v == 39 || v == 0x2019 {
                    current.append("'")
                } else {
                    flush(&current)
                    separate(v)
                }
            }
            flush(&current)
        }

        private mutating func flush(_ current: inout String.UnicodeScalarView) {
            guard !current.isEmpty else { return }
            var word = String(current)
            current = String.UnicodeScalarView()
            while word.hasPrefix("'") { word.removeFirst() }
            while word.hasSuffix("'") { word.removeLast() }
            guard !word.isEmpty else { return }
            emit(word)
        }
    }

    static func rawTokens(_ folded: String) -> [RawToken] {
        var tokenizer = RawTokenizer()
        // Most text is ASCII: words are then runs of bytes, cut without building scalars.
        if tokenizer.tokenizeASCII(folded) != true {
            tokenizer = RawTokenizer()
            tokenizer.tokenize(folded)
        }
        return tokenizer.out
    }

    static func expandContraction(_ word: String) -> [String] {
        // A byte search: Foundation's `contains` on strings is far slower.
        guard word.utf8.contains(UInt8(ascii: "'")) else { return [word] }
        if word.hasSuffix("n't") {
            let base = String(word.dropLast(3))
            switch base {
            case "ca": return ["can", "not"]
            case "wo": return ["will", "not"]
            case "sha": return ["shall", "not"]
            case "": return ["not"]
            default: return [base, "not"]
            }
        }
        let suffixes: [(String, String)] = [
            ("'s", "is"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am"),
        ]
        for (suffix, expansion) in suffixes where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count))
            return base.isEmpty ? [expansion] : [base, expansion]
        }
        return [word.replacingOccurrences(of: "'", with: "")]
    }
}

extension Analyzer: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(stopwords)
        w.put(negatorPhrases)
        w.put(rejectionPhrases)
        w.put(roles.mapValues(\.rawValue))
        w.put(clauseBreaks)
        w.put(singleSynonyms)
        w.put(phraseSynonyms.mapValues { list in list.map { $0.stems + [$0.canonical] } })
        w.put(knownStems)
        w.put(domainStems)
        w.put(corrector)
        w.putUnsigned(UInt64(wordCache.count))
        for word in wordCache.keys.sorted() {
            let cached = wordCache[word]!
            w.put(word)
            w.put(cached.stem)
            w.put(UInt8((cached.isStop ? 1 : 0) | (cached.known ? 2 : 0)))
        }
        w.put(porterCache)
    }
}
