import Foundation
import Testing

@testable import TutorCore

/// The phrasing prior: what the matcher learns from `phrasings.tsv`, and when it may
/// overrule the cues and terms.
@Suite struct PhrasingPriorTests {
    @Test func aLineIsItsWordsAndTheirNeighbours() {
        let f = PhrasingPrior.features("What's the deal, w/ Trust?")
        #expect(
            f == [
                "u:whats", "u:the", "u:deal", "u:w", "u:trust",
                "b:^_whats", "b:whats_the", "b:the_deal", "b:deal_w", "b:w_trust", "b:trust_$",
            ])
        #expect(PhrasingPrior.features("  ") == ["b:^_$"])
    }

    /// Matching hashes a line's features as it reads them: the same hashes as spelling each
    /// feature out and hashing it, each once, over lines of every shape (apostrophes, curly
    /// quotes, digits, accents, other scripts, repeats, nothing but punctuation).
    @Test func featureHashesAreTheFeaturesHashed() {
        let lines = [
            "What's the deal, w/ Trust?", "", "  ", "?!", "trust trust trust", "the the the the",
            "isn\u{2019}t that just empathy", "WAI-SR 12 items, 4 Rs", "qué es la alianza terapéutica",
            "İstanbul ÇAĞ", "共感とは何ですか", "a b a b a b", "x", "1 2 3 1 2 3",
            "my client's mom keeps calling... what do i do?", "emoji 😀 in the middle 😀",
        ]
        for line in lines {
            let hashes = PhrasingPrior.featureHashes(line)
            #expect(Set(hashes) == Set(PhrasingPrior.features(line).map(PhrasingPrior.Model.hash)), "\(line)")
            #expect(hashes.count == Set(hashes).count, "\(line)")
        }
        // In the order the line first has them: its words, then its pairs.
        let hash = PhrasingPrior.Model.hash
        #expect(
            PhrasingPrior.featureHashes("hi hi") == [hash("u:hi"), hash("b:^_hi"), hash("b:hi_hi"), hash("b:hi_$")])
    }

    @Test func theModelLearnsWhichLabelAFeatureGoesWith() throws {
        let model = PhrasingPrior.Model(examples: [
            ("a", ["x", "y"]), ("a", ["x"]), ("a", ["x", "z"]), ("b", ["z"]), ("b", ["z", "w"]),
        ])
        let x = try #require(model.best(["x"]))
        #expect(x.label == "a" && x.probability > 0.7 && x.probability < 1)
        let z = try #require(model.best(["z", "w"]))
        #expect(z.label == "b")
        // Nothing it has seen: no opinion, not its prior.
        #expect(model.best(["never"]) == nil)
        #expect(PhrasingPrior.Model(examples: []).best(["x"]) == nil)
    }

    @Test func aModelReadBackFindsWhatItLearnt() throws {
        // `best` reads its table unchecked, so the model read from a cache must give the same
        // answers as the one made, to the last bit, for features it has and has not.
        var examples: [(label: String, features: Set<String>)] = []
        for i in 0..<300 { examples.append((["a", "b", "c"][i % 3], ["w\(i % 17)", "v\(i % 5)", "u\(i)"])) }
        let model = PhrasingPrior.Model(examples: examples)
        let read = try roundTrip(model)
        for features: Set<String> in [["w3"], ["w3", "v2"], ["u299", "never"], ["never"], ["w16", "v4", "u12"]] {
            let made = model.best(features)
            let back = read.best(features)
            #expect(made?.label == back?.label && made?.probability == back?.probability)
        }
        #expect(model.best(["v1"]) != nil)
        #expect(read.best(["never"]) == nil)
    }

    @Test func aModelWhoseTablesDisagreeIsRefused() throws {
        let model = PhrasingPrior.Model(examples: [("a", ["x", "y"]), ("b", ["y", "z"])])
        // A count for a label the model does not have.
        var foreignLabel = model
        foreignLabel.entries[0] |= 7 << 24
        // Counts that run past the end of `entries`.
        var pastTheEnd = model
        pastTheEnd.starts[pastTheEnd.starts.count - 1] += 1
        // A key with no counts at all.
        var emptyRange = model
        emptyRange.starts[1] = emptyRange.starts[0]
        for damaged in [foreignLabel, pastTheEnd, emptyRange] {
            #expect(throws: (any Error).self) { try roundTrip(damaged) }
        }
        #expect(try roundTrip(model).best(["y"]) != nil)
    }

    /// A knowledge base whose phrasings teach a frame no cue lists ("zork blarg X" asks for
    /// an example) and a word no term has ("flurble" is about empathy).
    static let taught: Tutor = {
        var kb = Fixtures.kb
        let concepts = ["trust", "empathy", "goal-consensus", "alliance-rupture-repair", "collaboration", "bond"]
        var phrasings: [Phrasing] = []
        for (i, c) in concepts.enumerated() {
            for j in 0..<6 {
                phrasings.append(Phrasing(intent: .example, concept: c, text: "zork blarg \(c) \(i) \(j)"))
                phrasings.append(Phrasing(intent: .define, concept: c, text: "what is \(c) number \(j)"))
                phrasings.append(Phrasing(intent: .howTo, concept: c, text: "how do i do \(c) now \(j)"))
            }
        }
        for j in 0..<30 {
            phrasings.append(Phrasing(intent: .explain, concept: "empathy", text: "why flurble matters \(j)"))
            phrasings.append(Phrasing(intent: .compare, concept: nil, text: "flurble versus thing \(j)"))
        }
        kb.phrasings = phrasings
        return Tutor(kb: kb)
    }()

    @Test func aCertainPriorOverrulesTheCuesIntent() {
        // (Round 14) In scope: a line the cues put out is taken back only with a concept the
        // prior can name, and "zork blarg empathy" alone is out of scope for its unknown words.
        let plain = Fixtures.tutor.matcher.match("zork blarg empathy in counseling")
        let line = Self.taught.matcher.matchLine("zork blarg empathy in counseling")
        #expect(plain.intent != .example)
        #expect(line.intent == .example)
        #expect(line.evidence.contains { $0.hasPrefix("phrasings → example (") })
    }

    @Test func aRequestAboutTheConversationIsTheCuesToRead() {
        // "zork blarg" lines asked for examples, but a line the cues read as asking for help or
        // a quiz keeps that reading: those are said in few words the cues read precisely.
        let matcher = Self.taught.matcher
        let analysis = Self.taught.analyzer.analyze("zork blarg empathy")
        for intent in [Intent.help, .quiz, .easier, .more] {
            let cued = MatchResult(intent: intent, concepts: [], confidence: 0.5)
            #expect(matcher.weighed(cued, analysis) == cued)
        }
    }

    @Test func aLineThatSaysAConceptsWholeNameKeepsIt() {
        // "flurble" lines were about empathy, but this one names trust outright.
        let analysis = Self.taught.analyzer.analyze("why flurble matters for trust")
        let cued = MatchResult(intent: .explain, concepts: ["trust"], confidence: 0.5)
        #expect(Self.taught.matcher.weighed(cued, analysis).concepts == ["trust"])
    }

    @Test func aCertainPriorPutsItsConceptFirstForAContentRequest() {
        let matcher = Self.taught.matcher
        let analysis = Self.taught.analyzer.analyze("why flurble matters so much")
        let cued = MatchResult(intent: .explain, concepts: ["trust"], confidence: 0.5, ambiguous: ["trust", "bond"])
        let weighed = matcher.weighed(cued, analysis)
        #expect(weighed.intent == .explain)
        #expect(weighed.concepts == ["empathy", "trust"])
        #expect(weighed.ambiguous.isEmpty)
        // Not for a comparison, whose two sides the line named.
        let comparison = Self.taught.analyzer.analyze("flurble versus trust")
        let compared = MatchResult(intent: .compare, concepts: ["trust", "bond"], confidence: 0.5)
        #expect(matcher.weighed(compared, comparison) == compared)
        // Nor a concept for a line the matcher read as naming nothing but a follow-up.
        let followUp = MatchResult(intent: .explain, concepts: [], confidence: 0.5, isFollowUp: true)
        #expect(matcher.weighed(followUp, analysis).concepts.isEmpty)
    }

    @Test func anUnsurePriorLeavesTheMatchAlone() {
        // "what is" and "how do i" lines share "is"/"do" with nothing else: a line made of
        // words seen under several intents is no sure sign of one.
        let matcher = Self.taught.matcher
        let analysis = Self.taught.analyzer.analyze("trust empathy bond")
        let cued = MatchResult(intent: .compare, concepts: ["trust", "empathy"], confidence: 0.5)
        #expect(matcher.weighed(cued, analysis) == cued)
    }

    @Test func withoutPhrasingsTheMatchIsTheCues() {
        var kb = Fixtures.kb
        kb.phrasings = []
        let tutor = Tutor(kb: kb)
        for line in ["what is trust", "so whats the deal w empathy", "bye"] {
            #expect(tutor.matcher.matchLine(line) == tutor.matcher.match(line))
        }
    }

    /// `phrasings.tsv` learns from development requests only: no line a learner types in a
    /// test set is in it, so a test set's figure is a figure on lines the tutor never saw;
    /// and every development request is, so a new set is not forgotten
    /// (`Tests/Data/gather_phrasings.py` gathers them).
    @Test func thePhrasingsHoldEveryDevelopmentRequestAndNoTestLine() throws {
        let rows = Fixtures.tsv("Knowledge/phrasings.tsv")
        let phrasings = Set(rows.compactMap { $0.fields.count == 3 ? $0.fields[2].lowercased() : nil })
        #expect(phrasings.count > 6000)
        let names = try FileManager.default.contentsOfDirectory(
            atPath: Fixtures.root.appendingPathComponent("Tests/Data").path
        ).filter { $0.hasSuffix(".tsv") }.sorted()
        func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces).lowercased() }
        // What a learner types in a file, and which of those lines are requests.
        func lines(_ name: String) -> [(line: Int, text: String, isRequest: Bool)] {
            Fixtures.tsv("Tests/Data/" + name).flatMap { row -> [(Int, String, Bool)] in
                let f = row.fields
                switch (f.count, name) {
                case (3, _) where name.contains("utterances"): return [(row.line, clean(f[2]), true)]
                case (4, _) where name.contains("followups"):
                    return [(row.line, clean(f[0]), false), (row.line, clean(f[3]), true)]
                case (4, _) where name.contains("dialogue"): return [(row.line, clean(f[3]), f[1] != "answer")]
                case (5, _) where name.contains("answers"): return [(row.line, clean(f[4]), false)]
                case (2, "quiz-requests.tsv"): return [(row.line, clean(f[0]), true)]
                default: return []
                }
            }
        }
        var testLines: Set<String> = []
        var leaked: [String] = []
        for name in names where name.hasPrefix("holdout") {
            for (line, text, _) in lines(name) {
                testLines.insert(text)
                if phrasings.contains(text) { leaked.append("Tests/Data/\(name):\(line)") }
            }
        }
        var development = 0
        var missing: [String] = []
        for name in names where !name.hasPrefix("holdout") {
            for (line, text, isRequest) in lines(name) where isRequest && !testLines.contains(text) {
                development += 1
                if !phrasings.contains(text) { missing.append("Tests/Data/\(name):\(line)") }
            }
        }
        #expect(leaked.isEmpty, "test lines in the phrasings: \(leaked.prefix(5))")
        #expect(missing.isEmpty, "development requests missing: \(missing.prefix(5))")
        #expect(testLines.count > 5000 && development > 6000)
    }
}
