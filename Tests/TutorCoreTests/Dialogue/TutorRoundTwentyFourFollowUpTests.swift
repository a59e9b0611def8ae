import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 24): one or a few of the topic asked for by
/// a noun for a case, a count of "them" or "one" a person would say; the words of a real case
/// that name no topic; whether a shorter version of the topic exists; the topic's opposite
/// kind; the topic by a pronoun weighed against one concept named; "what works better than
/// that instead" after a harmful practice.
@Suite struct TutorRoundTwentyFourFollowUpTests {
    typealias Case = FollowUpContextTests.Case

    /// Right after an answer, a case asked for by its kind is an example of the topic.
    @Test(arguments: [
        Case("what is empathy", "give me a real one", .example, "empathy"),
        Case("what is a rupture", "can you give me a concrete scenario", .example, "alliance-rupture-repair"),
        Case("what is sympathy", "give me a couple of those", .example, "sympathy"),
        Case("what are open ended questions", "give me two of them", .example, "open-ended-questions"),
        Case("what is change talk", "gimme one my client could say", .example, "change-talk"),
        Case(
            "what is unconditional positive regard", "give me one a counselor would say", .example,
            "unconditional-positive-regard"),
        Case("what is trust", "give me a typical case", .example, "trust"),
        Case(
            "what is motivational interviewing", "show me a realistic case where the client is stuck", .example,
            "motivational-interviewing"),
    ])
    func aCaseAskedForByItsKind(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// The tutor's own questions are still asked for in their words.
    @Test func aQuestionOrAHarderOneIsNoCase() {
        #expect(readFollowUp(Case("what is empathy", "give me a hard one", .harder, "empathy"))?.intent == .harder)
        #expect(readFollowUp(Case("what is empathy", "give me a question", .quiz, "empathy"))?.intent == .quiz)
        #expect(
            readFollowUp(Case("what is empathy", "can you give me a shorter version", .simpler, "empathy"))?.intent
                == .simpler)
    }

    /// "With a real client" says where the example comes from; it names no topic.
    @Test(arguments: [
        Case("what is empathy", "example of it with a real client", .example, "empathy"),
        Case("what is active listening", "an example of that w/ a real client please", .example, "active-listening"),
        Case("what is immediacy", "show me an example with an actual client", .example, "immediacy"),
        Case("what does collaboration mean", "an example w/ a real client?", .example, "collaboration"),
    ])
    func theWordsOfARealCaseNameNoTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// Whether a shorter version of an instrument exists asks what it is.
    @Test(arguments: [
        Case(
            "what is the working alliance inventory", "is there a short version of it", .define,
            "working-alliance-inventory"),
        Case("whats the WAI", "does it have a shorter version", .define, "working-alliance-inventory"),
        Case(
            "explain the working alliance inventory", "so is there a shorter version", .define,
            "working-alliance-inventory"),
    ])
    func whetherAShorterVersionExists(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "The closed kind" after open-ended questions is the topic's own other kind.
    @Test(arguments: [
        Case(
            "what are open-ended questions", "and the closed kind, how do they differ", .compare, "open-ended-questions"
        ),
        Case("what are open ended questions", "what about closed ones", .define, "open-ended-questions"),
        Case("what is the early alliance", "and the late kind?", .explain, "early-alliance"),
    ])
    func theOppositeKindOfTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts == [c.concept])
    }

    /// The topic by a pronoun, weighed against one concept named: the two compared.
    @Test(arguments: [
        (
            "what is patient compliance", "and sticking to the medication, is it the same thing",
            ["patient-compliance", "medication-adherence"]
        ),
        (
            "why is insurance coverage secondary", "so does the alliance trump it?",
            ["insurance-coverage", "therapeutic-alliance"]
        ),
        (
            "what is the doctor patient bond", "so the alliance beats that?",
            ["doctor-patient-bond", "therapeutic-alliance"]
        ),
        ("what is sympathy", "how does it stack up against empathy", ["sympathy", "empathy"]),
    ])
    func thePronounWeighedAgainstANamed(_ context: String, _ line: String, _ sides: [String]) {
        let m = readFollowUp(Case(context, line, .compare, sides[0]))
        #expect(m?.intent == .compare)
        #expect(Set(m?.concepts ?? []) == Set(sides))
    }

    /// A setting after "the same" weighs nothing: whether the topic holds there.
    @Test func theSameInASettingWeighsNothing() {
        let m = readFollowUp(Case("what is empathy", "does it work the same with teens", .explain, "empathy"))
        #expect(m?.intent == .explain)
        #expect(m?.concepts.first == "empathy")
    }

    /// "What works better than that instead" asks what to do in the practice's place.
    @Test(arguments: [
        Case(
            "why is harsh confrontation harmful", "what works better than that instead", .howTo,
            "motivational-interviewing"),
        Case(
            "what are guilt and shame tactics", "what works better than this instead?", .howTo,
            "motivational-interviewing"),
    ])
    func whatWorksBetterInstead(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }
}
