import Foundation
import Testing

@testable import TutorCore

/// The tree encoder gives exactly the tree `JSONEncoder`'s sorted text parses to.
@Suite struct JSONTreeEncoderTests {
    func throughText<T: Encodable>(_ value: T) throws -> JSON {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try JSON.parse(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Every dialogue state of a long scripted session: asks, quizzes with hints and answers,
    /// a clarification, an exam with a pending choice, a lesson waiting on a question.
    static let snapshots: [DialogueSnapshot] = {
        let lessonText = """
            title: Probe
            == start ==
            say: A first step.
            ask: alliance-definition
            -> end
            == end ==
            say: Done.
            """
        let lesson = try! LessonParser.parse(lessonText, file: "probe.lesson", name: "probe")
        let tutor = Tutor(kb: Fixtures.kb, lessons: [lesson])
        var state = TutorState(seed: 4)
        var out: [DialogueSnapshot] = [state.dialogue]
        let lines = [
            "what is the alliance", "quiz me", "hint", "hint", "the bond", "goals and tasks too", "quiz me on trust",
            "i don't know", "goals", "1", ":exam 3", "a", "the second one", "c", "b", ":lesson probe",
            "a partnership between counselor and client", "what is empathy", ":skip", "quiz me", "skip",
            "tell me about ruptures", "how do I repair one", ":progress", "thanks",
        ]
        for line in lines {
            _ = tutor.respond(to: line, state: &state, now: "2026-01-05T10:00:00Z")
            out.append(state.dialogue)
        }
        return out
    }()

    @Test func everyDialogueStateEncodesAsJSONEncoderWould() throws {
        let snapshots = Self.snapshots
        #expect(snapshots.contains { $0.exam != nil }, "the script reaches an exam")
        #expect(snapshots.contains { $0.lesson != nil }, "the script reaches a lesson")
        #expect(snapshots.contains { $0.clarification != nil } || snapshots.contains { $0.open != nil })
        #expect(
            snapshots.contains { $0.exam?.pendingChoice != nil }
                || snapshots.contains { $0.exam?.answers.isEmpty == false })
        for s in snapshots {
            let tree = try JSONTreeEncoder.encode(s)
            #expect(tree == (try throughText(s)))
            #expect(tree.serialized() == SessionRecorder.encodeThroughText(s).serialized())
            #expect(SessionRecorder.decode(tree) == s, "it reads back")
        }
    }

    struct Odd: Encodable {
        var ints: [Int] = [0, -1, 9_007_199_254_740_992]
        var doubles: [Double] = [0.1, -2.5e-8, 1e300, 3]
        var words: [String: [String?]] = ["b": ["x", nil], "a": [], "B": ["\u{2028}\"\\"]]
        var nested: [[Bool]] = [[true], [], [false, true]]
        var none: Int? = nil
        var some: Int? = 7
        var verdict: Verdict = .dontKnow
        var small: UInt8 = 255
    }

    @Test func otherShapesEncodeAsJSONEncoderWould() throws {
        #expect(try JSONTreeEncoder.encode(Odd()) == (try throughText(Odd())))
        #expect(try JSONTreeEncoder.encode([String: Int]()) == (try throughText([String: Int]())))
        #expect(try JSONTreeEncoder.encode("plain") == (try throughText("plain")))
    }

    @Test func whatAJSONNumberCannotHoldIsRefused() {
        #expect(throws: JSONTreeEncoder.Unrepresentable.self) { try JSONTreeEncoder.encode([Double.nan]) }
        #expect(throws: JSONTreeEncoder.Unrepresentable.self) { try JSONTreeEncoder.encode([Int.max]) }
        #expect(throws: JSONTreeEncoder.Unrepresentable.self) { try JSONTreeEncoder.encode(UInt64.max) }
    }
}
