import Foundation
import Testing

@testable import TutorCore

/// Round 22's mechanisms for a single line's concept (what it is about), each pinned on lines
/// of our own in other words than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyTwoConceptTests {
    let matcher = Fixtures.tutor.matcher

    /// One kind named by its full term, the other by its modifier and a word of kind ("the
    /// harsh kind", "the aggressive sort"): the word of kind borrows the head noun, so both
    /// sides are compared.
    @Test(
        "a kind named by its modifier borrows the head noun",
        arguments: [
            "how is harsh confrontation different from the empathic kind",
            "is an empathic confrontation really softer than the aggressive sort",
            "empathic confrontation or the harsh type, which one works with denial",
        ])
    func borrowedHeadNoun(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.evidence)")
        #expect(Set(m.concepts.prefix(2)) == ["empathic-confrontation", "strong-confrontation"], "\(m.evidence)")
    }

    /// "Kind of" is a hedge, and a word of kind with no term to make names nothing new.
    @Test("a hedge or a bare word of kind borrows nothing")
    func noBorrowing() {
        let m = matcher.matchLine("is empathy kind of the same as sympathy")
        #expect(Set(m.concepts.prefix(2)) == ["empathy", "sympathy"], "\(m.evidence)")
    }

    /// A scholar's name that is no everyday word, of a concept with no other sense, is ours
    /// however many unknown words stand around it.
    @Test(
        "a scholar's name is the field's own word",
        arguments: [
            ("Wampold keeps popping up in my readings, what was his point", "common-factors"),
            ("Zetzel came up in lecture yesterday, who was she", "alliance-history"),
            ("Bordin gets mentioned a lot in my notes, summarize his framework", "bordin-working-alliance"),
        ])
    func scholarsName(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// Messages sent to the client are the family's messages, not the family sending the
    /// client into treatment.
    @Test(
        "things sent to the client are no sending of the client",
        arguments: [
            "his wife sends him nasty messages every night, why does that backfire",
            "why is it harmful when parents send the client harsh texts",
        ])
    func thingsSent(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts == ["negative-family-messaging"], "\(m.evidence)")
    }

    /// The family sending the client in is still the family insisting.
    @Test("sending the client in is still the family insisting")
    func sendingIn() {
        let m = matcher.matchLine("his sister sent him in to rehab, will that keep him there")
        #expect(m.concepts.first == "family-insistence", "\(m.evidence)")
    }

    /// The relationship gone sour, or mended, is a rupture and its repair, not the alliance.
    @Test(
        "a relationship gone sour or mended is a rupture",
        arguments: [
            "my bond with a client turned sour last week, can it be mended",
            "the rapport with my client went south after I cancelled twice, what now",
            "how do you mend the relationship once a client is let down by you",
        ])
    func relationshipSoured(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "alliance-rupture-repair", "\(m.evidence)")
        #expect(!m.concepts.contains("therapeutic-alliance"), "\(m.evidence)")
    }

    /// Another field's relationship mended stays out of scope.
    @Test("mending a business relationship is out of scope")
    func businessRelationship() {
        let m = matcher.matchLine("how do I patch things up with my business partner")
        #expect(m.intent == .outOfScope, "\(m.evidence)")
    }

    /// How strongly the alliance goes with outcome, in numbers, is the research on it.
    @Test(
        "the alliance's link with outcome in numbers is the research",
        arguments: [
            "how big is the correlation between the alliance and outcome, in numbers",
            "how much does the working relationship predict how clients do, statistically",
            "give me the stats on the alliance, does it really matter that much",
        ])
    func outcomeInNumbers(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts == ["alliance-outcome-research"], "\(m.evidence)")
    }

    /// Each member's own alliance in family or couples work is the family alliance first.
    @Test(
        "each member's alliance in family work is the family alliance",
        arguments: [
            "in couples counseling what if the wife feels the husband is closer to me",
            "in family therapy the dad is allied with me but the teen is not, does that matter",
        ])
    func familyMembersAlliance(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "family-alliance", "\(m.evidence)")
    }

    /// A group member still tells a group's case.
    @Test("one member of a group is still the group")
    func groupMember() {
        let m = matcher.matchLine("the group has one member who dominates, what do I do")
        #expect(m.concepts.first == "group-cohesion", "\(m.evidence)")
    }

    /// The learner's own doctor, in everyday words, is the doctor-patient bond beside the alliance.
    @Test(
        "the learner's doctor is the doctor-patient bond",
        arguments: [
            "is the alliance the same thing as the bond with my family doctor",
            "so the alliance is basically the doc-patient relationship?",
        ])
    func ownDoctor(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.evidence)")
        #expect(Set(m.concepts.prefix(2)) == ["therapeutic-alliance", "doctor-patient-bond"], "\(m.evidence)")
    }

    /// The client able to say what is bothering them is open communication.
    @Test(
        "saying what is bugging them is open communication",
        arguments: [
            "she never brings up what's bugging her until the last minute, why does that matter",
            "how do I get a client to tell me what's bothering them",
        ])
    func whatsBugging(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.contains("open-communication"), "\(m.evidence)")
    }

    /// Attending said to be done well or badly is the counselor's attending behavior, not a
    /// client attending sessions.
    @Test(
        "good or poor attending is attending behavior",
        arguments: [
            "what is poor attending and how do I fix it",
            "show me what attending well looks like with a nervous client",
        ])
    func attendingWell(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "attending-behavior", "\(m.evidence)")
    }
}
