import Foundation
import Testing

@testable import TutorCore

/// Round 18's single-line intent mechanisms, each pinned on lines of our own in other words
/// than the development lines that showed the miss.
@Suite struct MatcherRoundEighteenIntentTests {
    let matcher = Fixtures.tutor.matcher

    /// A final "g" dropped as said is given back when the full word is known: "somethin
    /// easier" is "something easier".
    @Test(
        "a dropped final g is given back",
        arguments: [("somethin", "something"), ("goin", "going"), ("talkin", "talking")])
    func droppedG(_ typed: String, _ full: String) {
        let token = Fixtures.tutor.analyzer.analyze("maybe \(typed) else").tokens[1]
        #expect(token.word == full)
    }

    /// A word that is one as typed keeps its spelling.
    @Test("a word ending in 'in' that is a word stays", arguments: ["cousin", "thin", "within"])
    func wholeInWord(_ word: String) {
        #expect(Fixtures.tutor.analyzer.droppedG(word) == nil)
    }

    /// A word of confusion beside a request for an easier item asks for the easier question;
    /// confusion alone, or "explain it like I'm a beginner", asks for it plainer.
    @Test(
        "an easier item asked beside confusion is easier",
        arguments: [
            ("ok that went way over my head, could i have an easier one", Intent.easier),
            ("this is going right over my head, maybe somethin simpler to answer", .easier),
            ("not feeling it, can we do something gentler", .easier),
            ("could you explain that like im a beginner", .simpler),
            ("sorry, i dont follow", .simpler),
        ])
    func easierOverSimpler(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// A feeling of the learner's own, told with no question and no request, is a feeling,
    /// whatever its other words name; a request beside it is still the request.
    @Test(
        "a feeling told is a feeling",
        arguments: [
            ("honestly i feel way too slow for all this reading", Intent.feelings),
            ("these flashcards are making me feel hopeless", .feelings),
            ("i flunked three of these in a row and i kinda want to scream", .feelings),
            ("something easier pls im struggling", .easier),
        ])
    func feelingTold(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// The topics weighed for the exam, or what to do before it, ask for study advice.
    @Test(
        "topics weighed for the exam ask for study advice",
        arguments: [
            "which topics get the most emphasis on the licensing test",
            "what should i zero in on for the exam",
        ])
    func studyAdvice(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .studyAdvice, "\(m.evidence)")
    }

    /// What to do before the exam about something the knowledge base has no word for is
    /// another subject.
    @Test("an errand before the exam is out of scope", arguments: ["what should i pack for lunch before the test"])
    func errandBeforeTheExam(_ text: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .outOfScope, "\(m.evidence)")
    }

    /// What a thing consists of or involves asks what it is; "how" that no cue reads, "in what
    /// way", and whether a thing helps ask how it works.
    @Test(
        "what a thing consists of defines; how it works explains",
        arguments: [
            ("what does that approach actually consist of", Intent.define),
            ("what does it involve, this trauma informed stuff", .define),
            ("what does an engaged client do that others dont", .explain),
            ("in what way does feeling heard keep clients coming back", .explain),
            ("how is empathy a bridge for a client who feels alone", .explain),
            ("would it help if the office were closer to the bus line", .explain),
        ])
    func consistsOfAndHow(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// How to work the tutor itself is a request for help; quitting a habit is a question
    /// of the work, quitting alone is leaving.
    @Test(
        "working the tutor is help, quitting a habit is not",
        arguments: [
            ("how am i supposed to work this program", Intent.help),
            ("how does one use this app exactly", .help),
            ("how do i stop giving advice so fast", .howTo),
            ("how do i quit", .help),
        ])
    func help(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// Short lines of the conversation: "another" alone, a leave-taking with "the".
    @Test(
        "short conversation lines",
        arguments: [("another", Intent.more), ("that's me off for the night", .goodbye), ("tchau", .goodbye)])
    func shortLines(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }

    /// Whether a name is a real thing or term asks what it is; a research figure asked for is
    /// explained; the proper procedure for a thing is how to do it.
    @Test(
        "real terms, research figures, procedures",
        arguments: [
            ("is that a real term? the righting reflex", Intent.define),
            ("whats the effect size for the alliance", .explain),
            ("the real correlation between empathy and outcome, what is it", .explain),
            ("what's the proper procedure when a client discloses abuse", .howTo),
        ])
    func namedAsks(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.evidence)")
    }
}
