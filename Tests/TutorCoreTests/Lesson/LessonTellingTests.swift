import Foundation
import Testing
import TutorCore

/// A lesson asks before it tells: the checker warns where a `say:` or `teach:` states a
/// question's answer just before it is asked, and no reply of a shipped lesson runs past
/// the bound, whatever the learner says.
@Suite struct LessonTellingTests {
    static func warnings(_ text: String) throws -> [String] {
        let lesson = try LessonParser.parse(text, file: "t.lesson", name: "t")
        let tutor = Tutor(kb: Fixtures.kb, lessons: [lesson])
        #expect(LessonChecker.check(lesson, tutor: tutor).isEmpty)
        return LessonChecker.warnings(lesson, tutor: tutor).map(\.description)
    }

    @Test func aSayThatStatesTheAnswerBeforeTheQuestionIsWarnedWhereItIs() throws {
        let text = """
            title: T
            == a ==
            say: Trust is the foundation of everything we do.
            ask: Why does trust matter?
              concept: trust
              expect: It is the foundation the alliance rests on. | foundation | rests on
              expect: Clients open up. | open up | share
            end
            """
        #expect(
            try Self.warnings(text) == [
                "t.lesson:3:6: warning: this say: states the answer to the question at line 4 before asking it: it covers e1 (\"It is the foundation the alliance rests on.\"); lead up to the question without the answer, or teach it after the question"
            ])
        // The same words after the question, or in another section, tell nothing in advance.
        let after = """
            title: T
            == a ==
            say: Think about what a client needs before sharing something painful.
            ask: Why does trust matter?
              concept: trust
              expect: It is the foundation the alliance rests on. | foundation | rests on
              on * -> b
            == b ==
            say: Trust is the foundation of everything we do.
            end
            """
        #expect(try Self.warnings(after).isEmpty)
    }

    @Test func aTeachWhoseDefinitionCoversAnExpectationIsWarnedAndNamesIt() throws {
        let text = """
            title: T
            == a ==
            teach: therapeutic-alliance
            ask: alliance-definition
            end
            """
        let found = try Self.warnings(text)
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("t.lesson:3:8: warning: this teach: states the answer to the question at line 4"))
        #expect(found[0].contains("e1 (\"It is a collaborative relationship"))
    }

    @Test func aSayLongerThanAReplyHoldsIsWarned() throws {
        let long = Array(repeating: "word", count: Tutor.lessonReplyWords + 5).joined(separator: " ")
        let found = try Self.warnings("title: T\n== a ==\nsay: \(long)\nend\n")
        #expect(
            found == [
                "t.lesson:3:1: warning: this say: is 125 words, more than a lesson reply holds (120), so it is shown alone; split it into shorter say: lines"
            ])
    }

    static func shippedLessons() throws -> [Lesson] {
        let dir = Fixtures.root.appendingPathComponent("Scripts")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".lesson") }
        return try names.sorted().map { name in
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            return try LessonParser.parse(text, file: name, name: String(name.dropLast(7)))
        }
    }

    @Test func theShippedLessonsAskBeforeTheyTell() throws {
        let lessons = try Self.shippedLessons()
        let tutor = Tutor(kb: Fixtures.kb, lessons: lessons)
        for lesson in lessons {
            #expect(LessonChecker.warnings(lesson, tutor: tutor).map(\.description) == [], "\(lesson.name)")
        }
    }

    /// How a learner answers each question: a sample of this verdict, or the line itself.
    enum Style: CaseIterable {
        case correct, partial, misconception, dontKnow, hints, sideQuestions
    }

    func answer(_ ask: Lesson.Ask?, _ style: Style, turn: Int) -> String {
        let sample = { (v: Verdict) in ask?.samples.first { $0.verdict == v }?.answer ?? "i don't know" }
        switch style {
        case .correct: return sample(.correct)
        case .partial: return sample(.partial)
        case .misconception: return sample(.misconception)
        case .dontKnow: return "i don't know"
        case .hints: return ["hint", "i'm not sure", "hint", "skip"][turn % 4]
        case .sideQuestions: return ["what is trust?", "i don't know", "tell me more", "no idea"][turn % 4]
        }
    }

    /// Every reply of every shipped lesson, on every path these learners take, is within
    /// the bound, and every lesson reaches its end.
    @Test(arguments: Style.allCases)
    func everyReplyOfEveryShippedLessonIsWithinTheBound(_ style: Style) throws {
        let lessons = try Self.shippedLessons()
        let tutor = Tutor(kb: Fixtures.kb, lessons: lessons)
        for lesson in lessons {
            var asks: [String: Lesson.Ask] = [:]
            for case .ask(let a) in lesson.sections.flatMap(\.steps).map(\.kind) { asks[a.question] = a }
            var state = TutorState(seed: 3)
            var replies = [tutor.respond(to: ":lesson \(lesson.name)", state: &state, now: "t").reply]
            var turn = 0
            while state.lesson != nil && turn < 80 {
                // While paused, the same learner goes on in their own way.
                let line =
                    state.lesson?.paused == true
                    ? ["go on", "ok", "i don't know", "", "yes"][turn % 5]
                    : answer(state.open.flatMap { asks[$0.id] }, style, turn: turn)
                replies.append(tutor.respond(to: line, state: &state, now: "t").reply)
                turn += 1
            }
            #expect(state.lesson == nil, "\(lesson.name) (\(style)) did not end in \(turn) turns")
            for (i, reply) in replies.enumerated() {
                let words = reply.split(whereSeparator: \.isWhitespace).count
                #expect(
                    words <= Tutor.lessonReplyWords, "\(lesson.name) (\(style)) turn \(i): \(words) words\n\(reply)")
            }
        }
    }
}
