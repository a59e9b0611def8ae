import Testing

@testable import TutorCore

@Suite struct AnalyzerTests {
    let analyzer = Fixtures.tutor.analyzer

    @Test func foldsStemsAndMapsSynonyms() {
        let tokens = analyzer.analyze("Patients LISTENED to Therapists").content.map(\.stem)
        #expect(tokens == ["client", "listen", "counselor"])
    }

    @Test func expandsContractions() {
        let words = analyzer.analyze("it doesn't build commitment, they're not sure").tokens.map(\.typed)
        #expect(words == ["it", "does", "not", "build", "commitment", "they", "are", "not", "sure"])
    }

    @Test func negationLastsToTheEndOfTheClause() {
        let a = analyzer.analyze("family pressure does not build commitment, but trust does")
        let negated = a.content.filter(\.negated).map(\.typed)
        #expect(negated == ["build", "commitment"])
    }

    @Test func negationPhrasesAndRejections() {
        let a = analyzer.analyze("reach out instead of going silent")
        #expect(a.content.filter(\.negated).map(\.typed) == ["silent"])
        let b = analyzer.analyze("confronting them breaks their denial, that's a myth")
        #expect(b.content.filter { $0.typed == "breaks" }.first?.negated == true)
    }

    @Test func anOpeningNoAnswersAndDoesNotNegate() {
        let a = analyzer.analyze("no it doesnt matter")
        #expect(a.content.first { $0.typed == "matter" }?.negated == true)
        let b = analyzer.analyze("no trust yet")
        #expect(b.content.first { $0.typed == "trust" }?.negated == true)
    }

    @Test func aNewSubjectEndsTheScopeOfANegation() {
        let a = analyzer.analyze("without that connection he will drop out")
        #expect(a.content.first { $0.typed == "connection" }?.negated == true)
        #expect(a.content.first { $0.typed == "drop" }?.negated == false)
    }

    @Test func correctsTyposAgainstTheKnowledgeBase() {
        let a = analyzer.analyze("empahty and confidentiallity")
        #expect(a.content.map(\.word) == ["empathy", "confidentiality"])
        #expect(a.content.allSatisfy { $0.corrected })
    }

    @Test func doesNotCorrectShortOrKnownWords() {
        let a = analyzer.analyze("my cat")
        #expect(a.tokens.map(\.word) == ["my", "cat"])
    }
}
