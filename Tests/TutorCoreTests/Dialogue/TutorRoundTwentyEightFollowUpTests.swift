import Testing

@testable import TutorCore

/// Follow-ups read in their conversation (round 28): "effect" alone is no request for
/// evidence (only "effect size" is); "what do the …" carries a question, it chooses no scene
/// to practise; "the two forms" of one topic are its parts, not the topic and a second
/// concept; a question of origin about the alliance asks for its history; "how do I tell if
/// …" after a topic asks how to recognise it in a client.
@Suite struct TutorRoundTwentyEightFollowUpTests {
    typealias Case = FollowUpContextTests.Case

    /// "Effect" names an effect; only "effect size(s)" asks for the findings.
    @Test func effectAloneAsksForNoEvidence() {
        #expect(!Tutor.asksForEvidence(["the", "abstinence", "violation", "effect"]))
        #expect(!Tutor.asksForEvidence(["what", "effect", "does", "it", "have"]))
        #expect(!Tutor.asksForEvidence(["side", "effects"]))
        #expect(Tutor.asksForEvidence(["effect", "size"]))
        #expect(Tutor.asksForEvidence(["the", "effect", "sizes"]))
        #expect(Tutor.asksForEvidence(["effects", "size"]))
        #expect(Tutor.asksForEvidence(["how", "big", "is", "the", "effect"]))
    }

    /// The topic's own reading, not its evidence, when "effect" is part of a name; the
    /// findings still when the line asks for the effect's size.
    @Test(arguments: [
        Case("what is a lapse", "what's this abstinence violation effect thing", .define, "lapse-vs-relapse"),
        Case("what is early alliance", "and the effect sizes?", .explain, "early-alliance"),
    ])
    func effectReadsByItsSize(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// "Do" right after a question word is its auxiliary; "do" or "try" after "can we",
    /// "let's" chooses.
    @Test func doAfterAQuestionWordChoosesNothing() {
        #expect(!LineForm.choosesByAVerb(["what", "do"]))
        #expect(!LineForm.choosesByAVerb(["ok", "how", "do"]))
        #expect(LineForm.choosesByAVerb(["can", "we", "do"]))
        #expect(LineForm.choosesByAVerb(["let", "is", "try"]))
        #expect(LineForm.choosesByAVerb(["do"]))
    }

    /// Questions about the topic's own parts, put with "what do the …", ask about the topic.
    @Test(arguments: [
        Case(
            "what is feedback informed treatment", "what do the two scales ask about", .define,
            "feedback-informed-treatment"),
        Case(
            "explain feedback-informed treatment", "what do the initials ORS and SRS stand for", .define,
            "feedback-informed-treatment"),
    ])
    func theTopicsOwnPartsAskAboutTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
        #expect(m?.concepts.count == 1)
    }

    /// "The two" before a noun of parts counts parts; "the two" alone, or before another
    /// noun, is still a pair of concepts.
    @Test func theTwoBeforeANounOfParts() {
        #expect(Tutor.theTwoAreItsParts(["what", "do", "the", "two", "forms", "measure"]))
        #expect(Tutor.theTwoAreItsParts(["how", "are", "these", "two", "kinds", "different"]))
        #expect(!Tutor.theTwoAreItsParts(["how", "do", "the", "two", "models", "compare"]))
        #expect(!Tutor.theTwoAreItsParts(["which", "of", "the", "two"]))
    }

    /// After sympathy alone, "the two" are still sympathy and empathy.
    @Test func theTwoAloneAreStillAPair() {
        let m = readFollowUp(Case("what is sympathy", "which of the two should a counselor aim for", .compare, "-"))
        #expect(m?.intent == .compare)
        #expect(m?.concepts.prefix(2).sorted() == ["empathy", "sympathy"])
    }

    /// A question of origin about the alliance asks for its history.
    @Test(arguments: [
        Case("what is the helping alliance", "who first called it that", .define, "alliance-history"),
        Case("what is Bordin's model", "so who preceded him", .explain, "alliance-history"),
        Case("what is bordin's working alliance", "who came before him", .explain, "alliance-history"),
        Case("what is the therapeutic alliance", "where did the idea originate", .define, "alliance-history"),
    ])
    func anOriginOfTheAllianceIsItsHistory(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// Not the history: the originator of a later step is answered by that step, and another
    /// concept's origin by that concept.
    @Test(arguments: [
        Case(
            "what is bordin's working alliance", "who came up with goals tasks and bond", .define,
            "bordin-working-alliance"),
        Case("what is tailored treatment", "where does it come from", .explain, "tailored-treatment"),
        Case(
            "what is the working alliance inventory", "where did those three scales come from", .explain,
            "working-alliance-inventory"),
    ])
    func otherOriginsAreNotTheHistory(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// The forms of an origin question.
    @Test func originQuestions() {
        #expect(Tutor.asksForAnOrigin(["who", "came", "up", "with", "it"]))
        #expect(Tutor.asksForAnOrigin(["where", "did", "that", "come", "from"]))
        #expect(Tutor.asksForAnOrigin(["who", "first", "used", "that", "name"]))
        #expect(Tutor.asksForAnOrigin(["where", "did", "it", "start"]))
        #expect(!Tutor.asksForAnOrigin(["who", "is", "it", "for"]))
        #expect(Tutor.asksForAnOrigin(["where", "did", "the", "idea", "start"]))
        #expect(!Tutor.asksForAnOrigin(["where", "do", "i", "begin", "with", "a", "client"]))
        #expect(!Tutor.asksForAnOrigin(["so", "where", "do", "i", "start"]))
        #expect(!Tutor.asksForAnOrigin(["why", "does", "it", "matter"]))
    }

    /// "How do I tell if …" after a topic: how to recognise it, a question of practice.
    @Test(arguments: [
        Case(
            "what is client engagement", "how do you tell if someone is engaged or only complying", .howTo,
            "client-engagement"),
        Case("what is client engagement", "how would you tell if a client has it", .howTo, "client-engagement"),
        Case(
            "what is client engagement", "how can a counselor tell if a new client has it", .howTo,
            "client-engagement"),
    ])
    func tellingWhetherTheTopicHolds(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// Telling clients something is no question of recognising.
    @Test func tellingClientsIsNotTellingWhether() {
        #expect(Tutor.asksHowToTellIf(["how", "do", "i", "tell", "if", "she", "is", "ready"]))
        #expect(Tutor.asksHowToTellIf(["how", "would", "a", "counselor", "know", "whether", "it", "works"]))
        #expect(Tutor.asksHowToTellIf(["how", "can", "i", "figure", "out", "if", "he", "is", "engaged"]))
        #expect(!Tutor.asksHowToTellIf(["how", "do", "i", "tell", "clients", "about", "them"]))
        #expect(!Tutor.asksHowToTellIf(["how", "do", "i", "tell", "which", "stage", "they", "are", "in"]))
        let m = readFollowUp(
            Case(
                "what are the limits of confidentiality", "how do i tell clients about them", .howTo,
                "confidentiality-limits"))
        #expect(m?.intent == .howTo)
        #expect(m?.concepts.first == "confidentiality-limits")
    }
}
