import Foundation
import Testing

@testable import TutorCore

/// Regression floors for the matcher on the labeled utterance sets, scored with the rules of
/// `../shared/eval/score` (joint accuracy: intent and concepts both right).
///
/// Each floor sits just under the figure the shipped knowledge base reached when the floor
/// was set (noted beside it). Raise a floor when tuning lifts a figure; never lower one to
/// make a change pass — a drop is a regression, and the failure message lists every miss
/// and the per-intent breakdown so it can be diagnosed.
@Suite struct MatcherAccuracyTests {
    struct LabeledSet: CustomTestStringConvertible, Sendable {
        var path: String
        var floor: Double
        var testDescription: String { "\(path) ≥ \(floor)" }
    }

    static let ownSets: [LabeledSet] = [
        LabeledSet(path: "Tests/Data/utterances.tsv", floor: 0.955),  // 0.956 (1028/1075)
        LabeledSet(path: "Tests/Data/utterances-extra.tsv", floor: 0.975),  // 0.983 (178/181)
        // Knowledge v2's 31 concepts, in learners' words.
        LabeledSet(path: "Tests/Data/utterances-kb2.tsv", floor: 0.965),  // 0.968 (152/157)
        LabeledSet(path: "Tests/Data/utterances-kb3.tsv", floor: 0.98),  // 0.991 (109/110)
        // The conversation's intents, topic inside the frame, situations, look-alikes.
        LabeledSet(path: "Tests/Data/utterances-v2.tsv", floor: 0.955),  // 0.960 (332/346)
    ]

    @Test("joint accuracy on our own utterance sets stays at or above its floor", arguments: ownSets)
    func ownSetMeetsItsFloor(_ set: LabeledSet) {
        let report = LabeledSetScorer.scoreUtterances(set.path)
        #expect(report.total >= 100, "the set \(set.path) is missing or nearly empty")
        #expect(report.accuracy >= set.floor, "\(report)")
    }

    @Test(
        "joint accuracy on the shared dev set stays at or above 0.98",
        .enabled(
            if: LabeledSetScorer.evalSetExists("utterances-dev.tsv"), "../shared/eval/utterances-dev.tsv is absent"))
    func devSetMeetsItsFloor() {
        // 1.000 (60/60) when set; the target is 0.95. 0.98 allows one miss.
        let report = LabeledSetScorer.scoreUtterances(LabeledSetScorer.devPath("utterances-dev.tsv"))
        #expect(report.total >= 50)
        #expect(report.accuracy >= 0.98, "\(report)")
    }

    @Test(
        "the third round's lines (issue #14: naming questions, head nouns, look-alikes, situations) stay at their floor"
    )
    func thirdRoundUtterancesMeetTheirFloor() {
        // 0.800 (36/45) when set; each block written before the tutor was run on it. The
        // situations told in a counselor's words (8/15 and 1/3 when written) are most of what
        // is left.
        let report = LabeledSetScorer.scoreUtterances("Tests/Data/utterances-v3.tsv")
        #expect(report.total >= 45, "Tests/Data/utterances-v3.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.97, "\(report)")  // 0.974 (111/114) after the situation frames (match5)
    }

    @Test(
        "the fifth round's lines (issue #14 item 7: situations, the topic inside the frame, look-alikes, intents) stay at their floor"
    )
    func fifthRoundUtterancesMeetTheirFloor() {
        // 0.952 (316/332) when set. Written in four blocks, each labeled before the tutor was run
        // on it: the first (222 lines) scored 0.698 at the branch point; the later ones, written
        // after the fixes for the blocks before them, 30/45, 16/30 and 30/40 when written.
        let report = LabeledSetScorer.scoreUtterances("Tests/Data/utterances-v4.tsv")
        #expect(report.total >= 300, "Tests/Data/utterances-v4.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.95, "\(report)")
    }

    @Test(
        "the sixth round's lines (issue #14: casual requests of the conversation, v2 concepts in slang, stories, look-alikes) stay at their floor"
    )
    func sixthRoundUtterancesMeetTheirFloor() {
        // Two blocks, each labeled before the tutor was run on it: the first (240 lines) scored
        // 0.829 at the branch point; the second (74), written after the first fixes, 67/74 when
        // written. 0.978 (307/314) after the sixth matcher round (match6).
        let report = LabeledSetScorer.scoreUtterances("Tests/Data/utterances-v5.tsv")
        #expect(report.total >= 300, "Tests/Data/utterances-v5.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.97, "\(report)")
    }

    @Test("the third round's follow-ups (pronouns beside a guess, one-sided comparisons) stay at their floor")
    func thirdRoundFollowUpsMeetTheirFloor() {
        // 0.887 (102/115) when set, 0.904 (104/115) after the fourth round. Written in four
        // batches, each before the tutor was run on it: the first scored 23/40, the second
        // 22/30, the third 20/30, the fourth 9/15 (after the fixes for the batches before it).
        let report = LabeledSetScorer.scoreFollowUps("Tests/Data/followups-v2.tsv")
        #expect(report.total >= 110, "Tests/Data/followups-v2.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.90, "\(report)")
    }

    @Test(
        "the fourth round's follow-ups (elliptical lines, one side before the pronoun, 'they', 'what if') stay at their floor"
    )
    func fourthRoundFollowUpsMeetTheirFloor() {
        // 0.936 (308/329) when set; 0.957 (315/329) after the fifth round. Written in three batches, each labeled before the tutor
        // was run on it: the first scored 144/208, the second 44/60 and the third 49/61 (after
        // the fixes for the batches before it).
        // Most of what is left are context lines resolved to another concept (a situation told
        // in a counselor's words) and out-of-scope lines with a pronoun.
        let report = LabeledSetScorer.scoreFollowUps("Tests/Data/followups-v3.tsv")
        #expect(report.total >= 320, "Tests/Data/followups-v3.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.93, "\(report)")
    }

    @Test(
        "the fifth round's follow-ups (hurried wording, stories as context, settings, 'then what', one side pointed at) stay at their floor"
    )
    func fifthRoundFollowUpsMeetTheirFloor() {
        // 0.937 (192/205) when set; 0.941 (208/221) with round 6's sixteen regression lines
        // for the kinds fixed from the blind-dev misses. Written in two batches, each labeled before the tutor was
        // run on it: the first scored 119/158 = 0.75, the second 36/47 (after the fixes for the
        // first). What is left: concepts a follow-up names by a generic word ("refer", "open
        // up", "stay"), out-of-scope lines whose words the spelling corrector places in the
        // domain, and a comparison whose other side is folded into one concept.
        let report = LabeledSetScorer.scoreFollowUps("Tests/Data/followups-v4.tsv")
        #expect(report.total >= 200, "Tests/Data/followups-v4.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.93, "\(report)")
    }

    @Test func followUpSetsNameOnlyKnownIntentsAndConcepts() {
        let kb = Fixtures.kb
        let known = Set(Intent.allCases.map(\.rawValue))
        for path in [
            "Tests/Data/followups.tsv", "Tests/Data/followups-v2.tsv", "Tests/Data/followups-v3.tsv",
            "Tests/Data/followups-v4.tsv",
        ] {
            for (line, fields) in Fixtures.tsv(path) {
                #expect(fields.count == 4, "\(path):\(line): want 4 tab-separated fields")
                guard fields.count == 4 else { continue }
                for intent in fields[1].split(separator: "|") {
                    #expect(known.contains(String(intent)), "\(path):\(line): unknown intent '\(intent)'")
                }
                guard fields[2] != "-" else { continue }
                for id in fields[2].split(whereSeparator: { $0 == "|" || $0 == "," }) {
                    #expect(kb.concept(String(id)) != nil, "\(path):\(line): unknown concept '\(id)'")
                }
            }
        }
    }

    @Test("follow-ups in context resolve to what was just discussed")
    func followUpsMeetTheirFloor() {
        // 1.000 (115/115); 0.983 when set; the last 30 pairs (issue #14, kind 11) scored 24/30
        // when written. The target on unseen lines is 0.90.
        let report = LabeledSetScorer.scoreFollowUps("Tests/Data/followups.tsv")
        #expect(report.total >= 110, "Tests/Data/followups.tsv is missing or nearly empty")
        #expect(report.accuracy >= 0.99, "\(report)")
    }

    @Test func extraSetCoversEveryIntentOfTheSpec() {
        let intents = Set(
            Fixtures.tsv("Tests/Data/utterances-extra.tsv").flatMap {
                $0.fields[0].split(separator: "|").map(String.init)
            })
        #expect(intents == Set(Intent.allCases.map(\.rawValue)))
    }

    @Test func labeledSetsNameOnlyKnownIntentsAndConcepts() {
        let kb = Fixtures.kb
        let known = Set(Intent.allCases.map(\.rawValue))
        for path in Self.ownSets.map(\.path) {
            for (line, fields) in Fixtures.tsv(path) {
                #expect(fields.count == 3, "\(path):\(line): want 3 tab-separated fields")
                guard fields.count == 3 else { continue }
                for intent in fields[0].split(separator: "|") {
                    #expect(known.contains(String(intent)), "\(path):\(line): unknown intent '\(intent)'")
                }
                guard fields[1] != "-" else { continue }
                for id in fields[1].split(whereSeparator: { $0 == "|" || $0 == "," }) {
                    #expect(kb.concept(String(id)) != nil, "\(path):\(line): unknown concept '\(id)'")
                }
            }
        }
    }

    @Test func scoringRulesFollowTheEvalScript() {
        // compare: the first two returned, as a set
        #expect(LabeledSetScorer.conceptsRight(intent: "compare", gold: "a,b", got: ["b", "a", "c"]))
        #expect(!LabeledSetScorer.conceptsRight(intent: "compare", gold: "a,b", got: ["a", "c", "b"]))
        // compare with one gold concept: the first one returned
        #expect(LabeledSetScorer.conceptsRight(intent: "compare", gold: "a", got: ["a", "b"]))
        // alternatives: the first concept returned is one of them
        #expect(LabeledSetScorer.conceptsRight(intent: "explain", gold: "a|b", got: ["b"]))
        #expect(!LabeledSetScorer.conceptsRight(intent: "explain", gold: "a|b", got: ["c", "a"]))
        #expect(!LabeledSetScorer.conceptsRight(intent: "define", gold: "a", got: []))
        // "-": quiz and hint must name none; other intents are not checked
        #expect(!LabeledSetScorer.conceptsRight(intent: "quiz", gold: "-", got: ["trust"]))
        #expect(LabeledSetScorer.conceptsRight(intent: "hint", gold: "-", got: []))
        #expect(LabeledSetScorer.conceptsRight(intent: "greeting", gold: "-", got: ["trust"]))
    }
}
