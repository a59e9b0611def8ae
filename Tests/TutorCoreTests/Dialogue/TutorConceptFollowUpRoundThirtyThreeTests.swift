import Testing

@testable import TutorCore

/// Round 33's follow-ups: a pause or an apology, then "what is it" of the topic (a definition,
/// not "I'm lost"); the other side of a contrast asked beside a topic that is one side of it
/// (the contrast); with near lines each rule must leave alone.
@Suite struct TutorConceptFollowUpRoundThirtyThreeTests {
    typealias Case = FollowUpContextTests.Case

    @Test(arguments: [
        Case("explain immediacy", "sorry, whats it again", .define, "immediacy"),
        Case(
            "what is the difference between empathy and sympathy", "wait, what's the second one again", .define,
            "sympathy"),
        Case(
            "tell me about the working alliance inventory", "sorry what does it stand for", .define,
            "working-alliance-inventory"),
        Case("why does congruence matter", "hang on, what even is it in the first place", .define, "congruence"),
    ])
    func whatTheTopicIsAfterAPause(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line): \(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
        #expect(m?.concepts.first == c.concept, "\(c.line): \(m?.concepts ?? []) \(m?.evidence ?? [])")
    }

    /// Near: lost, or asking for plainer words, stays a rephrase.
    @Test(arguments: [
        Case("what is congruence", "wait what are you asking", .simpler, "congruence"),
        Case("what is congruence", "sorry, what is it in plain words", .simpler, "congruence"),
        Case("what is congruence", "wait what?", .simpler, "congruence"),
    ])
    func lostStaysSimpler(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line): \(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
    }

    @Test(arguments: [
        Case("define patient compliance", "and commitment? is that different", .compare, "compliance-vs-commitment"),
        Case(
            "what is patient compliance", "ok and commitment, how does that compare", .compare,
            "compliance-vs-commitment"),
        Case(
            "patient compliance, what is it", "what about real commitment, is it different?", .compare,
            "compliance-vs-commitment"),
    ])
    func otherSideOfTheContrast(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line): \(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
        #expect(m?.concepts == [c.concept], "\(c.line): \(m?.concepts ?? []) \(m?.evidence ?? [])")
    }

    /// Near: a topic that only mentions a side in its name ("relapse safety net") is no side;
    /// nor is a topic with no side in its name; nor a side named after the topic's pronoun.
    @Test(arguments: [
        Case("what is the relapse safety net", "and a lapse, how is that different", .compare, "relapse-safety-net"),
        Case("what is medication adherence", "and commitment, how is that different", .compare, "medication-adherence"),
        // The topic's pronoun set against the other side: the topic stands beside the contrast.
        Case("what is patient compliance", "is it really the same as being committed?", .compare, "patient-compliance"),
    ])
    func noSideOfTheContrast(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.concepts.first == c.concept, "\(c.line): \(m?.concepts ?? []) \(m?.evidence ?? [])")
        #expect((m?.concepts.count ?? 0) >= 2, "\(c.line): \(m?.concepts ?? []) \(m?.evidence ?? [])")
    }

    /// "Together" right after the pronoun the verb acts on is how the act is done, not a
    /// relation of the topic with something else named.
    @Test(arguments: [
        Case("why do shared goals matter", "how do I set them together at the first session", .howTo, "shared-goals"),
        Case("what are shared goals", "how do we write them together in the first session", .howTo, "shared-goals"),
        Case(
            "explain informed consent", "how do you go over it together with a court ordered client", .howTo,
            "informed-consent"),
    ])
    func togetherOfTheAct(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line): \(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
        #expect(m?.concepts.first == c.concept, "\(c.line): \(m?.concepts ?? []) \(m?.evidence ?? [])")
    }

    /// Near: the pair as the subject of the relation ("do they go together") still relates.
    @Test func togetherOfThePair() {
        let m = readFollowUp(Case("what is empathy", "and active listening, do they go together", .compare, "-"))
        #expect(m?.intent == .compare, "\(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
    }

    /// The frame asked with a copula, the topic's pronoun after a preposition: the frame acts on
    /// the topic, which is what is asked.
    @Test(arguments: [
        Case(
            "what is treatment retention", "and why is the alliance such a big factor for it", .explain,
            "treatment-retention"),
        Case("what is client motivation", "why is the alliance so key to it?", .explain, "client-motivation"),
        Case(
            "explain medication adherence", "ok but why is the alliance important for it", .explain,
            "medication-adherence"),
    ])
    func frameActsOnThePronoun(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line): \(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
        #expect(m?.concepts.first == c.concept, "\(c.line): \(m?.concepts ?? []) \(m?.evidence ?? [])")
    }

    /// Near: the pronoun as the copula's subject sets the two side by side.
    @Test func pronounAsTheSubject() {
        let m = readFollowUp(Case("what is empathy", "why isn't that the alliance", .compare, "-"))
        #expect(m?.intent == .compare, "\(m?.intent.rawValue ?? "nil") \(m?.evidence ?? [])")
        #expect(m?.concepts.first == "empathy", "\(m?.concepts ?? []) \(m?.evidence ?? [])")
    }
}
