extension Tutor.Image: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.put(kb)
        w.put(analyzer)
        matcher.encode(to: &w)
        grader.encode(to: &w)
        var inline: [Question] = []
        for id in lessonQuestions.keys.sorted() { inline.append(lessonQuestions[id]!.question) }
        w.put(inline)
        Grader.writeCompiled(lessonQuestions, to: &w)
    }

    public init(from r: inout BinaryReader) throws {
        kb = try r.get()
        analyzer = try r.get()
        matcher = try Matcher(from: &r, analyzer: analyzer)
        grader = try Grader(from: &r, kb: kb, analyzer: analyzer)
        let inline = try r.get([Question].self)
        var byID: [String: Question] = [:]
        for q in inline { byID[q.id] = q }
        lessonQuestions = try Grader.readCompiled(from: &r, questions: { byID[$0] })
        guard r.isAtEnd else { throw BinaryReader.Failure.invalid("bytes after the end") }
    }

    /// The image as bytes.
    public func encoded() -> [UInt8] {
        var w = BinaryWriter(capacity: 1 << 21)
        w.put(self)
        return w.bytes
    }

    /// Reads an image from bytes that `encoded()` made.
    public static func decode(_ bytes: [UInt8]) throws -> Tutor.Image {
        try bytes.withUnsafeBufferPointer { buffer in
            var r = BinaryReader(buffer)
            return try r.get(Tutor.Image.self)
        }
    }
}
