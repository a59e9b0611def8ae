import Testing

@testable import TutorCore

/// Lessons at scale and from elsewhere: a very long lesson parses and checks in linear
/// time without recursion, CRLF line ends parse, escape sequences never survive.
@Suite struct LessonScaleTests {
    static let tutor = Tutor(kb: Fixtures.kb)

    /// `count` sections in a chain; `loop` makes the last jump back to the first.
    static func chain(_ count: Int, loop: Bool = false) -> String {
        var lines = ["title: Long"]
        for i in 0..<count {
            lines += ["== s\(i) ==", "say: step \(i)", i + 1 < count ? "-> s\(i + 1)" : (loop ? "-> s0" : "end")]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aHundredThousandSectionsCheckWithoutOverflowingTheStack() throws {
        let lesson = try LessonParser.parse(Self.chain(100_000), file: "long.lesson", name: "long")
        #expect(lesson.sections.count == 100_000)
        #expect(LessonChecker.check(lesson, tutor: Self.tutor, samples: false).isEmpty)
    }

    @Test func aHundredThousandSectionLoopIsFoundIteratively() throws {
        let lesson = try LessonParser.parse(Self.chain(100_000, loop: true), file: "loop.lesson", name: "loop")
        let errors = LessonChecker.check(lesson, tutor: Self.tutor, samples: false)
        #expect(
            errors.first?.description.hasPrefix("loop.lesson:2:1: error: section 's0' loops with no way out") == true)
        #expect(errors.contains { $0.message.contains("loop without asking anything") })
    }

    @Test func suggestionsAreBoundedForManyBadJumps() throws {
        var text = "title: T\n== a ==\n"
        for i in 0..<5000 { text += "require: trust >= 0.5 else -> nowhere\(i)\n" }
        text += "end\n"
        let lesson = try LessonParser.parse(text, file: "t.lesson", name: "t")
        let errors = LessonChecker.check(lesson, tutor: Self.tutor, samples: false)
        #expect(errors.count == 5000)
        #expect(errors.filter { $0.message.contains("did you mean") }.count <= LessonChecker.maxSuggestions)
    }

    @Test func crlfLineEndsParse() throws {
        let text = "title: Windows\r\n== a ==\r\nsay: hello\r\nend\r\n"
        let lesson = try LessonParser.parse(text, file: "w.lesson", name: "w")
        #expect(lesson.title == "Windows")
        guard case .say(let said) = lesson.sections[0].steps[0].kind else {
            Issue.record("not a say step")
            return
        }
        #expect(said == "hello")
    }

    @Test func escapeSequencesInALessonAreRemoved() throws {
        let text = "title: T\u{1B}]0;owned\u{07}itle\n== a ==\nsay: \u{1B}[2Jhi\u{9B}31m there\nend\n"
        let lesson = try LessonParser.parse(text, file: "e.lesson", name: "e")
        #expect(lesson.title == "Title")
        guard case .say(let said) = lesson.sections[0].steps[0].kind else {
            Issue.record("not a say step")
            return
        }
        #expect(said == "hi there")
    }
}
