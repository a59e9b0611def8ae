/// Writes the analyzer into the knowledge-base cache; `init(from:)` reads it back.
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
