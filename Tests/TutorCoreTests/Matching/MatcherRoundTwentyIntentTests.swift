import Foundation
import Testing

@testable import TutorCore

/// Round 20's single-line intent mechanisms, each pinned on lines of our own in other words
/// than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyIntentTests {
    let matcher = Fixtures.tutor.matcher

    /// One concept named and the learner's own guess at what it is, with no question of its
    /// own, asks for the definition, whatever the phrasing prior makes of lines like it.
    @Test(
        "the learner's own gloss of one concept asks what it is",
        arguments: [
            ("does empathy basically mean feeling what they feel?", "empathy"),
            ("does immediacy just mean talking about the here and now", "immediacy"),
            ("termination?? like firing the client?", "termination"),
            ("discord. just a new name for resistance?", "discord"),
            ("is sympathy sort of like pity for someone", "sympathy"),
        ])
    func glossDefines(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .define && m.concepts.first == concept, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A gloss that tells what follows for someone asks why; a question of its own after the
    /// term asks that question; a second concept named is a comparison.
    @Test(
        "consequences, questions of their own and a second concept are no gloss",
        arguments: [
            ("does UPR mean i have to like everything he does", Intent.explain),
            ("empathy, so why does it matter", .explain),
            ("how is empathy different from sympathy", .compare),
            ("what does empathy mean", .define),
        ])
    func noGloss(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// A case told, then a question or a tag asking whether it holds, asks why it is so or
    /// not: the story's words, which the prior reads as a how-to, do not make it one.
    @Test(
        "a case closed by whether it holds is explained",
        arguments: [
            "my client drank once at a party after a year clean, now he says he blew it all. did he?",
            "she slipped once after six months and told her sponsor it's over. true?",
            "he missed one session, then another, says he's a lost cause. right?",
        ])
    func caseHolds(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .explain, "\(m.intent) \(m.evidence)")
    }

    /// "whats" typed as one word is "what is", and "w" between words is "with": the cues
    /// that open on "what is" read them.
    @Test(
        "fused 'whats' and a texter's 'w'",
        arguments: [
            ("my client sits there silent since the judge sent him, whats going on w him", Intent.explain),
            ("wats an open question", .define),
        ])
    func fusedWhat(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.evidence)")
    }

    /// The learner judging their own question ("too basic a question") asks for no harder
    /// item, no quiz and no comparison; "do something different" compares nothing; "work
    /// harder" is how someone acts.
    @Test(
        "hedges, acting differently and comparatives of an act ask nothing of their own",
        arguments: [
            ("sorry if this is a dumb question, but what is rapport", Intent.define),
            ("maybe too easy a question, but define empathy for me", .define),
            ("client won't talk since i pushed her, what should i say different", .howTo),
            ("my dad pushed me to work harder by yelling, why does that fail with clients", .explain),
        ])
    func asksNothingOfItsOwn(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.evidence)")
    }

    /// Requests for a harder or easier question stay requests.
    @Test(
        "harder and easier requests stay",
        arguments: [("give me a harder question", Intent.harder), ("something easier please", .easier)])
    func levelRequests(_ text: String, _ intent: Intent) {
        #expect(matcher.matchLine(text).intent == intent)
    }

    /// The learner's own mastery asked through the topics is progress; the topics the tutor
    /// covers, or the ones to master, are not.
    @Test(
        "own mastery by topic is progress",
        arguments: [
            ("which concepts have I got down already", Intent.progress),
            ("which topics have I mastered by now", .progress),
            ("what topics do you cover", .topics),
        ])
    func mastery(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.evidence)")
    }
}
