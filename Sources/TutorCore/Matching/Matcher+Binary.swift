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
