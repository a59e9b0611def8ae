/// Building an analyzer's tables from the lexicon and the knowledge base's text: the
/// negation and rejection words, what each word does for negation marking, the synonyms,
/// and the vocabulary with what `analyze` needs to know of each of its words.
extension Analyzer {
    /// The entries of a lexicon list (negations, rejections), folded: the one-word entries,
    /// and the longer ones as phrases of words.
    static func wordsAndPhrases(_ entries: [String]) -> (words: Set<String>, phrases: [[String]]) {
        var single: Set<String> = []
        var phrases: [[String]] = []
        for entry in entries {
            let words = Self.words(Self.fold(entry))
            if words.count == 1 { single.insert(words[0]) } else if !words.isEmpty { phrases.append(words) }
        }
        return (single, phrases)
    }

    /// What each word does for negation marking; `phrases` are the negator and rejection
    /// phrases, whose first words are marked as where a phrase can start.
    static func buildRoles(
        clauseBreaks: Set<String>, negators: Set<String>, rejections: Set<String>, phrases: [[String]]
    ) -> [String: Roles] {
        var roles: [String: Roles] = [:]
        for w in clauseBreaks { roles[w, default: []].insert(.clauseBreak) }
        for w in negators { roles[w, default: []].insert(.negator) }
        for w in rejections { roles[w, default: []].insert(.rejection) }
        for phrase in phrases { roles[phrase[0], default: []].insert(.phraseHead) }
        return roles
    }

    /// The lexicon's synonym groups as stems: each one-word entry to its group's canonical
    /// stem (the first group that has it wins), and the phrases by their first stem, the
    /// longest first.
    static func buildSynonyms(
        _ groups: [[String]]
    ) -> (single: [String: String], phrases: [String: [PhraseSynonym]]) {
        var single: [String: String] = [:]
        var phrases: [String: [PhraseSynonym]] = [:]
        for group in groups {
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
        return (single, phrases)
    }

    /// The words of the knowledge base's text, the stopwords and the synonyms, with what
    /// `analyze` needs to know of each.
    struct Vocabulary {
        /// Each word's canonical stem, whether it is a stopword or clause break, and whether
        /// that stem is known.
        var wordCache: [String: CachedWord]
        /// Each word's Porter stem (before synonyms).
        var porterCache: [String: String]
        /// The canonical stems of every word but the stopwords.
        var known: Set<String>
        /// How often each word occurs, for the spelling corrector.
        var counts: [String: Int]
    }

    /// The vocabulary of `texts` (the knowledge base's text), the stopwords and the synonym
    /// groups' words, stemmed through the one-word synonyms `single`.
    static func buildVocabulary(
        _ texts: [String], lexicon: Lexicon, stop: Set<String>, clauseBreaks: Set<String>, single: [String: String]
    ) -> Vocabulary {
        var counts: [String: Int] = [:]
        for text in texts {
            for w in Self.words(Self.fold(text)) where w.count > 1 { counts[w, default: 0] += 1 }
        }
        for w in stop { counts[w, default: 0] += 1 }
        // A situation's words are the knowledge base's own: a line that tells one is not
        // respelt into another topic's words.
        for situation in lexicon.situations {
            for slot in situation.slots {
                for w in Self.words(Self.fold(slot)) where w.count > 1 { counts[w, default: 0] += 1 }
            }
        }
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
        return Vocabulary(wordCache: wordCache, porterCache: porter, known: known, counts: counts)
    }
}
