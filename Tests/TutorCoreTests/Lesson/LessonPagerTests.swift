import Foundation
import Testing
import TutorCore

/// Lessons ask before they tell (issue 16.7): a lesson's reply holds at most about 120 words,
/// paused between parts with "Want more?"; a don't-know on a lesson's question climbs its
/// ladder; and `LessonChecker.warnings` finds a lesson that states an answer before asking.
@Suite struct LessonPagerTests {
    /// Three paragraphs of sixty words before a question: one reply holds one of them.
    static let long = Array(repeating: "word", count: 59).joined(separator: " ")
    static let script = """
        title: Long talk
        == start ==
        say: PART-ONE \(long)
        say: PART-TWO \(long)
        say: PART-THREE \(long)
        ask: Why does trust matter to the alliance?
          concept: trust
          expect: It lets clients open up and share honestly. | open up | share | honest
          expect: It is the foundation the alliance rests on. | foundation | base | rests on
          hints: 2
          tries: 10
          on * -> after
        == after ==
        say: AFTER-ONE \(long)
        say: AFTER-TWO \(long)
        end
        """

    let tutor: Tutor
    init() throws {
        let lesson = try LessonParser.parse(Self.script, file: "long.lesson", name: "long")
        tutor = Tutor(kb: Fixtures.kb, lessons: [lesson])
    }

    static func words(_ text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count }

    func say(_ line: String, _ state: inout TutorState) -> TurnResult {
        tutor.respond(to: line, state: &state, now: "2026-01-01T00:00:00Z")
    }

    @Test func aLongLessonIsDeliveredInPartsAndGoesOnAtAGoAhead() {
        var state = TutorState(seed: 1)
        let first = say(":lesson long", &state)
        #expect(Self.words(first.reply) <= Tutor.lessonReplyWords)
        #expect(first.reply.contains("PART-ONE") && !first.reply.contains("PART-THREE"))
        #expect(first.moves.last == .lessonPause)
        #expect(first.reply.hasSuffix("Want more? Say \"go on\", or ask me about any of it."))
        #expect(state.lesson?.paused == true && state.open == nil)

        // A go-ahead in any of its usual forms runs the next part.
        for (i, line) in ["go on", "ok", ""].enumerated() {
            var s = state
            let next = say(line, &s)
            #expect(next.reply.hasPrefix("PART-TWO"), "\(i): \(line)")
            #expect(Self.words(next.reply) <= Tutor.lessonReplyWords)
        }
        _ = say("yes", &state)
        let third = say("continue", &state)
        // The last paragraph comes with its question, never away from it.
        #expect(third.reply.hasPrefix("PART-THREE"))
        #expect(third.reply.contains("Question: Why does trust matter to the alliance?"))
        #expect(state.open?.id == "lesson:long:start:1" && state.lesson?.paused == nil)
    }

    @Test func aSideRequestWhilePausedIsAnsweredAndTheLessonWaits() {
        var state = TutorState(seed: 1)
        _ = say(":lesson long", &state)
        let side = say("what is empathy?", &state)
        #expect(side.reply.hasPrefix("Empathy: "))
        #expect(side.moves.last == .lessonStillPaused)
        #expect(!side.reply.contains("PART-TWO"))
        #expect(state.lesson?.paused == true)
        let no = say("not now", &state)
        #expect(no.moves == [.lessonWaits])
        #expect(say("go on", &state).reply.hasPrefix("PART-TWO"))
    }

    @Test func askingForEverythingLiftsTheBoundUpToTheQuestion() {
        var state = TutorState(seed: 1)
        _ = say(":lesson long", &state)
        let all = say("tell me everything", &state)
        #expect(all.reply.contains("PART-TWO") && all.reply.contains("PART-THREE"))
        #expect(all.reply.hasSuffix("Question: Why does trust matter to the alliance?"))
        #expect(Self.words(all.reply) > Tutor.lessonReplyWords)
        #expect(state.open?.id == "lesson:long:start:1")
        // On the open question, "the full answer" is "show me the answer": the answer, closed.
        let answer = say("just give me the full answer please", &state)
        #expect(answer.moves.contains(.moveOn))
        #expect(answer.moves.contains(.close(question: "lesson:long:start:1", complete: false)))
        #expect(state.open == nil)
    }

    @Test func aDontKnowOnALessonQuestionClimbsItsLadderNotTheSectionsText() {
        var state = TutorState(seed: 1)
        _ = say(":lesson long", &state)
        _ = say("tell me everything", &state)
        let first = say("i don't know", &state)
        // The first rung: no blame, a hint; nothing of the lesson's talk.
        #expect(
            Array(first.moves.prefix(2)) == [.workItOut, .hint(question: "lesson:long:start:1", expectation: "e1")])
        #expect(first.lessonMoves.isEmpty)
        #expect(state.open?.id == "lesson:long:start:1")
        // The second in a row: the complete answer, briefly, and the question closes; the
        // lesson goes on within the bound, not with its whole next section.
        let second = say("no idea", &state)
        #expect(second.moves.first == .dontKnowAgain)
        #expect(second.moves.contains(.close(question: "lesson:long:start:1", complete: false)))
        #expect(state.open == nil)
        #expect(!second.reply.contains("AFTER-TWO"))
        #expect(Self.words(second.reply) <= Tutor.lessonReplyWords)
    }

    @Test func neverMoreThanFourDontKnowTurnsOnALessonQuestion() {
        var state = TutorState(seed: 1)
        _ = say(":lesson long", &state)
        _ = say("tell me everything", &state)
        // Don't-knows broken up by answers that add nothing never make two in a row; the
        // question still closes by the fourth.
        var dontKnowTurns = 0
        for i in 0..<12 where state.open != nil {
            let line = i.isMultiple(of: 2) ? "i don't know" : "it is about the counselor"
            let r = say(line, &state)
            if case .dontKnow = r.openLine { dontKnowTurns += 1 }
            #expect(Self.words(r.reply) <= Tutor.lessonReplyWords)
        }
        #expect(state.open == nil)
        #expect(dontKnowTurns >= 1 && dontKnowTurns <= 4)
    }

    @Test func aPausedLessonIsSavedAndWelcomedBack() throws {
        var state = TutorState(seed: 1)
        _ = say(":lesson long", &state)
        let data = try JSONEncoder().encode(state.lesson)
        #expect(try JSONDecoder().decode(LessonProgress.self, from: data).paused == true)
        // A log written before pausing existed has no "paused": it reads as not paused.
        let old = #"{"lesson":"long","section":0,"step":1}"#
        #expect(try JSONDecoder().decode(LessonProgress.self, from: Data(old.utf8)).paused == nil)
        #expect(tutor.welcome(state)?.contains("Say \"go on\" to pick up where we stopped.") == true)
    }
}
