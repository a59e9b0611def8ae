import Foundation
import Testing
import TutorCore

/// Lesson scripts: each syntax error and each checker error, reported where it is.
@Suite struct LessonParserTests {
    /// The first error of parsing `text` as `t.lesson`, as printed.
    func parseError(_ text: String) -> String? {
        do {
            _ = try LessonParser.parse(text, file: "t.lesson", name: "t")
            return nil
        } catch {
            return error.diagnostics.first?.description
        }
    }

    /// The checker's errors for `text`, which must parse.
    func checkErrors(_ text: String, samples: Bool = true) throws -> [String] {
        let lesson = try LessonParser.parse(text, file: "t.lesson", name: "t")
        let tutor = Tutor(kb: Fixtures.kb, lessons: [lesson])
        return LessonChecker.check(lesson, tutor: tutor, samples: samples).map(\.description)
    }

    @Test func parsesSectionsStepsBranchesAndInlineQuestions() throws {
        let text = """
            # a comment
            title: A lesson   # trailing comment
            == start ==
            say: Hello #1, welcome.
            teach: trust
            ask: build-trust
              hints: 1
              tries: 2
              #! listen without judgment and validate their feelings => correct
              on correct -> next
              on partial, dont-know -> next
              on * -> next
            == next ==
            require: trust >= 0.5 else -> start
            ask: What does trust rest on?
              expect: Honesty. | honest | honesty
              expect: Keeping promises. | keep promises
              needed: 1
              misconception: Trust is automatic. | automatic
              because: Trust is earned over time.
              concept: trust
            end
            """
        let lesson = try LessonParser.parse(text, file: "t.lesson", name: "t")
        #expect(lesson.title == "A lesson")
        #expect(lesson.sections.map(\.name) == ["start", "next"])
        guard case .say(let hello) = lesson.sections[0].steps[0].kind else { throw Failure("not a say") }
        #expect(hello == "Hello #1, welcome.")
        guard case .ask(let ask) = lesson.sections[0].steps[2].kind else { throw Failure("not an ask") }
        #expect(ask.question == "build-trust" && !ask.isInline)
        #expect(ask.hints == 1 && ask.tries == 2 && ask.samples.count == 1)
        #expect(ask.target(for: .correct)?.section == "next")
        #expect(ask.target(for: .misconception)?.section == "next")
        let inline = try #require(lesson.inlineQuestions.first)
        #expect(inline.id == "lesson:t:next:1")
        #expect(inline.concept == "trust")  // named by its concept: line, since no teach: precedes it in its section
        #expect(inline.needed == 1)
        #expect(inline.expectations.map(\.phrasings) == [["honest", "honesty"], ["keep promises"]])
        #expect(inline.misconceptions.first?.correction == "Trust is earned over time.")
    }

    @Test(arguments: [
        (
            "title: T\n== a ==\nsya: hello\n",
            "t.lesson:3:1: error: unknown directive 'sya:'; expected say:, teach:, ask:, require:, -> SECTION, end or == SECTION =="
        ),
        (
            "title: T\nsay: hi\n== a ==\n",
            "t.lesson:2:1: error: this line comes before the first section; start one with '== NAME =='"
        ),
        ("== a ==\nsay: hi\n", "t.lesson:1:1: error: the lesson has no 'title:' line"),
        ("title: T\n", "t.lesson:1:1: error: the lesson has no sections; start one with '== NAME =='"),
        ("title: T\n== a ==\n== a ==\n", "t.lesson:3:4: error: section 'a' is already defined at line 2"),
        ("title: T\n== a b ==\n", "t.lesson:2:1: error: a section name is letters, digits and '-', not 'a b'"),
        ("title: T\n== a =\n", "t.lesson:2:1: error: a section header is written '== NAME =='"),
        ("title: T\n== a ==\nhints: 2\n", "t.lesson:3:1: error: 'hints:' belongs under an 'ask:' line"),
        (
            "title: T\n== a ==\nask: trust-over-time\n  hints: two\n",
            "t.lesson:4:10: error: 'hints:' takes a whole number from 0 to 100, not 'two'"
        ),
        ("title: T\n== a ==\nask: trust-over-time\n  tries: 0\n", "t.lesson:4:10: error: 'tries:' must be at least 1"),
        (
            "title: T\n== a ==\nask: trust-over-time\n  on great -> a\n",
            "t.lesson:4:6: error: unknown verdict 'great'; the verdicts are correct, partial, misconception, incorrect, dont-know and *"
        ),
        (
            "title: T\n== a ==\nask: trust-over-time\n  on correct a\n",
            "t.lesson:4:3: error: a branch is written 'on VERDICT -> SECTION'"
        ),
        (
            "title: T\n== a ==\nask: trust-over-time\n  #! an answer\n",
            "t.lesson:4:3: error: a sample answer is written '#! ANSWER => VERDICT'"
        ),
        (
            "title: T\n== a ==\nask: trust-over-time\n  #! an answer => right\n",
            "t.lesson:4:19: error: unknown verdict 'right'; the verdicts are correct, partial, misconception, incorrect, dont-know"
        ),
        (
            "title: T\n== a ==\nask: trust-over-time\n  expect: Honesty. | honest\n",
            "t.lesson:4:3: error: 'expect:' belongs to an inline question; 'trust-over-time' is the knowledge base's, with its own expectations"
        ),
        (
            "title: T\n== a ==\nask: Why trust?\n  concept: trust\n",
            "t.lesson:3:1: error: the inline question needs at least one 'expect:' line saying what a good answer contains"
        ),
        (
            "title: T\n== a ==\nask: Why trust?\n  expect: A. | a\n  needed: 2\n  concept: trust\n",
            "t.lesson:5:11: error: 'needed: 2' is more than the question's 1 expectations"
        ),
        (
            "title: T\n== a ==\nask: Why trust?\n  expect: A. | | b\n  concept: trust\n",
            "t.lesson:4:11: error: an empty phrasing between '|' separators"
        ),
        (
            "title: T\n== a ==\nask: Why trust?\n  expect: A. | a\n  because: B.\n  concept: trust\n",
            "t.lesson:5:3: error: 'because:' explains the 'misconception:' line above it, and there is none"
        ),
        (
            "title: T\n== a ==\nrequire: trust > 0.5 else -> a\n",
            "t.lesson:3:10: error: a gate is written 'require: CONCEPT >= P else -> SECTION', with P from 0 to 1"
        ),
        (
            "title: T\n== a ==\nrequire: trust >= 1.5 else -> a\n",
            "t.lesson:3:19: error: the mastery level must be a number from 0 to 1, not '1.5'"
        ),
        (
            "title: T\n== a ==\nteach: Trust and respect\n",
            "t.lesson:3:8: error: 'teach:' takes a concept id, such as 'trust'"
        ),
        ("title: T\ntitle: U\n== a ==\n", "t.lesson:2:1: error: the lesson already has a title"),
    ])
    func reportsEachSyntaxErrorWhereItIs(_ text: String, _ expected: String) {
        #expect(parseError(text) == expected)
    }

    @Test func reportsEveryErrorNotOnlyTheFirst() {
        do {
            _ = try LessonParser.parse("title: T\n== a ==\nfoo: 1\nbar: 2\n", file: "t.lesson", name: "t")
            Issue.record("parsed")
        } catch {
            #expect(error.diagnostics.map(\.line) == [3, 4])
        }
    }

    @Test func checkerFindsUnknownIdsWithSuggestions() throws {
        let errors = try checkErrors(
            "title: T\n== a ==\nteach: trusst\nask: build-trusst\nrequire: empaty >= 0.5 else -> a\nend\n")
        #expect(errors.contains("t.lesson:3:8: error: unknown concept 'trusst'; did you mean 'trust'?"))
        #expect(errors.contains("t.lesson:4:6: error: unknown question 'build-trusst'; did you mean 'build-trust'?"))
        #expect(errors.contains("t.lesson:5:10: error: unknown concept 'empaty'; did you mean 'empathy'?"))
    }

    @Test func checkerFindsMissingSections() throws {
        let errors = try checkErrors("title: T\n== a ==\nask: trust-over-time\n  on correct -> nowhere\n-> b\n")
        #expect(
            errors == [
                "t.lesson:4:17: error: no section named 'nowhere'",
                "t.lesson:5:4: error: no section named 'b'",
            ])
    }

    @Test func checkerFindsUnreachableSectionsAndDeadLines() throws {
        let errors = try checkErrors("title: T\n== a ==\nsay: hi\nend\nsay: never\n== b ==\nsay: alone\n")
        #expect(
            errors == [
                "t.lesson:5:1: error: this line never runs: the line before it always leaves the section",
                "t.lesson:6:1: error: section 'b' is never reached: no jump, branch or earlier section leads to it",
            ])
    }

    @Test func checkerFindsLoopsWithNoWayOut() throws {
        let text = "title: T\n== a ==\nask: trust-over-time\n  on * -> b\n== b ==\nask: build-trust\n  on * -> a\n"
        let errors = try checkErrors(text)
        #expect(
            errors.contains(
                "t.lesson:2:1: error: section 'a' loops with no way out: no path from it reaches the end of the lesson")
        )
        #expect(
            errors.contains(
                "t.lesson:5:1: error: section 'b' loops with no way out: no path from it reaches the end of the lesson")
        )
    }

    @Test func checkerFindsLoopsThatAskNothing() throws {
        let text = "title: T\n== a ==\nrequire: trust >= 0.9 else -> b\nend\n== b ==\nsay: again\n-> a\n"
        let errors = try checkErrors(text)
        #expect(
            errors == [
                "t.lesson:2:1: error: sections 'a', 'b' loop without asking anything: the lesson would run forever"
            ])
    }

    @Test func anInlineQuestionNeverTakesItsConceptFromAnotherSection() throws {
        let text = "title: T\n== a ==\nteach: trust\n-> b\n== b ==\nask: Why?\n  expect: A. | a\nend\n"
        #expect(throws: DiagnosticsError.self) { try LessonParser.parse(text, file: "t.lesson", name: "t") }
        do {
            _ = try LessonParser.parse(text, file: "t.lesson", name: "t")
        } catch {
            #expect(
                error.description
                    == "t.lesson:6:1: error: the inline question needs a 'concept:' line, or a 'teach:' before it in its section, to say what it practises"
            )
        }
        let taught = "title: T\n== a ==\nteach: trust\nask: Why?\n  expect: A. | a\nend\n"
        #expect(try LessonParser.parse(taught, file: "t.lesson", name: "t").inlineQuestions.first?.concept == "trust")
    }

    @Test func aLoopThroughAQuestionWithAnExitIsFine() throws {
        let text = "title: T\n== a ==\nask: trust-over-time\n  on correct -> done\n  on * -> a\n== done ==\nend\n"
        #expect(try checkErrors(text).isEmpty)
    }

    @Test func checkerGradesSampleAnswers() throws {
        let text = """
            title: T
            == a ==
            ask: Why does trust matter?
              expect: Clients open up. | open up | share
              misconception: Trust is automatic. | automatic
              #! because then clients open up => correct
              #! it is automatic => correct
              concept: trust
            end
            """
        let errors = try checkErrors(text)
        #expect(
            errors == [
                "t.lesson:7:3: error: sample answer is graded misconception (covered -, misconceptions m1) but its line says correct"
            ])
        #expect(try checkErrors(text, samples: false).isEmpty)
    }

    @Test func shippedLessonsPassTheCheck() throws {
        let dir = Fixtures.root.appendingPathComponent("Scripts")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".lesson") }
        #expect(names.count >= 3)
        var lessons: [Lesson] = []
        for name in names.sorted() {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            lessons.append(try LessonParser.parse(text, file: name, name: String(name.dropLast(7))))
        }
        let tutor = Tutor(kb: Fixtures.kb, lessons: lessons)
        for lesson in lessons {
            #expect(LessonChecker.check(lesson, tutor: tutor).map(\.description) == [], "\(lesson.name)")
            let samples = lesson.sections.flatMap(\.steps).reduce(0) {
                if case .ask(let a) = $1.kind { $0 + a.samples.count } else { $0 }
            }
            #expect(samples >= 3, "\(lesson.name) has too few sample answers")
        }
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
