import Foundation
import Testing

@testable import TutorCore

/// Round 25's single-line intent mechanisms, each pinned on lines of our own in other words
/// than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyFiveIntentTests {
    let matcher = Fixtures.tutor.matcher

    /// Leave taken in more languages and turns of speech ("Allah hafiz", "tot ziens", "that'll
    /// do me"), "done" typed alone, and a foreign goodbye that opens with an English auxiliary
    /// ("do svidaniya") is no yes-or-no question.
    @Test(
        "goodbyes of more languages and turns",
        arguments: [
            "Allah hafiz, see you next week",
            "ok thats me done, cheerio",
            "do svidaniya, thanks for today",
            "tot ziens!",
            "right, that'll do me for tonight",
            "gracias, ya me voy a dormir",
            "done",
            "sayonara for now",
        ])
    func goodbyes(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .goodbye, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// Leaving a job or a site is a case of ending with clients, not leave taken from the tutor.
    @Test func leavingAJobIsNoGoodbye() {
        let m = matcher.matchLine("i'm leaving the clinic soon, how do i end with my clients")
        #expect(m.intent == .howTo, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// The Muslim greeting as learners type it.
    @Test(
        "salam greetings",
        arguments: ["salam alaykum, how are you", "assalamu alaikum, ready to study", "Asalam o alaikum"])
    func greetings(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .greeting, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// What is still missing for the learner, asked by topic, is their progress; a topic list
    /// asked with a modal stays the list.
    @Test(
        "topics still undone are progress",
        arguments: [
            ("which topics haven't I got yet", Intent.progress),
            ("what topics am I still shaky on", .progress),
            ("topics i did not finish?", .progress),
            ("what topics can i learn on here", .topics),
        ])
    func remainingTopics(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A feeling told beside a question of the work that names its concept in a clause of its
    /// own is the question; a feeling whose clause names the concept stays the feeling.
    @Test(
        "a question asked beside a feeling",
        arguments: [
            ("totally wiped after back-to-back groups, how do therapists avoid burnout", Intent.howTo),
            ("so fried this week. how do counselors not burn out", .howTo),
            ("im so burnt out, how do i keep going", .feelings),
        ])
    func questionBesideFeeling(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A topic set first, then "does it …" about it: its words ask the tutor for nothing.
    @Test(
        "a fronted topic, then whether",
        arguments: [
            "Empathy in the first session, does it predict who stays?",
            "Weak bond early on, does that lead to dropout?",
        ])
    func frontedTopic(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .explain, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// More of what was said, names of a few, and what to study asked without inversion.
    @Test(
        "requests of the conversation in the learner's words",
        arguments: [
            ("can you take that a bit further", Intent.more),
            ("could you go further with that one", .more),
            ("name a couple", .example),
            ("what other small things like that work", .example),
            ("what I should study this week, I only have evenings", .studyAdvice),
            ("which part I should review before Friday", .studyAdvice),
            ("the one thing I need to know going into the exam?", .studyAdvice),
            ("what is the next thing I should study", .studyAdvice),
            ("this exam is really getting to me", .feelings),
        ])
    func conversationRequests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// "Which ones" lists a set; two things that "fit together" are compared; a later
    /// why-question about one thing weighing more asks its reasons.
    @Test(
        "which ones, fitting together, why one weighs more",
        arguments: [
            ("the stages of change are which ones?", Intent.define),
            ("empathy and congruence, how do those two fit together?", .compare),
            ("he signed everything. why should the relationship matter more than that", .explain),
        ])
    func comparisons(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }
}
