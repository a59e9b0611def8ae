import Foundation
import Testing

@testable import TutorCore

/// Round 23's mechanisms for a single line's concept (what it is about), each pinned on lines
/// of our own in other words than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyThreeConceptTests {
    let matcher = Fixtures.tutor.matcher

    /// What feeling supported or understood does to the client, told in plain words: feeling
    /// backed lifts motivation; feeling understood brings the client into the work (engagement,
    /// not empathy, whose words are the story's cause).
    @Test(
        "what support or understanding does to the client is its effect's concept",
        arguments: [
            ("does a client push harder when she feels backed by her counselor", "client-motivation"),
            ("if a client feels believed in, why would she keep trying", "client-motivation"),
            ("why would a client who feels supported stick with it", "client-motivation"),
            ("do clients who feel heard really participate more in group", "client-engagement"),
            ("why do clients who felt understood do their homework more often", "client-engagement"),
        ])
    func supportsEffect(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts == [concept], "\(m.evidence)")
    }

    /// Who reminds whom: the counselor reminding the client of someone from the client's past
    /// is transference; the client reminding the counselor of someone is countertransference.
    @Test(
        "who reminds whom decides transference or countertransference",
        arguments: [
            ("what is it when I remind him of his stepfather and he gets cold", "transference"),
            ("a client says she reminds me of my mother and I get irritated", "countertransference"),
        ])
    func remindsWhom(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts == [concept], "\(m.evidence)")
    }

    /// Told by what they do ("questions that keep them talking"), questions are open-ended ones;
    /// telling the therapist what bothers them is open communication.
    @Test(
        "a skill told by what it does",
        arguments: [
            ("what makes questions get clients talking instead of one word", "open-ended-questions"),
            ("how do I phrase questions that keep them talking", "open-ended-questions"),
            ("why does it matter that clients can tell the therapist whats bothering them", "open-communication"),
            ("the studies on the relationship and outcome, how strong is the correlation", "alliance-outcome-research"),
        ])
    func toldByWhatItDoes(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts == [concept], "\(m.evidence)")
    }

    /// The judge as a person: beside the family, the two outside pressures, each its own
    /// concept; alone as the one who makes the client come, court orders. "Judge" as the verb
    /// stays the family's judging.
    @Test(
        "the judge is a person, not judging",
        arguments: [
            ("is it the judge or the family that keeps clients coming", ["court-orders", "family-insistence"]),
            (
                "why does the judge or a probation officer matter less than the alliance",
                ["court-orders", "therapeutic-alliance"]
            ),
        ])
    func judgeAsAPerson(_ text: String, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare || m.intent == .explain, "\(m.evidence)")
        #expect(Set(m.concepts) == Set(concepts), "\(m.evidence)")
    }

    @Test("the judge making the client come is court orders")
    func judgeMakes() {
        let m = matcher.matchLine("the judge makes her show up, why isn't that enough")
        #expect(m.concepts.first == "court-orders", "\(m.evidence)")
        #expect(!m.concepts.contains("negative-family-messaging"), "\(m.evidence)")
    }

    @Test("judge as a verb stays judging")
    func judgeAsAVerb() {
        let m = matcher.matchLine("dont judge or blame the family, what does that mean")
        #expect(m.concepts == ["negative-family-messaging"], "\(m.evidence)")
    }

    /// A drink or two, asked whether it is a relapse, is the lapse-versus-relapse question, not
    /// the counselor's safety net.
    @Test(
        "a drink and the word relapse is lapse versus relapse",
        arguments: [
            "one drink at a party after a year clean, is that a relapse",
            "a couple beers on his birthday, does that mean he relapsed",
        ])
    func oneDrinkRelapse(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts == ["lapse-vs-relapse"], "\(m.evidence)")
    }

    /// Spanish "mi" before a person is "my"; "mi" as a name of the approach stays MI.
    @Test(
        "Spanish mi before a person is my",
        arguments: [
            "mi hermano is in rehab, why does the counselor matter so much",
            "mi clienta always cancels, what can I do about her",
        ])
    func spanishMy(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(!m.concepts.contains("motivational-interviewing"), "\(m.evidence)")
        #expect(!m.concepts.isEmpty, "\(m.evidence)")
    }

    @Test("mi alone still names motivational interviewing")
    func miStillMI() {
        let m = matcher.matchLine("is mi useful for a client who is ambivalent")
        #expect(m.concepts.first == "motivational-interviewing", "\(m.evidence)")
    }

    /// Tagalog's small words are no unknown subject, and its "po" is no probation officer.
    @Test(
        "Tagalog small words",
        arguments: [
            ("Ano ba ang countertransference", "countertransference"),
            ("Paano po ba mag build ng trust with a client", "trust"),
        ])
    func tagalog(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
        #expect(m.concepts == [concept], "\(m.evidence)")
    }

    /// Tagalog's requests stay requests in a line of Tagalog alone.
    @Test("a Tagalog thanks alone is thanks")
    func tagalogThanks() {
        #expect(matcher.matchLine("salamat po").intent == .thanks)
        #expect(matcher.matchLine("kumusta po").intent == .greeting)
    }

    /// Two settings of one alliance, the word said once: both settings are compared.
    @Test(
        "the alliance shared across two settings",
        arguments: [
            "the alliance in couples therapy vs in group, what changes",
            "alliance in family therapy or in a group, which is harder to keep",
        ])
    func sharedAlliance(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(Set(m.concepts) == ["family-alliance", "group-cohesion"], "\(m.evidence)")
    }

    /// Said in everyday words: compliance as doing what one is told; the doctor bond as the
    /// learner's trust in their own doctor.
    @Test(
        "everyday words for compliance and the doctor's bond",
        arguments: [
            (
                "what matters more, doing what you are told or the bond with the counselor",
                ["patient-compliance", "therapeutic-alliance"]
            ),
            ("is trusting my doctor the same as the alliance", ["doctor-patient-bond", "therapeutic-alliance"]),
        ])
    func everydayWords(_ text: String, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .compare, "\(m.evidence)")
        #expect(Set(m.concepts) == Set(concepts), "\(m.evidence)")
    }
}
