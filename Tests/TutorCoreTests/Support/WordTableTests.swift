import Foundation
import Testing

@testable import TutorCore

/// `WordSet` and `WordMap` answer as `Set<String>` and `Dictionary` do, for ASCII words and
/// for words that are not ASCII, and survive the knowledge cache's coder.
@Suite struct WordTableTests {
    @Test func aWordSetHoldsWhatASetHolds() {
        let words = (0..<300).map { "w\($0)" } + ["", "a", "don't", "café", "naïve"]
        let set = WordSet(words)
        let plain = Set(words)
        #expect(set.count == plain.count)
        for probe in words + ["w300", "b", "dont", "cafe", "w1 ", " w1", "W1"] {
            #expect(set.contains(probe) == plain.contains(probe), "\(probe)")
            #expect(set.contains(Substring(probe)) == plain.contains(probe), "\(probe)")
        }
        #expect(Set(set) == plain)
    }

    @Test func canonicalEquivalenceHoldsForWordsThatAreNotASCII() {
        // "é" as one scalar and as "e" and a combining accent are the same String.
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(WordSet([composed]).contains(decomposed))
        #expect(WordSet([decomposed]).contains(composed))
        var map = WordMap<Int>()
        map[composed] = 1
        #expect(map[decomposed] == 1)
        map[decomposed] = 2
        #expect(map.count == 1)
        #expect(map[composed] == 2)
    }

    @Test func aWordMapReadsWritesAndRemovesAsADictionaryDoes() {
        var map = WordMap<[Int]>()
        var plain: [String: [Int]] = [:]
        for i in 0..<500 {
            let key = "k\(i % 137)"
            map[key, default: []].append(i)
            plain[key, default: []].append(i)
        }
        #expect(map.count == plain.count)
        for (key, value) in plain { #expect(map[key] == value) }
        #expect(map["k137"] == nil)
        map["k5"] = nil
        plain["k5"] = nil
        #expect(map["k5"] == nil)
        #expect(map.count == plain.count)
        for (key, value) in plain { #expect(map[key] == value) }
        #expect(Dictionary(uniqueKeysWithValues: Array(map)) == plain)
    }

    @Test func bothSurviveTheCacheCoder() throws {
        let set = WordSet(["trust", "bond", "goals", "señal"])
        let back = try CompactDecoder().decode(WordSet.self, from: CompactEncoder().encode(set))
        #expect(back == set)
        #expect(back.contains("bond") && !back.contains("bonds"))
        let map = WordMap(["trust": 1, "bond": 2, "señal": 3])
        let mapBack = try CompactDecoder().decode(WordMap<Int>.self, from: CompactEncoder().encode(map))
        #expect(mapBack.count == 3)
        #expect(mapBack["bond"] == 2 && mapBack["señal"] == 3 && mapBack["goal"] == nil)
    }

    @Test func aCachedMapWithAKeyTwiceIsRefused() throws {
        struct Pairs: Codable {
            var keys: [String]
            var values: [Int]
        }
        let twice = try CompactEncoder().encode(Pairs(keys: ["a", "b", "a"], values: [1, 2, 3]))
        #expect(throws: DecodingError.self) { try CompactDecoder().decode(WordMap<Int>.self, from: twice) }
        let short = try CompactEncoder().encode(Pairs(keys: ["a", "b"], values: [1]))
        #expect(throws: DecodingError.self) { try CompactDecoder().decode(WordMap<Int>.self, from: short) }
    }
}
