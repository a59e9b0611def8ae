import Foundation

/// Turns text into tokens the same way for learner lines, knowledge-base terms and
/// answer phrasings, so both sides of every comparison went through the same steps.
public final class Analyzer: Sendable, Codable {
    let stopwords: WordSet
    let negatorPhrases: [[String]]
    let rejectionPhrases: [[String]]
    /// What each word does for negation marking, so that takes one lookup a token.
    let roles: WordMap<Roles>
    struct Roles: OptionSet, Codable {
        let rawValue: UInt8
        static let clauseBreak = Roles(rawValue: 1)
        static let negator = Roles(rawValue: 2)
        static let rejection = Roles(rawValue: 4)
        /// The first word of a negator or rejection phrase: a phrase can only start there.
        static let phraseHead = Roles(rawValue: 8)
    }
    let clauseBreaks: WordSet
    let singleSynonyms: WordMap<String>
    let phraseSynonyms: WordMap<[PhraseSynonym]>
    /// A phrase of the lexicon and the canonical stem it stands for.
    struct PhraseSynonym: Codable {
        var stems: [String]
        var canonical: String
    }
    /// Stems the knowledge base uses anywhere.
    public let knownStems: WordSet
    /// Stems that mark a line as being about counselling.
    public let domainStems: Set<String>
    let corrector: SpellingCorrector
    /// What `analyze` needs to know of each word of the knowledge base, found with one
    /// lookup: its canonical stem, whether it is a stopword or clause break, and whether
    /// that stem is known.
    let wordCache: WordMap<CachedWord>
    struct CachedWord: Codable {
        var stem: String
        var isStop: Bool
        var known: Bool
    }
    /// Porter stems (before synonyms) of the same words.
    let porterCache: WordMap<String>

    /// Builds an analyzer over a lexicon and the knowledge base's text (its vocabulary).
    public init(lexicon: Lexicon, vocabulary: [String]) {
        let stop = Set(lexicon.stopwords.map { Self.fold($0) })
        let negations = Self.wordsAndPhrases(lexicon.negations)
        let rejections = Self.wordsAndPhrases(lexicon.rejections)
        self.stopwords = WordSet(stop)
        self.negatorPhrases = negations.phrases.sorted { $0.count > $1.count }
        self.rejectionPhrases = rejections.phrases.sorted { $0.count > $1.count }
        let clauseBreaks = Set(lexicon.clauseBreaks.map { Self.fold($0) })
        self.clauseBreaks = WordSet(clauseBreaks)
        self.roles = WordMap(
            Self.buildRoles(
                clauseBreaks: clauseBreaks, negators: negations.words, rejections: rejections.words,
                phrases: negations.phrases + rejections.phrases))

        let synonyms = Self.buildSynonyms(lexicon.synonyms)
        self.singleSynonyms = WordMap(synonyms.single)
        self.phraseSynonyms = WordMap(synonyms.phrases)

        let vocab = Self.buildVocabulary(
            vocabulary, lexicon: lexicon, stop: stop, clauseBreaks: clauseBreaks, single: synonyms.single)
        self.wordCache = WordMap(vocab.wordCache)
        self.porterCache = WordMap(vocab.porterCache)
        self.knownStems = WordSet(vocab.known)
        self.domainStems = Set(
            lexicon.domain.map { w in
                let s = PorterStemmer.stem(Self.fold(w))
                return synonyms.single[s] ?? s
            })
        self.corrector = SpellingCorrector(
            words: vocab.counts.filter { !stop.contains($0.key) }, everyday: lexicon.everyday)
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
            // One lookup a known word: neither repair below touches a word the cache holds.
            var cached = wordCache[word]
            if correct, cached == nil {
                // "somethin easier", "goin thru", "naggin": a final "g" dropped as said, given
                // back when the word is unknown and the word with it is one we know.
                if let full = droppedG(word) {
                    word = full
                    corrected = true
                }
                // "yooo", "pleeease", "thxxx": a letter held as said, given back at its length.
                if let plain = unstretched(word) {
                    word = plain
                    corrected = true
                }
                if corrected { cached = wordCache[word] }
            }
            let isStop: Bool
            let stem: String
            let known: Bool
            if let cached {
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
                    known: known, corrected: corrected, sentence: r.sentence, clause: r.clause,
                    parenthesized: r.parenthesized))
            i += 1
        }
        applyPhraseSynonyms(&tokens)
        readFolks(&tokens)
        markNegation(&tokens)
        return Analysis(text: cleaned, tokens: tokens)
    }

    /// Words ending in "in" that are words as typed, though one with a "g" is too.
    static let wholeInWords: WordSet = ["thin", "chin", "skin", "spin", "grin", "twin", "akin", "brin"]

    /// The word with a dropped final "g" put back ("somethin" → "something", "goin" →
    /// "going"), when the word as typed is unknown (not in the knowledge base's text nor a
    /// stopword) and the full word is known; else nil.
    func droppedG(_ word: String) -> String? {
        guard word.count >= 4, word.hasSuffix("in"), wordCache[word] == nil, !Self.wholeInWords.contains(word)
        else { return nil }
        let full = word + "g"
        return wordCache[full] != nil ? full : nil
    }

    /// The word with its held letters (three or more of one letter in a row) cut back to two,
    /// or else to one, when the word as typed is unknown and the shorter word is known
    /// ("goood" → "good", "yooo" → "yo", "heyyyy" → "heyy"); else nil.
    func unstretched(_ word: String) -> String? {
        // Most words hold no letter three times in a row: told from their bytes when they are
        // plain ASCII (a letter a byte), before they are cut into characters.
        if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            var previous: UInt8 = 0
            var run = 0
            var held = false
            for byte in word.utf8 {
                run = byte == previous ? run + 1 : 1
                previous = byte
                if run >= 3 {
                    held = true
                    break
                }
            }
            if !held { return nil }
        }
        let letters = Array(word)
        guard letters.count >= 3, wordCache[word] == nil,
            letters.indices.dropFirst(2).contains(where: {
                letters[$0] == letters[$0 - 1] && letters[$0] == letters[$0 - 2]
            })
        else { return nil }
        for keep in [2, 1] {
            var out: [Character] = []
            var run = 0
            for (k, c) in letters.enumerated() {
                run = k > 0 && letters[k - 1] == c ? run + 1 : 1
                if run <= keep { out.append(c) }
            }
            let candidate = String(out)
            if wordCache[candidate] != nil { return candidate }
        }
        return nil
    }

    /// Whose "folks" are a family: "my folks", "her folks". Said of no one ("the exam folks keep
    /// on about it", "folks sticking around") the word is people, though the lexicon's family
    /// group holds it for the possessed sense.
    static let folksOwners: WordSet = ["my", "your", "his", "her", "their", "our", "ur", "yo"]

    func readFolks(_ tokens: inout [Token]) {
        for i in tokens.indices where tokens[i].word == "folks" || tokens[i].word == "folk" {
            if i > 0, Self.folksOwners.contains(tokens[i - 1].word) { continue }
            // "the client's folks": the tokenizer reads the possessive's "'s" as "is".
            if i > 1, tokens[i - 1].word == "is", tokens[i - 2].isContent { continue }
            tokens[i].stem = stem("people")
        }
    }
}
