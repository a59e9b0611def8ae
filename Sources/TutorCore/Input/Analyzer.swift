import Foundation

/// Turns text into tokens the same way for learner lines, knowledge-base terms and
/// answer phrasings, so both sides of every comparison went through the same steps.
public final class Analyzer: Sendable, Codable {
    let stopwords: Set<String>
    let negatorPhrases: [[String]]
    let rejectionPhrases: [[String]]
    /// What each word does for negation marking, so that takes one lookup a token.
    let roles: [String: Roles]
    struct Roles: OptionSet, Codable {
        let rawValue: UInt8
        static let clauseBreak = Roles(rawValue: 1)
        static let negator = Roles(rawValue: 2)
        static let rejection = Roles(rawValue: 4)
        /// The first word of a negator or rejection phrase: a phrase can only start there.
        static let phraseHead = Roles(rawValue: 8)
    }
    let clauseBreaks: Set<String>
    let singleSynonyms: [String: String]
    let phraseSynonyms: [String: [PhraseSynonym]]
    /// A phrase of the lexicon and the canonical stem it stands for.
    struct PhraseSynonym: Codable {
        var stems: [String]
        var canonical: String
    }
    /// Stems the knowledge base uses anywhere.
    public let knownStems: Set<String>
    /// Stems that mark a line as being about counselling.
    public let domainStems: Set<String>
    let corrector: SpellingCorrector
    /// What `analyze` needs to know of each word of the knowledge base, found with one
    /// lookup: its canonical stem, whether it is a stopword or clause break, and whether
    /// that stem is known.
    let wordCache: [String: CachedWord]
    struct CachedWord: Codable {
        var stem: String
        var isStop: Bool
        var known: Bool
    }
    /// Porter stems (before synonyms) of the same words.
    let porterCache: [String: String]

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
        var phrases: [String: [PhraseSynonym]] = [:]
        for group in lexicon.synonyms {
            guard let first = group.first else { continue }
            let canonical = Self.words(Self.fold(first)).map(PorterStemmer.stem).joined(separator: " ")
            for entry in group {
                let stems = Self.words(Self.fold(entry.replacingOccurrences(of: "-", with: " "))).map(
                    PorterStemmer.stem)
                if stems.count == 1 {
                    if single[stems[0]] == nil { single[stems[0]] = canonical }
                } else if let head = stems.first {
                    phrases[head, default: []].append(PhraseSynonym(stems: stems, canonical: canonical))
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
}
