import Testing

@testable import TutorCore

/// The follow-up's match: `c.context` said in a new session, then `c.line`.
func readFollowUp(_ c: FollowUpContextTests.Case) -> MatchResult? {
    var s = DialogueSession()
    s.say(c.context)
    return s.say(c.line).match
}

/// Follow-ups read in their conversation (round 15): a line after a first request takes
/// what it leaves out from the topic just discussed, by the form it is put in.
@Suite struct FollowUpContextTests {
    /// A first request, the follow-up after it, and the reading the follow-up must get (its
    /// intent and its first concept, or no concept for "-").
    struct Case: CustomTestStringConvertible, Sendable {
        let context: String
        let line: String
        let intent: Intent
        let concept: String
        var testDescription: String { "\(line) after \(context)" }

        init(_ context: String, _ line: String, _ intent: Intent, _ concept: String) {
            self.context = context
            self.line = line
            self.intent = intent
            self.concept = concept
        }
    }

    /// A word or two the knowledge base lacks beside a word that points back (a possessive,
    /// "which one") is still about the topic; a line that asks for one of the topic told
    /// by what it holds is a case of it; a letter of the topic's own acronym asks what it is.
    @Test(arguments: [
        Case("tell me about Bordin", "what did he call his 3 parts", .define, "bordin-working-alliance"),
        Case("what are common factors", "which one makes the biggest difference", .explain, "common-factors"),
        Case("what is SOLER", "so what's the E for", .explain, "attending-behavior"),
        Case(
            "what is reflective listening", "could you write one for a teen who says school is pointless", .example,
            "reflective-listening"),
        Case("what is empathy", "gimme one with a teenager", .example, "empathy"),
        Case("what is empathy", "give me a line that's empathy and not pity", .example, "empathy"),
        Case("what is discord", "show me one where the client snaps at me", .example, "discord"),
    ])
    func aLineThatPointsBackIsAboutTheTopic(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// The form decides the request: "same question for X" asks the last request of X; "it
    /// means X?" puts a claim up for checking; "what has X got to do with it" asks why;
    /// "the other one, how does it differ" compares the pair; "both ways" is no pair; a
    /// preface before a request only times it; "stuck" with no question open is no hint.
    @Test(arguments: [
        Case(
            "why is insurance coverage secondary", "same question but for how far away the program is", .explain,
            "program-location"),
        Case(
            "what is unconditional positive regard", "that means I have to agree with everything they say?", .explain,
            "unconditional-positive-regard"),
        Case(
            "what is the lapse versus relapse distinction",
            "and what's the abstinence violation effect got to do with that", .explain, "lapse-vs-relapse"),
        Case("what is countertransference", "and the other one, how does it differ", .compare, "countertransference"),
        Case(
            "what is open communication", "why is it important that it runs both ways", .explain, "open-communication"),
        Case("quiz me on empathy", "ok before we go on, show me my progress", .progress, "-"),
        Case("what is precontemplation", "how should i talk to a guy who is stuck in it", .howTo, "stages-of-change"),
        Case(
            "what are the stages of change", "which one is the client who is getting ready to act", .explain,
            "stages-of-change"),
    ])
    func theFormDecidesTheRequest(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect((m?.concepts.first ?? "-") == c.concept)
    }

    /// A line that names the topic itself beside another concept ("how does the alliance
    /// change whether they keep showing up") is read as the matcher reads it: its pronoun
    /// is someone else, and nothing is set side by side.
    @Test func aLineNamingTheTopicItselfIsNoComparison() {
        let m = readFollowUp(
            Case(
                "what is the therapeutic alliance", "how does the alliance change whether they keep showing up",
                .explain, "-"))
        #expect(m?.intent == .explain)
        #expect(m?.concepts.contains("therapeutic-alliance") == true)
    }

    /// Round 16: a pronoun for the alliance beside what it acts on names a concept of its
    /// own, which leads; an elliptical "and X, same idea?" after a definition weighs the two
    /// (after an explanation it asks the same reasons of X); a case asked for in a few words
    /// is a case of the topic; "the X version" asks the last request again, of X.
    @Test(arguments: [
        Case(
            "whats the alliance", "and what does it do for keeping people in treatment longer", .explain,
            "treatment-retention"),
        Case("what is active listening", "and reflective listening, similar?", .compare, "active-listening"),
        Case("what is sympathy", "and empathy, same thing?", .compare, "sympathy"),
        Case("what is open communication", "and the safe space one, same idea?", .compare, "open-communication"),
        Case(
            "why is insurance coverage secondary", "and the family pushing them, same idea?", .explain,
            "family-insistence"),
        Case("what is congruence", "gimme three examples", .example, "congruence"),
        Case("what is immediacy", "a couple examples", .example, "immediacy"),
        Case("show me an example of sympathy", "what would the empathy version be", .example, "empathy"),
    ])
    func aFollowUpTakesItsTopicFromTheConversation(_ c: Case) {
        let m = readFollowUp(c)
        #expect(m?.intent == c.intent)
        #expect(m?.concepts.first == c.concept)
    }

    /// Round 17, a line read against the request before it: the topic's counterpart pointed
    /// at ("the mirror one" sets the two side by side, "the harmful kind" and "the one that
    /// shows up in the therapist" ask for it); a why-question weighing what the topic does to
    /// two things; a difference asked beside one concept named; a pronoun said (not) to be
    /// another concept; "which one" weighed after one concept; a tangent announced whose
    /// request is out of scope; a courtesy after "another". `concept` lists the concepts
    /// expected first ("a,b"), "-" none.
    @Test(arguments: [
        Case("explain transference", "and the mirror one?", .compare, "transference,countertransference"),
        Case(
            "what is countertransference", "and the reverse version, where the client does it?", .compare,
            "countertransference,transference"),
        Case(
            "what is transference", "the one that shows up in the therapist, what's it called?", .define,
            "countertransference"),
        Case("explain empathic confrontation", "what about the harmful kind", .explain, "strong-confrontation"),
        Case(
            "what is the early alliance", "why does it count for more with dropout than with symptoms", .explain,
            "early-alliance"),
        Case(
            "what is a rupture", "sounds a lot like discord, what's the difference", .compare,
            "alliance-rupture-repair,discord"),
        Case("what is collaboration", "and that's not just shared goals?", .compare, "collaboration,shared-goals"),
        Case("what is empathy", "hows that not just pity", .compare, "empathy,sympathy"),
        Case("what's sympathy", "which one is better to use with clients", .compare, "sympathy,empathy"),
        Case(
            "why is insurance coverage secondary", "speaking of which, can you recommend a cheap car insurance",
            .outOfScope, "-"),
        Case("what is trust", "speaking of which, how does empathy build it", .explain, "empathy"),
        Case("give me an example of empathy", "another, if you could", .more, "empathy"),
    ])
    func aLineIsReadAgainstThePreviousRequest(_ c: Case) {
        let m = readFollowUp(c)
        let expected = c.concept == "-" ? [] : c.concept.split(separator: ",").map(String.init)
        #expect(m?.intent == c.intent)
        #expect(Array((m?.concepts ?? []).prefix(max(expected.count, c.concept == "-" ? 1 : 0))) == expected)
    }

    /// The form helpers, alone.
    @Test func askingForACaseIsToldFromAskingForAQuestion() {
        #expect(LineForm.asksForACaseOfIt(["gimme", "one", "where", "the", "client", "is", "angry"]))
        #expect(LineForm.asksForACaseOfIt(["give", "me", "an", "example", "of", "it"]))
        #expect(!LineForm.asksForACaseOfIt(["give", "me", "one", "on", "trust"]))
        #expect(!LineForm.asksForACaseOfIt(["give", "me", "a", "question"]))
        #expect(Tutor.pointsBackByAWord(["what", "were", "her", "stages"]))
        #expect(Tutor.pointsBackByAWord(["which", "one", "counts"]))
        #expect(!Tutor.pointsBackByAWord(["whats", "the", "capital", "of", "peru"]))
        #expect(Tutor.asksWhatItHasToDoWith(["what", "has", "x", "got", "to", "do", "with", "it"]))
        #expect(!Tutor.asksWhatItHasToDoWith(["what", "do", "i", "do", "with", "him"]))
    }
}
