import Foundation
import Testing

@testable import TutorCore

/// Exam practice (issue 8): the item bank, seeded shuffles, answers by letter or in words,
/// asking again when words are ambiguous, and mastery with a four-option guess rate.
@Suite struct ExamTests {
    let kb = Fixtures.kb
    static let letters = ["A", "B", "C", "D"]
    static let seeds: [UInt64] = [0, 1, 3, 7, 42, 2026, 987_654_321]

    // MARK: The bank

    @Test func everyExamItemChecks() {
        #expect(kb.examItems.count >= 40)
        #expect(Set(kb.examItems.map(\.id)).count == kb.examItems.count, "duplicate item ids")
        for item in kb.examItems {
            #expect(!item.stem.trimmingCharacters(in: .whitespaces).isEmpty, "\(item.id): empty stem")
            #expect(item.options.count == 4, "\(item.id): \(item.options.count) options")
            #expect((0..<item.options.count).contains(item.key), "\(item.id): key \(item.key)")
            let texts = item.options.map { $0.text.lowercased().trimmingCharacters(in: .whitespaces) }
            #expect(Set(texts).count == texts.count, "\(item.id): options not distinct")
            #expect(texts.allSatisfy { !$0.isEmpty }, "\(item.id): an empty option")
            for option in item.options {
                #expect(option.explanation.count >= 20, "\(item.id): '\(option.text)' has no real explanation")
            }
            #expect(!item.concepts.isEmpty, "\(item.id): no concept tags")
            for c in item.concepts { #expect(kb.concept(c) != nil, "\(item.id): unknown concept '\(c)'") }
            #expect(!item.sources.isEmpty, "\(item.id): no source")
            for s in item.sources { #expect(kb.source(s) != nil, "\(item.id): unknown source '\(s)'") }
        }
    }

    @Test func everyConceptGroupHasAtLeastThreeItems() {
        for group in kb.groups {
            let inGroup = Set(kb.concepts.filter { $0.group == group.id }.map(\.id))
            guard !inGroup.isEmpty else { continue }  // a group declared before its concepts are written
            let items = kb.examItems.filter { $0.concepts.contains(where: inGroup.contains) }
            #expect(items.count >= 3, "\(group.id) has \(items.count) items")
        }
    }

    @Test(
        "the spec's five items are present with their keys",
        arguments: [
            ("exam-retention-factor", "D", "the therapeutic alliance"),
            ("exam-alliance-essence", "D", "a collaborative relationship between therapist and client"),
            ("exam-engagement-technique", "B", "developing a therapeutic alliance"),
            ("exam-success-factor", "C", "the therapeutic alliance"),
            ("exam-alliance-definition", "B", "the collaborative relationship between a therapist and a client"),
        ])
    func specItem(_ id: String, _ key: String, _ keyText: String) throws {
        let item = try #require(kb.examItems.first { $0.id == id })
        #expect(Self.letters[item.key] == key)
        #expect(item.options[item.key].text.lowercased() == keyText)
    }

    // MARK: Shuffling

    /// Starts a set over the whole bank and answers every item with `answer(item, order)`.
    static func runWholeBank(
        seed: UInt64, answer: (ExamItem, [Int]) -> String, check: (ExamItem, [Int], TurnResult) -> Void
    ) -> (state: TutorState, opening: String) {
        let tutor = Fixtures.tutor
        var state = TutorState(seed: seed)
        let opening = tutor.startExam(count: tutor.kb.examItems.count, state: &state)
        var turns = 0
        while let exam = state.exam, let id = exam.current, turns < 200 {
            turns += 1
            let item = tutor.kb.examItems.first { $0.id == id }!
            let order = exam.orders[id]!
            let r = tutor.respond(to: answer(item, order), state: &state, now: "2026-01-01T00:00:00Z")
            check(item, order, r)
        }
        return (state, opening)
    }

    @Test("answering with the key's letter after the shuffle is always correct", arguments: seeds)
    func keyLetterIsCorrectAfterShuffle(_ seed: UInt64) {
        var answered = 0
        let (state, _) = Self.runWholeBank(
            seed: seed,
            answer: { item, order in Self.letters[order.firstIndex(of: item.key)!] },
            check: { item, order, r in
                answered += 1
                let letter = Self.letters[order.firstIndex(of: item.key)!]
                #expect(r.grade?.verdict == .correct, "\(item.id) seed \(seed)")
                #expect(r.reply.hasPrefix("Correct: \(letter)) \(item.options[item.key].text)."), "\(item.id)")
                #expect(r.examChoice == letter)
                #expect(r.examOption == item.options[item.key].text)
            })
        #expect(answered == Fixtures.kb.examItems.count)
        #expect(state.exam == nil)
        #expect(state.examHistory.missed.isEmpty)
    }

    @Test("an item's options are shown in its shuffled order", arguments: seeds.prefix(3))
    func optionsShownInShuffledOrder(_ seed: UInt64) {
        var state = TutorState(seed: seed)
        let opening = Fixtures.tutor.startExam(count: 3, state: &state)
        let exam = state.exam!
        let item = kb.examItems.first { $0.id == exam.current }!
        let order = exam.orders[item.id]!
        #expect(order.sorted() == [0, 1, 2, 3])
        let expected = order.enumerated().map { "  \(Self.letters[$0.offset])) \(item.options[$0.element].text)" }
        #expect(opening.hasSuffix("Item 1 of 3: \(item.stem)\n" + expected.joined(separator: "\n")))
    }

    @Test func shufflesDependOnTheSeed() {
        var orders: Set<[Int]> = []
        for seed in UInt64(0)..<10 {
            var state = TutorState(seed: seed)
            _ = Fixtures.tutor.startExam(count: 1, concepts: ["insurance-coverage"], state: &state)
            orders.insert(state.exam!.orders[state.exam!.current!]!)
        }
        #expect(orders.count > 1, "ten seeds shuffled the options the same way")
    }

    @Test func theSameSeedGivesTheSameSet() {
        var a = TutorState(seed: 9)
        var b = TutorState(seed: 9)
        #expect(Fixtures.tutor.startExam(count: 10, state: &a) == Fixtures.tutor.startExam(count: 10, state: &b))
        #expect(a.exam == b.exam)
    }

    // MARK: Answers

    @Test func aWrongLetterExplainsBothOptionsAndTheItemComesBackLater() {
        let tutor = Fixtures.tutor
        var state = TutorState(seed: 3)
        _ = tutor.startExam(count: 6, state: &state)
        let id = state.exam!.current!
        let item = kb.examItems.first { $0.id == id }!
        let order = state.exam!.orders[id]!
        let wrongPosition = order.firstIndex { $0 != item.key }!
        let keyPosition = order.firstIndex(of: item.key)!
        let r = tutor.respond(to: Self.letters[wrongPosition].lowercased(), state: &state, now: "t")
        let wrong = item.options[order[wrongPosition]]
        #expect(r.grade?.verdict == .incorrect)
        #expect(
            r.reply.hasPrefix(
                "Not this one. You chose \(Self.letters[wrongPosition])) \(wrong.text): \(wrong.explanation)"))
        #expect(
            r.reply.contains(
                "\nThe answer is \(Self.letters[keyPosition])) \(item.options[item.key].text): \(item.options[item.key].explanation)"
            ))
        #expect(state.exam?.queue[4] == id, "a missed item is queued again after three others")
        #expect(state.exam?.queue.count == 7)
        #expect(state.exam?.total == 6, "the announced total does not grow")
        #expect(state.examHistory.missed == [id])
    }

    @Test("answering with an option's words chooses that option", arguments: seeds.prefix(2))
    func answerInWords(_ seed: UInt64) {
        var failures: [String] = []
        for item in kb.examItems {
            for (index, option) in item.options.enumerated() {
                var state = TutorState(seed: seed)
                _ = Fixtures.tutor.startExam(count: 1, state: &state)
                // put this item up, shuffled by the seed
                state.exam = ExamSession(queue: [item.id], size: 1)
                _ = Fixtures.tutor.showItem(&state)
                let r = Fixtures.tutor.respond(to: option.text, state: &state, now: "t")
                if r.examOption != option.text {
                    failures.append("\(item.id) option \(index) '\(option.text)': \(r.reply.prefix(120))")
                }
                #expect(r.grade?.verdict == (r.examOption == nil ? nil : (index == item.key ? .correct : .incorrect)))
            }
        }
        #expect(
            failures.isEmpty,
            "\(failures.count) options not chosen by their own words:\n\(failures.joined(separator: "\n"))")
    }

    @Test func aParaphraseOfTheKeyChoosesIt() {
        var state = TutorState(seed: 1)
        _ = Fixtures.tutor.startExam(count: 1, state: &state)
        state.exam = ExamSession(queue: ["exam-alliance-definition"], size: 1)
        _ = Fixtures.tutor.showItem(&state)
        let r = Fixtures.tutor.respond(to: "I think it's the collaborative relationship", state: &state, now: "t")
        #expect(r.grade?.verdict == .correct)
    }

    @Test func anAmbiguousAnswerAsksAgainAndALetterThenResolvesIt() throws {
        let tutor = Fixtures.tutor
        var state = TutorState(seed: 1)
        _ = tutor.startExam(count: 1, state: &state)
        state.exam = ExamSession(queue: ["exam-alliance-definition"], size: 1)
        _ = tutor.showItem(&state)
        let item = kb.examItems.first { $0.id == "exam-alliance-definition" }!
        let order = state.exam!.orders[item.id]!
        // "therapists" is in two options: the collaborative relationship (B) and the code of ethics (D)
        let r = tutor.respond(to: "the one about therapists", state: &state, now: "t")
        #expect(r.reply.hasPrefix("Which do you mean: "))
        #expect(r.reply.hasSuffix("? Answer with a letter."))
        #expect(r.reply.contains(item.options[1].text) && r.reply.contains(item.options[3].text))
        #expect(r.grade == nil)
        let pending = try #require(state.exam?.pendingChoice)
        #expect(Set(pending.map { order[$0] }) == [1, 3])
        #expect(state.exam?.index == 0, "nothing was answered yet")
        let keyLetter = Self.letters[order.firstIndex(of: item.key)!]
        let resolved = tutor.respond(to: keyLetter, state: &state, now: "t")
        #expect(resolved.grade?.verdict == .correct)
    }

    @Test func wordsThatMatchNoOptionAskForALetter() {
        var state = TutorState(seed: 1)
        _ = Fixtures.tutor.startExam(count: 1, state: &state)
        let r = Fixtures.tutor.respond(to: "bananas", state: &state, now: "t")
        #expect(r.reply == "Which letter do you mean? (A, B, C or D)")
        #expect(r.grade == nil)
        #expect(state.exam?.index == 0)
    }

    @Test func lettersWithFillerWordsAreUnderstood() {
        for phrase in ["I think it's B", "b", "B.", "my answer is b", "option B"] {
            var state = TutorState(seed: 1)
            _ = Fixtures.tutor.startExam(count: 1, state: &state)
            let r = Fixtures.tutor.respond(to: phrase, state: &state, now: "t")
            #expect(r.examChoice == "B", "\(phrase)")
        }
    }

    @Test func whyAfterAnItemExplainsEveryOption() {
        let tutor = Fixtures.tutor
        var state = TutorState(seed: 1)
        _ = tutor.startExam(count: 2, state: &state)
        let id = state.exam!.current!
        let item = kb.examItems.first { $0.id == id }!
        _ = tutor.respond(to: "A", state: &state, now: "t")
        let r = tutor.respond(to: "why?", state: &state, now: "t")
        #expect(r.reply.hasPrefix("Every option of: \(item.stem)"))
        for option in item.options { #expect(r.reply.contains(option.explanation)) }
        #expect(r.reply.contains("(the answer)"))
    }

    @Test func stopEndsTheSetWithTheScore() {
        var state = TutorState(seed: 1)
        _ = Fixtures.tutor.startExam(count: 5, state: &state)
        let r = Fixtures.tutor.respond(to: "stop", state: &state, now: "t")
        #expect(r.reply.hasPrefix("Stopping here. Exam practice done: 0 of 0 right on the first try."))
        #expect(state.exam == nil)
    }

    @Test func theSummaryGivesTheScoreAndABreakdownAndWhatToStudy() {
        var first = true
        var summaries: [String] = []
        let (_, _) = Self.runWholeBank(
            seed: 4,
            answer: { item, order in
                // the first item wrong, the rest right
                defer { first = false }
                let key = order.firstIndex(of: item.key)!
                return Self.letters[first ? (key + 1) % 4 : key]
            },
            check: { _, _, r in
                if r.reply.contains("Exam practice done:") { summaries.append(r.reply) }
            })
        let n = Fixtures.kb.examItems.count
        #expect(summaries.count == 1, "the set ends with one summary")
        #expect(summaries.first?.contains("Exam practice done: \(n - 1) of \(n) right on the first try.") == true)
        #expect(summaries.first?.contains("Study next: ") == true)
    }

    @Test func theExamCommandStartsASetOfTheAskedSize() {
        var state = TutorState(seed: 1)
        let r = Fixtures.tutor.respond(to: ":exam 3", state: &state, now: "t")
        #expect(r.reply.hasPrefix("Exam practice: 3 items."))
        #expect(r.reply.contains("Item 1 of 3: "))
        #expect(state.exam?.size == 3)
    }

    @Test func conceptsRestrictTheSet() {
        var state = TutorState(seed: 1)
        _ = Fixtures.tutor.startExam(count: 40, concepts: ["court-orders"], state: &state)
        let queue = state.exam!.queue
        #expect(!queue.isEmpty)
        for id in queue {
            #expect(kb.examItems.first { $0.id == id }!.concepts.contains("court-orders"))
        }
    }

    // MARK: Mastery

    @Test func aRightExamAnswerMovesMasteryLessThanAFullFreeTextAnswer() {
        let tutor = Fixtures.tutor
        var exam = TutorState(seed: 1)
        _ = tutor.startExam(count: 1, state: &exam)
        exam.exam = ExamSession(queue: ["exam-alliance-definition"], size: 1)
        _ = tutor.showItem(&exam)
        let item = kb.examItems.first { $0.id == "exam-alliance-definition" }!
        let letter = Self.letters[exam.exam!.orders[item.id]!.firstIndex(of: item.key)!]
        let byExam = tutor.respond(to: letter, state: &exam, now: "t").masteryChanges.first {
            $0.concept == "therapeutic-alliance"
        }

        var chat = DialogueSession()
        chat.say(":quiz therapeutic alliance")
        #expect(chat.state.open?.id == "alliance-definition")
        let byAnswer = chat.say(
            "a collaborative partnership between counselor and client built on mutual trust and respect, where both agree on the goals"
        )
        .masteryChanges.first
        let e = try! #require(byExam)
        let a = try! #require(byAnswer)
        #expect(e.before == a.before)
        #expect(e.after > e.before)
        #expect(e.after < a.after)
        // As the log has it, which the live state keeps too.
        #expect(
            e.after
                == SessionRecorder.asLogged(
                    tutor.tracer.update("therapeutic-alliance", from: e.before, correct: true, guess: 0.25)))
    }

    @Test func everyTaggedConceptIsUpdated() {
        let tutor = Fixtures.tutor
        var state = TutorState(seed: 1)
        _ = tutor.startExam(count: 1, state: &state)
        let id = state.exam!.current!
        let item = kb.examItems.first { $0.id == id }!
        let r = tutor.respond(to: "A", state: &state, now: "t")
        #expect(Set(r.masteryChanges.map(\.concept)) == Set(item.concepts))
    }

    // MARK: The validator

    static func loadWithExamFile(_ edit: (String) -> String, item: String = "exam-retention-factor") -> [String] {
        var files = Fixtures.files(in: Fixtures.knowledgeDir)
        let i = files.firstIndex { $0.path == "exam/\(item).yaml" }!
        files[i] = SourceFile(path: files[i].path, contents: edit(files[i].contents))
        do {
            _ = try KnowledgeLoader.load(root: "K", files: files)
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func theValidatorRejectsAKeyThatIsNotOneLetter() {
        let errors = Self.loadWithExamFile { $0.replacingOccurrences(of: "key: D", with: "key: D, A") }
        #expect(
            errors.contains {
                $0.contains("exam-retention-factor.yaml:")
                    && $0.hasSuffix("error: 'key' must be one of A, B, C or D, found 'D, A'")
            }, "\(errors)")
    }

    @Test func theValidatorRejectsDuplicateOptions() {
        let errors = Self.loadWithExamFile {
            $0.replacingOccurrences(of: "text: a court order", with: "text: A convenient program location")
        }
        #expect(errors.contains { $0.hasSuffix("error: the options of an exam item must be distinct") }, "\(errors)")
    }

    @Test func theValidatorRejectsThreeOptions() {
        let errors = Self.loadWithExamFile { text in
            var lines = text.components(separatedBy: "\n")
            let start = lines.firstIndex { $0.contains("text: a court order") }!
            lines.removeSubrange(start...(start + 1))
            return lines.joined(separator: "\n")
        }
        #expect(
            errors.contains { $0.hasSuffix("error: an exam item needs exactly four options, found 3") }, "\(errors)")
    }

    @Test func theValidatorRejectsAnOptionWithoutAnExplanation() {
        let errors = Self.loadWithExamFile { text in
            var lines = text.components(separatedBy: "\n")
            let start = lines.firstIndex { $0.contains("text: a court order") }!
            lines.remove(at: start + 1)
            return lines.joined(separator: "\n")
        }
        #expect(errors.contains { $0.contains("exam-retention-factor.yaml:") && $0.contains("why") }, "\(errors)")
    }

    @Test func theValidatorRejectsAnUnknownConceptTag() {
        let errors = Self.loadWithExamFile { $0.replacingOccurrences(of: "court-orders]", with: "court-order]") }
        #expect(
            errors.contains { $0.contains("exam-retention-factor.yaml:") && $0.contains("'court-order'") }, "\(errors)")
    }
}
