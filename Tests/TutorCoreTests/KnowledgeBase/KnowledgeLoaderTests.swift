import Testing

@testable import TutorCore

/// A small, valid knowledge folder in memory; each test breaks one thing in it.
private struct MiniKB {
    var files: [String: String] = [
        "sources.yaml": """
        - id: seed-000
          title: A seed
          file: 000.txt
        """,
        "groups.yaml": """
        - id: relationship
          name: The relationship itself
        """,
        "intents.yaml": """
        - intent: define
          cues:
            - what is
            - {cue: define, weight: 3}
        """,
        "lexicon.yaml": """
        stopwords: [what, is, the]
        negations: [not]
        """,
        "concepts/trust.yaml": """
        id: trust
        name: Trust
        group: relationship
        sources: [seed-000]
        terms: [trust]
        definition: Confidence that the counselor cares.
        why: Clients open up.
        how: [Listen.]
        examples:
          - text: A client opens up.
        related:
          - concept: empathy
            relation: Empathy builds it.
        misconceptions:
          - wrong: It is instant.
            right: It takes time.
        questions:
          - id: q1
            text: Why does trust matter?
            expectations:
              - id: e1
                text: Clients open up.
                phrasings: [open up]
          - id: q2
            text: How is trust built?
            expectations:
              - id: e1
                text: Over time.
                phrasings: [over time]
        """,
        "concepts/empathy.yaml": """
        id: empathy
        name: Empathy
        group: relationship
        sources: [seed-000]
        terms: [empathy]
        definition: Understanding.
        why: Clients feel valued.
        how: [Show care.]
        examples: [A counselor reflects a feeling.]
        related:
          - concept: trust
            relation: It deepens trust.
        misconceptions: []
        questions:
          - id: q3
            text: What is empathy?
            expectations:
              - id: e1
                text: Understanding.
                phrasings: [understand]
          - id: q4
            text: Why empathy?
            expectations:
              - id: e1
                text: Valued.
                phrasings: [valued]
        """,
    ]

    func load() throws -> KnowledgeBase {
        try KnowledgeLoader.load(
            root: "K", files: files.map { SourceFile(path: $0.key, contents: $0.value) }, checkSpec: false
        ).0
    }

    /// The diagnostics the loader prints, one a line.
    func errors() -> [String] {
        do {
            _ = try load()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    func with(_ path: String, replacing old: String, by new: String) -> MiniKB {
        var copy = self
        precondition(copy.files[path]!.contains(old), "fixture text not found: \(old)")
        copy.files[path] = copy.files[path]!.replacingOccurrences(of: old, with: new)
        return copy
    }
}

@Suite struct KnowledgeLoaderTests {
    @Test func loadsAValidFolder() throws {
        let kb = try MiniKB().load()
        #expect(kb.concepts.map(\.id).sorted() == ["empathy", "trust"])
        #expect(kb.question("q2")?.needed == 1)
        #expect(kb.intentCues.count == 2)
    }

    @Test(arguments: [
        (
            "concepts/trust.yaml", "    relation: Empathy builds it.",
            "    relation: Empathy builds it.\n  - concept: empathyy\n    relation: x",
            ["K/concepts/trust.yaml:14:14: error: unknown related concept 'empathyy'; did you mean 'empathy'?"]
        ),
        (
            "concepts/trust.yaml", "group: relationship", "group: relation",
            ["K/concepts/trust.yaml:3:8: error: unknown group 'relation'; did you mean 'relationship'?"]
        ),
        (
            "concepts/trust.yaml", "sources: [seed-000]", "sources: [seed-9]",
            ["K/concepts/trust.yaml:4:11: error: unknown source 'seed-9'"]
        ),
        (
            "concepts/trust.yaml", "definition: Confidence that the counselor cares.\n", "",
            ["K/concepts/trust.yaml:1:1: error: the concept is missing the required field 'definition'"]
        ),
        (
            "concepts/trust.yaml", "terms: [trust]", "terms: [trust]\ncolour: blue",
            [
                "K/concepts/trust.yaml:6:1: error: unknown field 'colour' in the concept (expected one of: bkt, contrasts, definition, evidence, exam-answer, examples, group, how, id, misconceptions, name, other-senses, questions, related, sources, terms, why)"
            ]
        ),
        (
            "concepts/trust.yaml", "id: trust", "id: trusting",
            [
                "K/concepts/trust.yaml:1:5: error: concept id 'trusting' does not match its file name (expected concepts/trusting.yaml)"
            ]
        ),
        (
            "concepts/empathy.yaml", "  - id: q3", "  - id: q1",
            ["K/concepts/trust.yaml:18:9: error: duplicate question id 'q1' (also in K/concepts/empathy.yaml)"]
        ),
        (
            // A repeated group id is reported, not a crash when concepts are put in order.
            "groups.yaml", "  name: The relationship itself",
            "  name: The relationship itself\n- id: relationship\n  name: Again",
            ["K/groups.yaml:3:7: error: duplicate group id 'relationship'"]
        ),
        (
            "sources.yaml", "  file: 000.txt", "  file: 000.txt\n- id: seed-000\n  title: Again\n  file: 000.txt",
            ["K/sources.yaml:4:7: error: duplicate source id 'seed-000'"]
        ),
        (
            "concepts/trust.yaml", "how: [Listen.]", "how: [Listen: now]",
            [
                "K/concepts/trust.yaml:8:7: error: expected an item of 'how' to be text; a ': ' inside text needs the text in quotes"
            ]
        ),
        (
            "concepts/trust.yaml", "definition: Confidence that the counselor cares.", "definition: [unclosed",
            [
                "K/concepts/trust.yaml:6:13: error: the list in brackets that starts here ('[a, b]') has no closing ']', or an item in it needs quotes (one with ', ' or ': ' inside)"
            ]
        ),
        (
            "intents.yaml", "- intent: define", "- intent: defining",
            [
                "K/intents.yaml:1:11: error: unknown intent 'defining' (expected one of: define, explain, how-to, compare, example, quiz, hint, progress, topics, help, greeting, thanks, out-of-scope, more, simpler, harder, easier, goodbye, feelings, study-advice)"
            ]
        ),
        (
            "intents.yaml", "weight: 3", "weight: lots",
            ["K/intents.yaml:4:29: error: expected 'weight' to be a number, found 'lots'"]
        ),
        (
            "concepts/trust.yaml", "        phrasings: [over time]",
            "        phrasings: [over time]\n    samples:\n      - answer: it takes time\n        covered: [e9]\n        verdict: right",
            [
                "K/concepts/trust.yaml:32:18: error: sample answer covers unknown expectation 'e9'",
                "K/concepts/trust.yaml:33:18: error: unknown verdict 'right' (expected one of: correct, partial, misconception, incorrect, dont-know)",
            ]
        ),
    ])
    func reportsEachProblemWithItsLocation(file: String, old: String, new: String, expected: [String]) {
        #expect(MiniKB().with(file, replacing: old, by: new).errors() == expected)
    }

    @Test func aSituationNamesAConceptOfTheKnowledgeBase() {
        let kb = MiniKB().with(
            "lexicon.yaml", replacing: "negations: [not]",
            by: "negations: [not]\nsituations:\n  - concept: rapport\n    when: [\"gift\", \"client\"]")
        #expect(kb.errors() == ["K/lexicon.yaml:4:14: error: unknown concept 'rapport'"])
    }

    @Test func reportsAMissingRequiredFile() {
        var kb = MiniKB()
        kb.files["lexicon.yaml"] = nil
        #expect(kb.errors() == ["K/lexicon.yaml:1:1: error: required file is missing"])
    }

    @Test func aQuestionNeedsNoMoreExpectationsThanItHas() {
        let kb = MiniKB().with(
            "concepts/trust.yaml", replacing: "text: How is trust built?",
            by: "text: How is trust built?\n    needed: 3")
        #expect(
            kb.errors() == [
                "K/concepts/trust.yaml:26:13: error: 'needed' must be a whole number from 1 to 1, found 3.0"
            ])
    }

    @Test func checksTheSpecificationsIDs() {
        do {
            _ = try KnowledgeLoader.load(
                root: "K", files: MiniKB().files.map { SourceFile(path: $0.key, contents: $0.value) }, checkSpec: true)
            Issue.record("a folder without the specification's concepts must not load")
        } catch let error as DiagnosticsError {
            let lines = error.diagnostics.map(\.description)
            #expect(
                lines.contains(
                    "K/concepts/therapeutic-alliance.yaml:1:1: error: the specification requires concept 'therapeutic-alliance' (group 'relationship'), which is missing"
                ))
            #expect(
                lines.contains(
                    "K/concepts:1:1: error: the specification requires question 'build-trust', which is missing"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func theShippedKnowledgeBaseIsValidAndComplete() throws {
        let (kb, warnings) = try KnowledgeLoader.load(
            root: "Knowledge", files: Fixtures.files(in: Fixtures.knowledgeDir))
        #expect(warnings.isEmpty)
        #expect(Set(kb.concepts.map(\.id)).isSuperset(of: SpecContract.allConceptIDs))
        for concept in kb.concepts {
            #expect(concept.questions.count >= 2, "\(concept.id)")
            #expect(!concept.examples.isEmpty, "\(concept.id)")
            #expect(!concept.misconceptions.isEmpty, "\(concept.id)")
            #expect(!concept.related.isEmpty, "\(concept.id)")
        }
    }
}

/// The fields that mark the exam's answer apart from what the evidence adds, question levels
/// and how published sources are cited.
@Suite struct KnowledgeV2FieldTests {
    static let published = """
        - id: seed-000
          title: A seed
          file: 000.txt
        - id: bordin-1979
          title: "Bordin, E. S. (1979). The generalizability of the psychoanalytic concept of the working alliance."
          authors: Bordin
          year: 1979
        """

    /// A contrast concept says which two ideas it sets side by side, each a word of its name;
    /// a list of one side, or a side its name does not have, is located.
    @Test func readsAndChecksTheSidesOfAContrast() throws {
        let contrast = MiniKB().with("concepts/trust.yaml", replacing: "name: Trust", by: "name: Trust versus doubt")
        let kb = try contrast.with(
            "concepts/trust.yaml", replacing: "terms: [trust]", by: "contrasts: [Trust, doubt]\nterms: [trust]"
        ).load()
        #expect(kb.concept("trust")?.contrasts == ["Trust", "doubt"])
        #expect(kb.concept("trust")?.isContrast == true)
        #expect(try MiniKB().load().concept("trust")?.isContrast == false)
        #expect(
            contrast.with("concepts/trust.yaml", replacing: "terms: [trust]", by: "contrasts: [trust]\nterms: [trust]")
                .errors() == ["K/concepts/trust.yaml:5:12: error: 'contrasts' needs the two sides, found 1"])
        #expect(
            contrast.with(
                "concepts/trust.yaml", replacing: "terms: [trust]", by: "contrasts: [trust, faith]\nterms: [trust]"
            )
            .errors() == [
                "K/concepts/trust.yaml:5:12: error: 'contrasts' side 'faith' is not a word of the concept's name"
            ])
    }

    @Test func readsExamAnswerEvidenceAndLevel() throws {
        let kb = try MiniKB()
            .with("sources.yaml", replacing: MiniKB().files["sources.yaml"]!, by: Self.published)
            .with(
                "concepts/trust.yaml", replacing: "how: [Listen.]",
                by: """
                    exam-answer: The alliance.
                    evidence:
                      - text: Goals, tasks and bond.
                        sources: [bordin-1979]
                    how: [Listen.]
                    """
            )
            .with(
                "concepts/trust.yaml", replacing: "text: How is trust built?",
                by: "text: How is trust built?\n    level: apply"
            )
            .load()
        let trust = try #require(kb.concept("trust"))
        #expect(trust.examAnswer == "The alliance.")
        #expect(trust.evidence.map(\.sources) == [["bordin-1979"]])
        #expect(kb.question("q2")?.level == .apply)
        #expect(kb.question("q1")?.level == .recall)
        #expect(kb.source("bordin-1979")?.short == "Bordin (1979)")
        #expect(kb.source("seed-000")?.short == "seed-000")
        let explained = Responder(kb: kb).explain(trust)
        #expect(explained.contains("The exam's answer: The alliance."))
        #expect(explained.contains("What the evidence adds: Goals, tasks and bond. (Sources: Bordin (1979))"))
    }

    @Test func reportsBadLevelsUnknownFindingSourcesAndUncitableSources() {
        let errors = MiniKB()
            .with(
                "sources.yaml", replacing: "  file: 000.txt",
                by: "  file: 000.txt\n- id: book\n  title: A book without a year\n  authors: Someone"
            )
            .with(
                "concepts/trust.yaml", replacing: "text: How is trust built?",
                by: "text: How is trust built?\n    level: hard"
            )
            .with(
                "concepts/trust.yaml", replacing: "how: [Listen.]",
                by: "evidence:\n  - text: A finding.\n    sources: [nowhere]\nhow: [Listen.]"
            )
            .errors()
        #expect(
            errors.contains { $0.hasPrefix("K/sources.yaml:4:3: error: a published source needs 'authors' and 'year'") }
        )
        #expect(
            errors.contains { $0.contains("error: unknown level 'hard' (expected one of: recall, apply, analyze)") })
        #expect(errors.contains { $0.contains("error: unknown source 'nowhere'") })
    }
}

/// `tutor kb check --strict`: one located error per defect that loads but breaks teaching.
@Suite struct KnowledgeLinterTests {
    static let withMisconception = """
                phrasings: [over time]
            misconceptions:
              - id: m1
                text: It is instant.
                correction: It takes time, session by session.
                phrasings: [instant, right away]
            samples:
              - answer: it is instant
                covered: []
                misconceptions: [m1]
                verdict: misconception
        """

    fileprivate func lint(_ kb: MiniKB) throws -> [String] {
        KnowledgeLinter.lint(Tutor(kb: try kb.load())).map(\.description)
    }

    fileprivate func base() -> MiniKB {
        MiniKB().with("concepts/trust.yaml", replacing: "        phrasings: [over time]", by: Self.withMisconception)
    }

    @Test func aCleanQuestionPasses() throws {
        #expect(try lint(base()) == [])
    }

    @Test func aPhrasingSharedByAnExpectationAndAMisconceptionIsLocated() throws {
        let kb = base().with("concepts/trust.yaml", replacing: "[instant, right away]", by: "[instant, over the time]")
        let got = try lint(kb)
        #expect(
            got == [
                "K/concepts/trust.yaml:34:30: error: phrasing 'over the time' of misconception m1 in 'q2' means the same as phrasing 'over time' of expectation e1: a right answer would be graded as the misconception"
            ], "\(got)")
    }

    @Test func aPhrasingOfSmallWordsOnlyIsLocated() throws {
        let kb = base().with("concepts/trust.yaml", replacing: "[instant, right away]", by: "[instant, what is the]")
        let got = try lint(kb)
        #expect(
            got == [
                "K/concepts/trust.yaml:34:30: error: phrasing 'what is the' of m1 in 'q2' has only small words (see lexicon.yaml's stopwords), so it never matches"
            ], "\(got)")
    }

    @Test func aMisconceptionWithoutCorrectionOrSampleIsLocated() throws {
        let kb = base()
            .with("concepts/trust.yaml", replacing: "        correction: It takes time, session by session.\n", by: "")
            .with(
                "concepts/trust.yaml",
                replacing: "answer: it is instant\n        covered: []\n        misconceptions: [m1]",
                by: "answer: a mystery\n        covered: []\n        misconceptions: []"
            )
            .with("concepts/trust.yaml", replacing: "verdict: misconception", by: "verdict: incorrect")
        let errors = try lint(kb)
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.allSatisfy { $0.hasPrefix("K/concepts/trust.yaml:31:9: error: misconception m1 of 'q2'") })
        #expect(errors.contains { $0.contains("has no 'correction'") })
        #expect(errors.contains { $0.contains("is shown by no sample answer") })
    }

    @Test func aSampleGradedAgainstItsLabelIsAnError() throws {
        let kb = base().with("concepts/trust.yaml", replacing: "verdict: misconception", by: "verdict: partial")
        let errors = try lint(kb)
        #expect(errors.count == 1, "\(errors)")
        #expect(
            errors.first?.hasPrefix("K/concepts/trust.yaml:36:9: error: sample answer to 'q2' is graded misconception")
                == true, "\(errors)")
    }
}

/// `phrasings.tsv`: how learners phrase their lines, read as tab-separated rows and checked
/// like every other knowledge file.
@Suite struct PhrasingsFileTests {
    fileprivate func kb(_ phrasings: String) -> MiniKB {
        var kb = MiniKB()
        kb.files["phrasings.tsv"] = phrasings
        return kb
    }

    @Test func rowsAreReadWithTheirFirstIntentAndConcept() throws {
        let loaded = try kb(
            "# a comment\n\nexplain|define\ttrust|empathy\twhats the deal with trust\n"
                + "compare\ttrust,empathy\ttrust vs empathy\ngreeting\t-\thi there \n"
        ).load()
        #expect(
            loaded.phrasings == [
                Phrasing(intent: .explain, concept: "trust", text: "whats the deal with trust"),
                Phrasing(intent: .compare, concept: nil, text: "trust vs empathy"),
                Phrasing(intent: .greeting, concept: nil, text: "hi there"),
            ])
    }

    /// A file saved with Windows line ends ("\r\n") is read row by row, as with "\n".
    @Test func windowsLineEndsSeparateRows() throws {
        let loaded = try kb("# a comment\r\ndefine\ttrust\twhat is trust\r\ngreeting\t-\thi there\r\n").load()
        #expect(
            loaded.phrasings == [
                Phrasing(intent: .define, concept: "trust", text: "what is trust"),
                Phrasing(intent: .greeting, concept: nil, text: "hi there"),
            ])
    }

    @Test func aKnowledgeFolderNeedsNoPhrasings() throws {
        #expect(try MiniKB().load().phrasings.isEmpty)
    }

    @Test func badRowsAreReportedWhereTheyAre() {
        let errors = kb(
            "define\ttrust\twhat is trust\n"
                + "define\ttrust\n"
                + "defin\ttrust\twhat is trust\n"
                + "define\ttrustt\twhat is trust\n"
                + "compare\ttrust,\ttrust vs\n"
                + "define\ttrust\t   \n"
        ).errors()
        #expect(
            errors == [
                "K/phrasings.tsv:2:1: error: a phrasing is intent<TAB>concepts<TAB>text; this line has 2 fields",
                "K/phrasings.tsv:3:1: error: unknown intent 'defin'",
                "K/phrasings.tsv:6:14: error: the phrasing has no text",
                "K/phrasings.tsv:4:8: error: unknown concept 'trustt'",
                "K/phrasings.tsv:5:9: error: an empty concept id",
            ])
    }
}

/// `words.txt`: everyday English words the spelling corrector keeps as typed.
@Suite struct WordsFileTests {
    @Test func wordsAreReadSkippingCommentsAndBlankLines() throws {
        var kb = MiniKB()
        kb.files["words.txt"] = "# everyday words\n\nquick\n  paint \r\nalley\n"
        #expect(try kb.load().lexicon.everyday == ["quick", "paint", "alley"])
    }

    @Test func aKnowledgeFolderNeedsNoWordList() throws {
        #expect(try MiniKB().load().lexicon.everyday.isEmpty)
    }

    @Test func aLineThatIsNotOneLowercaseWordIsReportedWhereItIs() {
        var kb = MiniKB()
        kb.files["words.txt"] = "quick\nice cream\n  Paint\ncafé\n"
        #expect(
            kb.errors() == [
                "K/words.txt:2:4: error: a word list line holds one word of lowercase letters a to z",
                "K/words.txt:3:3: error: a word list line holds one word of lowercase letters a to z",
                "K/words.txt:4:4: error: a word list line holds one word of lowercase letters a to z",
            ])
    }
}

/// `graded-answers.tsv`: read as tab-separated rows and checked like every other knowledge file.
@Suite struct GradedAnswersFileTests {
    fileprivate func kb(_ answers: String) -> MiniKB {
        var kb = MiniKB()
        kb.files["graded-answers.tsv"] = answers
        return kb
    }

    @Test func rowsAreReadWithTheirIdeas() throws {
        let loaded = try kb("# a comment\n\nq1\te1\t-\tthey start to talk\r\nq2\t-\t-\t no idea \n").load()
        #expect(
            loaded.gradedAnswers == [
                GradedAnswer(question: "q1", covered: ["e1"], misconceptions: [], text: "they start to talk"),
                GradedAnswer(question: "q2", covered: [], misconceptions: [], text: "no idea"),
            ])
    }

    @Test func aKnowledgeFolderNeedsNoGradedAnswers() throws {
        #expect(try MiniKB().load().gradedAnswers.isEmpty)
    }

    @Test func badRowsAreReportedWhereTheyAre() {
        let errors = kb(
            "q1\te1\t-\tthey open up\n"
                + "q1\te1\tthey open up\n"
                + "q1\te1\t-\t   \n"
                + "q9\te1\t-\tthey open up\n"
                + "q1\te1,e7\t-\tthey open up\n"
                + "q1\t-\tm1\tit is instant\n"
        ).errors()
        #expect(
            errors == [
                "K/graded-answers.tsv:2:1: error: a graded answer is question<TAB>covered<TAB>misconceptions<TAB>text; this line has 3 fields",
                "K/graded-answers.tsv:3:9: error: the answer has no text",
                "K/graded-answers.tsv:4:1: error: unknown question 'q9'",
                "K/graded-answers.tsv:5:7: error: question 'q1' has no idea 'e7'",
                "K/graded-answers.tsv:6:6: error: question 'q1' has no idea 'm1'",
            ])
    }
}
