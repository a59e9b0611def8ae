import Foundation
import Testing

@testable import TutorCore

/// Round 18's mechanisms for a single line's concept (what it is about), each pinned on lines
/// of our own in other words than the development lines that showed the miss.
@Suite struct MatcherRoundEighteenConceptTests {
    let matcher = Fixtures.tutor.matcher

    /// The phrasing prior may not put first a concept the line gives no evidence of over one
    /// it names by a word of that concept's own name ("what a rupture looks like": many trust
    /// lines were asked "show me what … looks like", but this one says "rupture").
    @Test(
        "the prior keeps a concept said by its own name over one with no evidence",
        arguments: [
            ("Show me what a rupture looks like in an actual session.", "trust", true),
            ("Show me how a rupture plays out in a session.", "court-orders", true),
            // The prior's concept is named too: it may still choose between them.
            ("how do I build trust after a rupture", "trust", false),
        ])
    func priorKeepsTheOwnNamed(_ text: String, _ prior: String, _ kept: Bool) {
        let analysis = matcher.analyzer.analyze(text)
        let m = matcher.match(analysis)
        let first = m.concepts.first { $0 != prior }
        #expect(matcher.keepsItsOwnNamed(first, over: prior, m, analysis.tokens) == kept, "\(m.evidence)")
    }

    /// A concept the line names only through the synonym group of its words ("pushed her" for
    /// insistence) is not said by its own name: the prior may still overrule it.
    @Test(
        "a concept named through a synonym only is not kept over the prior",
        arguments: [
            ("my client stopped coming after i pushed her too hard about her boyfriend", "alliance-rupture-repair")
        ])
    func synonymOnlyIsNotKept(_ text: String, _ prior: String) {
        let analysis = matcher.analyzer.analyze(text)
        let m = matcher.match(analysis)
        let first = m.concepts.first { $0 != prior }
        #expect(!matcher.keepsItsOwnNamed(first, over: prior, m, analysis.tokens), "\(m.evidence)")
    }

    /// A term of three words or more for the concept the alliance acts on ("keeping people in
    /// the program") says it as plainly as its name: the frame stays behind it.
    @Test(
        "the frame stays behind a concept named by a long term",
        arguments: [
            "what does a good alliance do about keeping people in the program",
            "how does the alliance help with keeping folks in treatment longer",
        ])
    func frameBehindALongTerm(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == "treatment-retention", "\(m.evidence)")
        #expect(matcher.framesOverSpecific("therapeutic-alliance", matcher.match(text)))
    }

    /// A hint asked about the question open now ("on this one", "for this question") names
    /// nothing: a concept guessed from the concepts' whole text is dropped.
    @Test(
        "a hint on the open question takes no guessed concept",
        arguments: [
            "Hint on this one please, I need a direction to go in.",
            "Can I get a clue for this question? Just point me toward the right idea.",
            "A nudge on this one? I don't want the answer, only the direction.",
            "Help me out on this one with a clue, I'm stuck on the main idea.",
        ])
    func hintOnTheOpenQuestion(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .hint, "\(m.evidence)")
        #expect(m.concepts.isEmpty, "\(m.evidence)")
    }

    /// A term typed in capitals in a line that is not shouted is the field's own acronym,
    /// whatever the learner jokes it sounds like.
    @Test(
        "a term typed in capitals is not set aside for another sense",
        arguments: [
            "what's DARN CAT? sounds like a pet thing lol",
            "DARN CAT, is that a kitten joke or what",
        ])
    func capitalsAreTheField(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent != .outOfScope, "\(m.evidence)")
        #expect(m.concepts.first == "change-talk", "\(m.evidence)")
    }

    /// A sample asked of a concept said by its own name sets its scene in anyone's life: only
    /// the senses the concept itself lists are another field's.
    @Test(
        "a sample's scene is not another field",
        arguments: [
            ("give me a sample reflection for a woman who says her landlord hates her", "reflective-listening")
        ])
    func sampleScene(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .example, "\(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// A term said of the field's own people ("shame clients") anchors the line in the field:
    /// the word of another field beside it ("my former boss") is where the learner saw it.
    @Test(
        "a term said of clients is the field's",
        arguments: [
            ("my former boss used to shame clients when they relapsed, does that ever work", "guilt-and-shame")
        ])
    func termOfClients(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// A concept named only by its author's name is whose idea the line speaks of; a concept
    /// named in words of its own is what it asks about (in a comparison, two such are the
    /// sides).
    @Test(
        "an author's name gives way to the concept named",
        arguments: [
            ("What did Rogers mean by unconditional positive regard?", ["unconditional-positive-regard"]),
            (
                "Is Rogers' person-centered therapy the same as motivational interviewing?",
                ["client-centered-approach", "motivational-interviewing"]
            ),
            // Only the frame beside the author: the author's model is a side.
            (
                "is rapport the whole alliance or just one part of what Bordin said",
                ["therapeutic-alliance", "bordin-working-alliance"]
            ),
        ])
    func authorGivesWay(_ text: String, _ expected: [String]) {
        let m = matcher.matchLine(text)
        #expect(Set(m.concepts.prefix(expected.count)) == Set(expected), "\(m.evidence)")
        if expected.count == 1 { #expect(m.concepts.first == expected[0], "\(m.evidence)") }
    }

    /// A later clause that opens on "like" with no verb of its own is the learner's gloss of
    /// what was named ("like team chemistry"), not the line's subject; a setting ("like in
    /// physics") is still where the word is asked.
    @Test(
        "a 'like' gloss is the learner's, a 'like in' setting is not",
        arguments: [
            ("what is cohesion for a group, like chemistry on a sports team?", true),
            ("whats a reflection, like in physics?", false),
        ])
    func likeGloss(_ text: String, _ inScope: Bool) {
        let m = matcher.matchLine(text)
        #expect((m.intent != .outOfScope) == inScope, "\(m.evidence)")
    }

    /// Everyday words for concepts, added to their terms and situations this round.
    @Test(
        "everyday words name their concepts",
        arguments: [
            ("the alliance is what keeps people in treatment, how come", "treatment-retention"),
            ("why do some clients keep coming back and others vanish", "treatment-retention"),
            ("my client won't take her pills since she started feeling better", "medication-adherence"),
            ("is laying it on the line with a drinker a good idea", "strong-confrontation"),
            ("what does collab look like in counseling", "collaboration"),
            ("my client fidgets and never looks at me, what do I do with my own posture", "attending-behavior"),
            ("his family sends him nasty texts about his drinking, does that help", "negative-family-messaging"),
            (
                "my sister keeps texting my nephew he's a disappointment, will that help him",
                "negative-family-messaging"
            ),
            ("a client told me he is going to hurt his father", "confidentiality-limits"),
        ])
    func everydayWords(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first == concept, "\(m.evidence)")
    }

    /// Words that only share a stem or a word with a situation's filler do not tell it: "the
    /// books" are not a family's "booked" ultimatum, "help or hurt him" asks what works and
    /// is no threat to report, "my pills" are no question of adherence.
    @Test(
        "a shared stem tells no situation",
        arguments: [
            ("the books say his family should stay involved, is that right", "family-insistence"),
            ("does yelling at him help or hurt him", "confidentiality-limits"),
            ("does family criticism help or hurt him staying sober", "confidentiality-limits"),
            ("My counselor only ever talked about rules and my pills. Is that the alliance?", "medication-adherence"),
        ])
    func sharedStemTellsNothing(_ text: String, _ notConcept: String) {
        let m = matcher.matchLine(text)
        #expect(m.concepts.first != notConcept, "\(m.evidence)")
    }
}
