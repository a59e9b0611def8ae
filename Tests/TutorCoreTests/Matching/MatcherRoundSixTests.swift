import Testing

@testable import TutorCore

/// The kinds of line round 6 taught the matcher, each on lines of our own: a told case's
/// closing question, acronyms in capitals, other senses of several words, alternatives, the
/// conversation's requests in everyday words.
@Suite struct MatcherRoundSixTests {
    let matcher = Fixtures.tutor.matcher

    @Test func aToldCasesClosingQuestionSaysWhatItAsks() {
        let judged = matcher.match(
            "my client keeps showing up late and his wife is furious with him. is that a problem?")
        #expect(judged.intent == .explain, "evidence: \(judged.evidence)")
        let acted = matcher.match("my client says he is fine but his mom forced him to come, what can i do")
        #expect(acted.intent == .howTo, "evidence: \(acted.evidence)")
        // A clause that goes on the story's own way asks nothing of its own.
        let going = matcher.match("what can I say to a client who relapsed, without making the shame worse")
        #expect(going.intent == .howTo, "evidence: \(going.evidence)")
    }

    @Test func anAcronymInCapitalsNamesTheConceptItAbbreviates() {
        let m = matcher.match("is FIT worth the extra paperwork")
        #expect(m.concepts.first == "feedback-informed-treatment", "evidence: \(m.evidence)")
        // Typed in lower case it is the ordinary word.
        #expect(matcher.match("where do goals fit in").concepts.first != "feedback-informed-treatment")
    }

    @Test func anOtherSenseOfSeveralWordsCountsOnlyWhole() {
        let slip = matcher.match("lapse or relapse, which is a one-time slip")
        #expect(slip.intent != .outOfScope, "evidence: \(slip.evidence)")
        #expect(slip.concepts.first == "lapse-vs-relapse")
    }

    @Test func twoConceptsOfferedAsAlternativesAreTheSides() {
        let m = matcher.match("which is worse for retention, a court order or the family pushing")
        #expect(m.intent == .compare)
        #expect(Set(m.concepts.prefix(2)) == ["court-orders", "family-insistence"], "evidence: \(m.evidence)")
    }

    @Test func theConversationsRequestsInEverydayWords() {
        #expect(matcher.match("can we go up a level").intent == .harder)
        #expect(matcher.match("these are way too basic for me").intent == .harder)
        #expect(matcher.match("can you dial it back a little").intent == .easier)
        #expect(matcher.match("any tips for this one").intent == .hint)
        #expect(matcher.match("?").intent == .help)
        #expect(matcher.match("??").intent == .help)
    }

    @Test func anotherProfessionsCodeIsOutOfScope() {
        #expect(matcher.match("what's in the code of ethics for engineers").intent == .outOfScope)
        #expect(matcher.match("what's in the code of ethics for counselors").concepts.first == "code-of-ethics")
    }
}
