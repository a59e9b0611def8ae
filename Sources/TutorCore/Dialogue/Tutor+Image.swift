extension Tutor {
    /// Everything a tutor builds from its knowledge base and lessons before the first turn:
    /// the knowledge base itself, the analyzer's word tables, the matcher's indexes and the
    /// compiled questions. Building it is most of the start-up time, so the command line
    /// keeps it in a cache (`encoded()` / `decode(_:)`), keyed by the knowledge files. It is
    /// `Codable` (synthesized, like everything in it): the matcher and the grader share the
    /// analyzer, and the compact coder keeps that sharing.
    public struct Image: Sendable, Codable {
        public let kb: KnowledgeBase
        let analyzer: Analyzer
        let matcher: Matcher
        let grader: Grader
        let lessonQuestions: [String: Grader.CompiledQuestion]
        let questionFinder: QuestionFinder
        /// The graded answers, indexed for the grader in a conversation (`Grader+Exemplars`);
        /// read from the cache on first use.
        let exemplars: CompactLazy<[String: Grader.Exemplars]>

        public init(kb: KnowledgeBase, lessons: [Lesson] = []) {
            let inline = lessons.flatMap(\.inlineQuestions)
            analyzer = Analyzer(lexicon: kb.lexicon, vocabulary: Tutor.vocabulary(of: kb, extra: inline))
            // The analyzer's corrector keeps the everyday words as one string; the image's
            // knowledge base drops its copy, so the cache carries the list once.
            var kb = kb
            kb.lexicon.everyday = []
            self.kb = kb
            matcher = Matcher(kb: kb, analyzer: analyzer)
            grader = Grader(kb: kb, analyzer: analyzer)
            lessonQuestions = Self.compile(inline, analyzer: analyzer)
            questionFinder = QuestionFinder(kb: kb, analyzer: analyzer)
            let (reader, analyzing) = (grader, analyzer)
            exemplars = CompactLazy(
                Grader.exemplars(kb.gradedAnswers, questions: kb.questions) {
                    reader.exemplarFeatures(analyzing.analyze($0))
                })
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
            // Questions hold no sets or dictionaries, so encoding them cannot fail.
            (try? CompactEncoder().encode(lessons.flatMap(\.inlineQuestions))) ?? []
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

extension Tutor.Image {
    /// The image as bytes (`CompactEncoder`).
    public func encoded() throws -> [UInt8] {
        try CompactEncoder().encode(self)
    }

    /// Reads an image from bytes that `encoded()` made.
    public static func decode(_ bytes: [UInt8]) throws -> Tutor.Image {
        try bytes.withUnsafeBufferPointer { try decode($0) }
    }

    /// Reads an image from bytes that `encoded()` made; throws for bytes that end early, go
    /// on after the image, or hold what no image holds (an index out of range). The
    /// grader's compiled questions are read and checked when first used (`CompactLazy`),
    /// from `buffer` if `owner` keeps it alive, else from a copy.
    public static func decode(
        _ buffer: UnsafeBufferPointer<UInt8>, owner: (AnyObject & Sendable)? = nil
    ) throws -> Tutor.Image {
        let image = try CompactDecoder().decode(Tutor.Image.self, from: buffer, owner: owner)
        try image.kb.checkDecoded()
        try image.analyzer.checkDecoded()
        try image.matcher.checkDecoded()
        image.grader.deferCheck(kb: image.kb)
        try Grader.checkDecoded(image.lessonQuestions)
        // A damaged index is left out: the grader reads on without exemplars.
        image.exemplars.deferCheck({ try Grader.checkExemplars($0) }) { [:] }
        return image
    }
}
