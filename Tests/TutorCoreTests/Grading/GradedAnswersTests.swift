import Foundation
import Testing

@testable import TutorCore

/// Graded answers as exemplars (`Grader+Exemplars`): in a conversation, an answer in which
/// the grader's reading finds no idea takes the ideas of the two nearest graded answers to the
/// same question when they agree, are close, and the answer holds a word they tie to each idea.
@Suite struct GradedAnswersTests {
    /// A tutor whose only graded answers are `answers` (question, covered, misconceptions, text).
    static func tutor(_ answers: [(String, [String], [String], String)]) -> Tutor {
        var kb = Fixtures.kb
        kb.gradedAnswers = answers.map { GradedAnswer(question: $0.0, covered: $0.1, misconceptions: $0.2, text: $0.3) }
        return Tutor(kb: kb)
    }

    /// Four answers about turning up each week, which the reading does not take for
    /// consistency, and three about other things.
    static let small = tutor([
        ("build-trust", ["e5"], [], "turn up every single week at the same hour"),
        ("build-trust", ["e5"], [], "turn up each week, same hour, no excuses"),
        ("build-trust", ["e5"], [], "you turn up when you said you would, week after week"),
        ("build-trust", ["e5"], [], "the same hour each week, rain or shine"),
        ("build-trust", [], ["m1"], "make them feel guilty about the bottle, that keeps them honest"),
        ("build-trust", [], ["m1"], "a bit of shame keeps people honest about the kids"),
        ("build-trust", [], [], "no clue honestly"),
    ])

    func inConversation(_ tutor: Tutor, _ id: String, _ answer: String) -> Grade? {
        tutor.gradeInContext(tutor.question(id)!, tutor.analyzer.analyze(answer), cloze: nil)
    }

    @Test func anAnswerLikeTheGradedOnesTakesTheirIdea() throws {
        let tutor = Self.small
        let answer = "turn up every week at the same hour"
        // The reading alone finds nothing in it…
        let alone = try #require(tutor.grade(questionID: "build-trust", answer: answer))
        #expect(alone.covered.isEmpty && alone.misconceptions.isEmpty && alone.verdict == .incorrect, "\(alone)")
        // …and in the conversation it is consistency, as the answers like it are.
        let graded = try #require(inConversation(tutor, "build-trust", answer))
        #expect(graded.covered == ["e5"] && graded.misconceptions.isEmpty && graded.verdict == .partial, "\(graded)")
    }

    /// A shared rare word that the graded answers do not tie to the idea credits nothing:
    /// "honest" comes only in two beliefs in shame, which is not what makes them beliefs in shame.
    @Test func aSharedWordThatSpeaksForNoIdeaCreditsNothing() throws {
        let graded = try #require(inConversation(Self.small, "build-trust", "be honest with them"))
        #expect(graded.covered.isEmpty && graded.misconceptions.isEmpty, "\(graded)")
    }

    /// An answer unlike every graded one, and an answer whose two nearest disagree, keep the
    /// reading's grade.
    @Test func farOrDisagreeingNeighboursCreditNothing() throws {
        let far = try #require(inConversation(Self.small, "build-trust", "bake them a cake"))
        #expect(far.covered.isEmpty && far.misconceptions.isEmpty && far.verdict == .incorrect, "\(far)")
        let split = Self.tutor([
            ("build-trust", ["e5"], [], "turn up every week at the same hour"),
            ("build-trust", [], ["m1"], "turn up every week at the same hour and shame them"),
            ("build-trust", ["e5"], [], "turn up every week"),
            ("build-trust", [], ["m1"], "turn up every week and shame them"),
        ])
        let graded = try #require(inConversation(split, "build-trust", "turn up every week at the same hour, ok"))
        #expect(graded.covered.isEmpty && graded.misconceptions.isEmpty, "\(graded)")
    }

    /// An answer in which the reading finds an idea keeps the reading's grade: the exemplars
    /// only stand in where it finds nothing. And a don't-know stays one.
    @Test func theReadingsOwnGradeStands() throws {
        let tutor = Self.small
        let found = try #require(inConversation(tutor, "build-trust", "listen without judging them"))
        let alone = try #require(tutor.grade(questionID: "build-trust", answer: "listen without judging them"))
        #expect(
            found.covered == alone.covered && found.misconceptions == alone.misconceptions && !found.covered.isEmpty)
        let unsure = try #require(inConversation(tutor, "build-trust", "no clue honestly"))
        #expect(unsure.verdict == .dontKnow, "\(unsure)")
    }

    /// The shipped graded answers, in a session: a short answer in a learner's words that the
    /// reading misses is credited in conversation, never by `tutor grade`.
    @Test func theShippedAnswersCreditAParaphraseInASession() throws {
        let tutor = Fixtures.tutor
        let answer = "show up when you said you would"
        let alone = try #require(tutor.grade(questionID: "build-trust", answer: answer))
        #expect(alone.covered.isEmpty && alone.verdict == .incorrect, "\(alone)")
        var s = DialogueSession.opened("trust", expecting: "build-trust")
        let r = s.say(answer)
        #expect(r.grade?.covered == ["e5"], "\(r.moves)")
        #expect(r.grade?.misconceptions == [], "\(r.moves)")
        let honest = try #require(inConversation(tutor, "build-trust", "be honest"))
        #expect(honest.misconceptions.isEmpty, "\(honest)")
        // "He just shows up" to the court-ordered client who attends but barely talks: he
        // complies without being engaged, as the graded answers like it say.
        let attends = try #require(inConversation(tutor, "court-order-compliance", "he just shows up"))
        #expect(attends.covered == ["e1"] && attends.misconceptions.isEmpty, "\(attends)")
        // A vague line whose words only go with a belief in the graded answers is not the belief.
        let judge = try #require(inConversation(tutor, "court-order-compliance", "the judge decides"))
        #expect(judge.misconceptions.isEmpty, "\(judge)")
    }

    /// A cached index whose lists disagree is refused (and the grader reads on without it).
    @Test func aDamagedIndexIsRefused() throws {
        var e = try #require(Self.small.exemplars.value["build-trust"])
        #expect(throws: Never.self) { try Grader.checkExemplars(["build-trust": e]) }
        e.norms.removeLast()
        #expect(throws: (any Error).self) { try Grader.checkExemplars(["build-trust": e]) }
        var f = try #require(Self.small.exemplars.value["build-trust"])
        f.labelOf[0] = 99
        #expect(throws: (any Error).self) { try Grader.checkExemplars(["build-trust": f]) }
    }

    /// `graded-answers.tsv` learns from development answers only: no answer a learner types in
    /// a test set is in it, so a test set's session figure is a figure on answers the tutor never
    /// saw (`Tests/Data/gather_graded_answers.py` gathers them).
    @Test func theGradedAnswersHoldNoTestAnswer() throws {
        let rows = Fixtures.tsv("Knowledge/graded-answers.tsv")
        let answers = Set(rows.compactMap { $0.fields.count == 4 ? $0.fields[3].lowercased() : nil })
        #expect(answers.count > 9000)
        func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces).lowercased() }
        var leaked: [String] = []
        var seen = 0
        for folder in ["Tests/Data/", "Tests/Data/beyond-prior/"] {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: Fixtures.root.appendingPathComponent(folder).path
            ).filter { ($0.hasPrefix("holdout") || $0.hasPrefix("heldout")) && $0.hasSuffix(".tsv") }
            for name in names.sorted() {
                for row in Fixtures.tsv(folder + name) {
                    let f = row.fields
                    let text: String? =
                        name.contains("answers") && f.count == 5
                        ? f[4] : name.contains("dialogue") && f.count == 4 && f[1] == "answer" ? f[3] : nil
                    guard let text else { continue }
                    seen += 1
                    if answers.contains(clean(text)) { leaked.append("\(folder)\(name):\(row.line)") }
                }
            }
        }
        #expect(leaked.isEmpty, "test answers in the graded answers: \(leaked.prefix(5))")
        #expect(seen > 5000)
    }
}
