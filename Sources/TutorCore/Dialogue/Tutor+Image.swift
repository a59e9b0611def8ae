extension Tutor {
    /// Everything a tutor builds from its knowledge base and lessons before the first turn:
    /// the knowledge base itself, the analyzer's word tables, the matcher's indexes and the
    /// compiled questions. Building it is most of the start-up time, so the command line
    /// keeps it in a cache (`encode(to:)` / `init(from:)`), keyed by the knowledge files.
    public struct Image: Sendable {
        public let kb: KnowledgeBase
        let analyzer: Analyzer
        let matcher: Matcher
        let grader: Grader
        let lessonQuestions: [String: Grader.CompiledQuestion]

        public init(kb: KnowledgeBase, lessons: [Lesson] = []) {
            self.kb = kb
            let inline = lessons.flatMap(\.inlineQuestions)
            analyzer = Analyzer(lexicon: kb.lexicon, vocabulary: Tutor.vocabulary(of: kb, extra: inline))
            matcher = Matcher(kb: kb, analyzer: analyzer)
            grader = Grader(kb: kb, analyzer: analyzer)
            lessonQuestions = Self.compile(inline, analyzer: analyzer)
        }

        /// The lessons' inline questions, compiled for grading, by id.
        static func compile(_ questions: [Question], analyzer: Analyzer) -> [String: Grader.CompiledQuestion] {
            var compiled: [String: Grader.CompiledQuestion] = [:]
            for q in questions { compiled[q.id] = Grader.compile(q, analyzer: analyzer) }
            return compiled
        }

        /// The bytes that stand for the lessons' inline questions in a cache key: an image
        /// built with other lessons has another analyzer vocabulary.
        public static func lessonFingerprint(_ lessons: [Lesson]) -> [UInt8] {
            var w = BinaryWriter()
            w.put(lessons.flatMap(\.inlineQuestions))
            return w.bytes
        }
    }

    /// All the words the knowledge base uses: what spelling correction corrects toward.
    static func vocabulary(of kb: KnowledgeBase, extra: [Question] = []) -> [String] {
        var texts: [String] = []
        for q in extra {
            texts.append(q.text)
            for idea in q.expectations + q.misconceptions { texts += [idea.text] + idea.phrasings }
        }
        for c in kb.concepts {
            texts.append(c.name)
            texts.append(c.id.replacingOccurrences(of: "-", with: " "))
            texts += c.terms
            texts.append(c.definition)
            texts.append(c.why)
            texts += c.how
            texts += c.examples.map(\.text)
            texts += c.related.map(\.relation)
            for q in c.questions {
                texts.append(q.text)
                for idea in q.expectations + q.misconceptions {
                    texts.append(idea.text)
                    texts += idea.phrasings
                }
            }
        }
        texts += kb.intentCues.map(\.cue)
        return texts
    }
}

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
