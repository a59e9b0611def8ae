import Foundation
import Testing

@testable import TutorCore

/// A value's every stored property, rendered as text with sets and dictionaries in a fixed
/// order and doubles by their bits: two values render the same exactly when they hold the
/// same data, private properties included.
func deepDescription(_ value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .dictionary, .set:
        let parts = mirror.children.map { deepDescription($0.value) }.sorted()
        return "{" + parts.joined(separator: ", ") + "}"
    case .optional:
        guard let child = mirror.children.first else { return "nil" }
        return "some(" + deepDescription(child.value) + ")"
    case .collection, .tuple:
        return "["
            + mirror.children.map { ($0.label.map { $0 + ": " } ?? "") + deepDescription($0.value) }
            .joined(separator: ", ") + "]"
    case .struct, .class, .enum:
        if mirror.children.isEmpty { return "\(mirror.subjectType).\(value)" }
        let fields = mirror.children.map { ($0.label ?? "_") + ": " + deepDescription($0.value) }
        return "\(mirror.subjectType)(" + fields.joined(separator: ", ") + ")"
    default:
        if let d = value as? Double { return "d\(d.bitPattern)" }
        return String(reflecting: value)
    }
}

/// `value` written and read back by the compact coder (which checks every byte was read).
func roundTrip<T: Codable>(_ value: T) throws -> T {
    try CompactDecoder().decode(T.self, from: try CompactEncoder().encode(value))
}

@Suite struct TutorImageTests {
    static let lessons: [Lesson] = {
        let dir = Fixtures.root.appendingPathComponent("Scripts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().filter { $0.hasSuffix(".lesson") }.map { name in
            let text = try! String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            return try! LessonParser.parse(text, file: "Scripts/" + name, name: String(name.dropLast(7)))
        }
    }()

    static let built = Tutor.Image(kb: Fixtures.kb, lessons: lessons)
    static let bytes = try! built.encoded()
    static let decoded = try! Tutor.Image.decode(bytes)

    @Test func theShippedLessonsHaveInlineQuestions() {
        // Otherwise the tests below would not cover the lessons' part of the image.
        #expect(Self.lessons.count >= 3)
        #expect(!Self.lessons.flatMap(\.inlineQuestions).isEmpty)
    }

    @Test func aDecodedImageHoldsExactlyWhatWasBuilt() {
        // All but the phrasings and the graded answers, which the cache leaves out: the matcher
        // keeps what it learnt, the image the graded answers' index.
        var builtKB = Self.built.kb
        builtKB.phrasings = []
        builtKB.gradedAnswers = []
        #expect(!Self.built.kb.phrasings.isEmpty && Self.decoded.kb.phrasings.isEmpty)
        #expect(!Self.built.kb.gradedAnswers.isEmpty && Self.decoded.kb.gradedAnswers.isEmpty)
        #expect(deepDescription(Self.decoded.exemplars.value) == deepDescription(Self.built.exemplars.value))
        #expect(deepDescription(Self.decoded.kb) == deepDescription(builtKB))
        #expect(deepDescription(Self.decoded.analyzer) == deepDescription(Self.built.analyzer))
        #expect(deepDescription(Self.decoded.matcher) == deepDescription(Self.built.matcher))
        #expect(deepDescription(Self.decoded.grader) == deepDescription(Self.built.grader))
        #expect(deepDescription(Self.decoded.lessonQuestions) == deepDescription(Self.built.lessonQuestions))
    }

    @Test func theDeepDescriptionSeesPrivateFieldsAndDoubles() {
        // The check above is only as good as this: a change anywhere shows.
        var kb = Fixtures.kb
        kb.concepts[3].bkt = BKTParameters(prior: 0.2, learn: 0.15, guess: 0.2, slip: 0.1000000001)
        #expect(deepDescription(kb) != deepDescription(Fixtures.kb))
        let other = Analyzer(lexicon: Lexicon(stopwords: ["the"]), vocabulary: ["alliance"])
        let same = Analyzer(lexicon: Lexicon(stopwords: ["the"]), vocabulary: ["alliance"])
        let more = Analyzer(lexicon: Lexicon(stopwords: ["the"]), vocabulary: ["alliance", "bond"])
        #expect(deepDescription(other) == deepDescription(same))
        #expect(deepDescription(other) != deepDescription(more))
    }

    @Test func encodingIsDeterministic() throws {
        #expect(try Self.decoded.encoded() == Self.bytes)
        #expect(try Tutor.Image(kb: Fixtures.kb, lessons: Self.lessons).encoded() == Self.bytes)
    }

    @Test func theDecodedMatcherAndGraderShareTheDecodedAnalyzer() {
        // As in a built image: the analyzer is written once and referred to after that.
        #expect(Self.built.matcher.analyzer === Self.built.analyzer)
        #expect(Self.decoded.matcher.analyzer === Self.decoded.analyzer)
        #expect(Self.decoded.grader.analyzer === Self.decoded.analyzer)
    }

    @Test func indexesOutOfRangeAreRefused() throws {
        // Bytes that decode, but whose index points past the concepts (removing a concept
        // leaves the index as it was): the check after decoding refuses them.
        var kb = Fixtures.kb
        kb.concepts.removeLast()
        let bytes = try Tutor.Image(kb: kb).encoded()
        #expect(throws: CompactCodingError.invalid("a knowledge-base index out of range")) {
            try Tutor.Image.decode(bytes)
        }
    }

    @Test func aTutorFromTheDecodedImageMatchesAndGradesTheSame() {
        let fresh = Tutor(image: Self.built, lessons: Self.lessons)
        let cached = Tutor(image: Self.decoded, lessons: Self.lessons)
        var lines = 0
        for file in ["Tests/Data/utterances.tsv", "Tests/Data/utterances-extra.tsv"] {
            for row in Fixtures.tsv(file) where row.fields.count >= 3 {
                let a = fresh.matcher.matchLine(row.fields[2])
                let b = cached.matcher.matchLine(row.fields[2])
                #expect(a == b, "\(file):\(row.line)")
                lines += 1
            }
        }
        var answers = 0
        for file in ["Tests/Data/answers.tsv", "Tests/Data/answers-more.tsv", "Tests/Data/answers-extra.tsv"] {
            for row in Fixtures.tsv(file) where row.fields.count >= 5 {
                let a = fresh.grader.grade(questionID: row.fields[0], answer: row.fields[4])
                let b = cached.grader.grade(questionID: row.fields[0], answer: row.fields[4])
                #expect(a == b, "\(file):\(row.line)")
                answers += 1
            }
        }
        #expect(lines > 1000 && answers > 300)
        // Misspelled words go through the spelling corrector's index, also decoded.
        for typo in ["what is therapuetic aliance", "explain empathyy", "how do I reapir a rupture"] {
            #expect(fresh.matcher.matchLine(typo) == cached.matcher.matchLine(typo))
        }
    }

    @Test func everyTruncationIsRefused() {
        let n = Self.bytes.count
        var cuts = Set((0..<64).map { $0 * (n / 64) })
        cuts.formUnion([0, 1, n - 1, n - 8])
        for cut in cuts.sorted() {
            #expect(throws: (any Error).self, "cut at \(cut) of \(n)") {
                try Tutor.Image.decode(Array(Self.bytes[..<cut]))
            }
        }
        #expect(throws: (any Error).self) { try Tutor.Image.decode(Self.bytes + [0]) }
    }

    @Test func damagedBytesNeverCrashTheDecoder() {
        // Flip single bytes across the image: each decode throws or gives an image; it never traps.
        var random = SeededRandom(seed: 11)
        var refused = 0
        for _ in 0..<200 {
            var damaged = Self.bytes
            let i = Int(random.next() % UInt64(damaged.count))
            damaged[i] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            if (try? Tutor.Image.decode(damaged)) == nil { refused += 1 }
        }
        // Flips in counts, tags and indexes are refused. Most flips land in text and decode
        // to other text: the cache file's checksum, not the decoder, catches those.
        #expect(refused > 0)
    }

    @Test func aTutorWithOtherLessonsRecompilesTheirQuestions() {
        let tutor = Tutor(image: Tutor.Image(kb: Fixtures.kb), lessons: Self.lessons)
        let ids = Set(Self.lessons.flatMap(\.inlineQuestions).map(\.id))
        #expect(Set(tutor.lessonQuestions.keys) == ids)
    }
}
