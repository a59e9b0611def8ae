import Foundation
import Testing

@testable import TutorCore

/// The item bank's rules from the specification ("Exam items v2", issue 15): size, coverage of
/// every concept, no tell-tale longest key, balanced key letters, no absolutes, enough
/// best-or-first items, a source behind every explanation, and the seed items' keys.
///
/// Reads the shipped knowledge base, or the folder named by `TUTOR_KB_DIR` (so the rules can be
/// checked against a scratch copy while other parts of the knowledge base are being written).
@Suite struct ItemBankRulesTests {
    static let letters = ["A", "B", "C", "D"]

    /// The knowledge base under test, or the loader's diagnostics when it does not load.
    static let loaded: Result<KnowledgeBase, DiagnosticsError> = {
        let dir =
            ProcessInfo.processInfo.environment["TUTOR_KB_DIR"].map { URL(fileURLWithPath: $0) }
            ?? Fixtures.knowledgeDir
        do {
            return .success(try KnowledgeLoader.load(root: "Knowledge", files: Fixtures.files(in: dir)).0)
        } catch let error as DiagnosticsError {
            return .failure(error)
        } catch {
            return .failure(DiagnosticsError([]))
        }
    }()

    /// The knowledge base, or nil after recording why it did not load.
    func loadedKB() -> KnowledgeBase? {
        switch Self.loaded {
        case .success(let kb): return kb
        case .failure(let error):
            Issue.record("the knowledge base does not load: \(error)")
            return nil
        }
    }

    @Test func theBankHasAtLeast150Items() throws {
        let kb = try #require(loadedKB())
        #expect(kb.examItems.count >= 150, "\(kb.examItems.count) items")
    }

    @Test func everyConceptLeadsAtLeastTwoItems() throws {
        let kb = try #require(loadedKB())
        var first: [String: Int] = [:]
        for item in kb.examItems { if let c = item.concepts.first { first[c, default: 0] += 1 } }
        for concept in kb.concepts {
            #expect(
                first[concept.id, default: 0] >= 2,
                "\(concept.id) is the first concept of \(first[concept.id, default: 0]) items")
        }
    }

    @Test func theKeyIsRarelyTheSingleLongestOption() throws {
        let kb = try #require(loadedKB())
        let longest = kb.examItems.filter { item in
            let key = item.options[item.key].text.count
            return item.options.indices.allSatisfy { $0 == item.key || item.options[$0].text.count < key }
        }
        let share = Double(longest.count) / Double(max(kb.examItems.count, 1))
        #expect(share <= 0.35, "the key is the single longest option in \(longest.count) items (\(share))")
    }

    @Test func eachLetterKeysBetween20And30Percent() throws {
        let kb = try #require(loadedKB())
        let total = Double(max(kb.examItems.count, 1))
        for (index, letter) in Self.letters.enumerated() {
            let share = Double(kb.examItems.filter { $0.key == index }.count) / total
            #expect((0.20...0.30).contains(share), "\(letter) keys \(share) of the items")
        }
    }

    @Test func noOptionTurnsOnAnAbsolute() throws {
        let kb = try #require(loadedKB())
        let absolute = /\b(always|never|only|all|none)\b/.ignoresCase()
        for item in kb.examItems {
            for option in item.options {
                #expect(option.text.firstMatch(of: absolute) == nil, "\(item.id): '\(option.text)'")
                let lowered = option.text.lowercased()
                #expect(!lowered.contains("of the above"), "\(item.id): '\(option.text)'")
            }
        }
    }

    @Test func aThirdOfStemsAskForTheBestOrFirstAction() throws {
        let kb = try #require(loadedKB())
        let bestOrFirst = /\b(BEST|FIRST)\b/
        let count = kb.examItems.filter { $0.stem.firstMatch(of: bestOrFirst) != nil }.count
        #expect(count * 3 >= kb.examItems.count, "\(count) of \(kb.examItems.count) stems ask for BEST or FIRST")
    }

    @Test func everyExplanationNamesASource() throws {
        let kb = try #require(loadedKB())
        for item in kb.examItems {
            for option in item.options {
                #expect(
                    Self.namesSource(option.explanation, in: kb.sources),
                    "\(item.id): '\(option.text)' is explained without a source")
            }
        }
    }

    /// Whether a text names a source: its id, or its first author and one of its years.
    static func namesSource(_ text: String, in sources: [Source]) -> Bool {
        sources.contains { source in
            if text.contains(source.id) { return true }
            guard let authors = source.authors, let year = source.year else { return false }
            let firstAuthor =
                authors.split(whereSeparator: { $0 == " " || $0 == "," }).first.map(String.init) ?? authors
            let years = year.matches(of: /\d{4}/).map { String(year[$0.range]) }
            return text.contains(firstAuthor) && years.contains(where: text.contains)
        }
    }

    @Test(arguments: [
        ("exam-retention-factor", "D"), ("exam-alliance-essence", "D"), ("exam-engagement-technique", "B"),
        ("exam-success-factor", "C"), ("exam-alliance-definition", "B"),
        ("exam-threat-first", "A"), ("exam-weekends-best", "C"), ("exam-lapse-party", "D"),
    ])
    func specifiedItemsKeepTheirKeys(id: String, key: String) throws {
        let kb = try #require(loadedKB())
        let item = try #require(kb.examItems.first { $0.id == id }, "\(id) is missing")
        #expect(Self.letters[item.key] == key, "\(id) keys \(Self.letters[item.key]), not \(key)")
    }
}
