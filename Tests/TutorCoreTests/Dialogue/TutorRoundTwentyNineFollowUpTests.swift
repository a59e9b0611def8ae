import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 29): an unknown word or two opening the line
/// is set aside; one asked for to see it, or from a client, is a case; the party's version set
/// beside the topic is compared with it; thanks then "now I get it" asks for nothing; a
/// possessive is no copula; a why that opens the line outweighs a question word inside it;
/// "in place of that" asks for what replaces the topic; the other side of the topic's own
/// contrast is that contrast; "them" as a how-to's object is the topic; "how do I …" with a
/// comparison of the topic alone asks how to do it; an example with a client told for it is of
/// the topic; "square with", "line up against", "supposed to do about", "I do differently".
@Suite struct TutorRoundTwentyNineFollowUpTests {
    typealias Case = FollowUpContextTests.Case

    private func expectRead(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent, "\(c.line)")
        if c.concept == "-" {
            #expect(m?.concepts.isEmpty == true, "\(c.line): \(m?.concepts ?? [])")
        } else {
            #expect(m?.concepts.first == c.concept, "\(c.line): \(m?.concepts ?? [])")
        }
    }

    /// A word or two of another language opening the line, then the question.
    @Test(arguments: [
        Case("what are guilt and shame tactics", "Wahala, why do they push clients away?", .explain, "guilt-and-shame"),
        Case(
            "what are negative family messages", "Haibo, why do they make things worse?", .explain,
            "negative-family-messaging"),
    ])
    func anUnknownOpeningIsSetAside(_ c: Case) { expectRead(c) }

    /// A line still out of scope after its opening is set aside stays out of scope.
    @Test func theRestMustBeAQuestionOfOurs() {
        let m = readFollowUp(Case("what is trust", "Wahala, will it rain in Lagos tomorrow?", .outOfScope, "-"))
        #expect(m?.intent == .outOfScope)
    }

    /// One asked for to see it, one for each part, one from a client or from work.
    @Test func oneToSeeIt() {
        #expect(Tutor.asksForOneToSeeIt(["give", "me", "one", "so", "i", "can", "picture", "it"]))
        #expect(
            Tutor.asksForOneToSeeIt(["show", "me", "one", "please", "so", "i", "know", "what", "it", "sounds", "like"]))
        #expect(Tutor.asksForOneToSeeIt(["give", "me", "one", "for", "every", "stage"]))
        #expect(
            Tutor.asksForOneToSeeIt(["could", "you", "give", "me", "one", "maybe", "from", "a", "real", "session"]))
        #expect(!Tutor.asksForOneToSeeIt(["give", "me", "one", "so", "i", "can", "practice"]))
        #expect(!Tutor.asksForOneToSeeIt(["give", "me", "one", "on", "boundaries"]))
        #expect(!Tutor.asksForOneToSeeIt(["give", "me", "one", "more"]))
        #expect(!Tutor.asksForOneToSeeIt(["give", "me", "one", "from", "the", "exam"]))
    }

    @Test(arguments: [
        Case("what is a boundary crossing", "give me one please, so I can picture it", .example, "boundaries"),
        Case("what is sustain talk", "can you give me one, maybe from a client who drinks", .example, "change-talk"),
    ])
    func oneAfterADefinitionIsACase(_ c: Case) { expectRead(c) }

    /// The counselor's version set beside the topic is compared with it; asked alone, it is
    /// that version.
    @Test func thePartysVersionBesideTheTopic() {
        let both = readFollowUp(
            Case("define transference", "and the counselor's side of it, how are the two different?", .compare, "-"))
        #expect(both?.intent == .compare)
        #expect(both?.concepts.prefix(2).sorted() == ["countertransference", "transference"])
        expectRead(Case("define transference", "and the counselor's version?", .define, "countertransference"))
    }

    /// Thanks, then the learner saying they understand: thanks.
    @Test func understoodAfterThanks() {
        #expect(Tutor.saysItIsUnderstood(["now", "i", "understand"]))
        #expect(Tutor.saysItIsUnderstood(["i", "get", "it", "now"]))
        #expect(Tutor.saysItIsUnderstood(["ok", "it", "makes", "sense", "now"]))
        #expect(!Tutor.saysItIsUnderstood(["i", "dont", "get", "the", "second", "part"]))
        #expect(!Tutor.saysItIsUnderstood(["what", "is", "empathy"]))
        expectRead(Case("what is congruence", "gracias! now I get it", .thanks, "-"))
    }

    /// A possessive's "'s" (read as "is") is no copula; "that's" is.
    @Test func aPossessiveIsNoCopula() {
        let t = Fixtures.tutor
        let own = t.analyzer.analyze("how does the therapist's warmth affect it")
        #expect(Tutor.possessivesMasked(own.tokens.map(\.word), own).contains("_"))
        let copula = t.analyzer.analyze("so that's part of the alliance")
        #expect(!Tutor.possessivesMasked(copula.tokens.map(\.word), copula).contains("_"))
        expectRead(
            Case(
                "what is medication adherence", "how does the counselor's bond with the client affect it?", .explain,
                "medication-adherence"))
    }

    /// "Why …" with a question word inside the same clause asks why.
    @Test func whyOutweighsAQuestionWordInside() {
        expectRead(
            Case(
                "what is the stages of change", "why should I care which stage the client is in?", .explain,
                "stages-of-change"))
    }

    /// "In place of that", "in its place", "rather than that" ask what replaces the topic.
    @Test func whatGoesInItsPlace() {
        #expect(Tutor.asksWhatGoesInItsPlace(["what", "do", "i", "use", "in", "place", "of", "that"]))
        #expect(Tutor.asksWhatGoesInItsPlace(["what", "goes", "in", "its", "place"]))
        #expect(Tutor.asksWhatGoesInItsPlace(["what", "would", "you", "do", "rather", "than", "that"]))
        #expect(!Tutor.asksWhatGoesInItsPlace(["is", "it", "used", "in", "place", "of", "shaming"]))
        #expect(!Tutor.asksWhatGoesInItsPlace(["why", "was", "it", "used", "in", "the", "first", "place"]))
        expectRead(
            Case(
                "why is harsh confrontation harmful", "so what would a counselor do in place of that?", .howTo,
                "motivational-interviewing"))
    }

    /// The other side of the topic's own contrast, the topic named by its side's word alone.
    @Test func theOtherSideOfTheTopicsContrast() {
        let one = readFollowUp(
            Case("what's compliance in rehab", "and commitment, is that the same thing?", .compare, "-"))
        #expect(one?.intent == .compare)
        #expect(one?.concepts == ["compliance-vs-commitment"])
        // Named by its own full name, the topic stands beside the contrast.
        let two = readFollowUp(
            Case("what is patient compliance", "is that the same thing as commitment?", .compare, "-"))
        #expect(two?.intent == .compare)
        #expect(two?.concepts.first == "patient-compliance")
    }

    /// "Them", the object of how to do it, with a client described after it: the topic.
    @Test func themAsTheObjectOfAHowTo() {
        expectRead(
            Case(
                "what are shared goals", "how do I set them with a client who says nothing matters?", .howTo,
                "shared-goals"))
        // With nothing after the pronoun, the line asks of its own object.
        let own = readFollowUp(Case("what are Bordin's three parts", "how do you measure them", .howTo, "-"))
        #expect(own?.concepts.first != "bordin-working-alliance" || own?.concepts.count == 2)
    }

    /// "How do I …" with only the topic to compare asks how to do it.
    @Test func howDoIWithAComparisonOfOne() {
        expectRead(
            Case(
                "what's informed consent about", "How do I go about it so it isn't just a form they sign?", .howTo,
                "informed-consent"))
    }

    /// An example with a client told for it is of the topic; one of the pair just discussed
    /// stays that one.
    @Test(arguments: [
        Case(
            "what is unconditional positive regard", "an example with a client who hurt his kids", .example,
            "unconditional-positive-regard"),
        Case("transference vs countertransference", "example of the second one", .example, "countertransference"),
    ])
    func anExampleWithAClientTold(_ c: Case) { expectRead(c) }

    /// Idioms that set two things side by side, or ask what to do.
    @Test func idiomsOfComparingAndDoing() {
        let square = readFollowUp(
            Case("what is unconditional positive regard", "does it square with congruence?", .compare, "-"))
        #expect(square?.intent == .compare)
        #expect(square?.concepts.prefix(2).sorted() == ["congruence", "unconditional-positive-regard"])
        expectRead(Case("what is discord", "what's a counselor supposed to do about it?", .howTo, "discord"))
        // "Do different" without its subject asks no how-to.
        let why = Fixtures.tutor.matcher.match("why do different therapies work about the same")
        #expect(why.intent == .explain)
    }
}
