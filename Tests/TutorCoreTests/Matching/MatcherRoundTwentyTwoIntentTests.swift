import Foundation
import Testing

@testable import TutorCore

/// Round 22's single-line intent mechanisms, each pinned on lines of our own in other words
/// than the development lines that showed the miss.
@Suite struct MatcherRoundTwentyTwoIntentTests {
    let matcher = Fixtures.tutor.matcher

    /// Requests of the conversation said in Spanish words mixed into English: why, a harder
    /// question, leave-taking, a feeling, progress, the topics.
    @Test(
        "Spanish request words mixed into a line",
        arguments: [
            ("por qué la confidentiality has limits", Intent.explain),
            ("dame una más difícil", .harder),
            ("bueno, hasta mañana", .goodbye),
            ("nos vemos, gracias", .goodbye),
            ("listo, chao", .goodbye),
            ("me siento abrumada with all this material", .feelings),
            ("cómo voy hasta ahora?", .progress),
            ("qué temas hay", .topics),
        ])
    func spanishRequests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// "y" between two words of one clause is the Spanish "and": the line compares what it
    /// joins. Opening its clause, or before the question's verb, it is still "why".
    @Test(
        "Spanish 'y' joins, the texter's 'y' asks why",
        arguments: [
            ("empathy y sympathy, cual es la diferencia?", Intent.compare, ["empathy", "sympathy"]),
            ("lapse y relapse, cuál es cuál", .compare, ["lapse-vs-relapse"]),
            ("y does the bond matter so much", .explain, ["therapeutic-alliance"]),
            ("y is trust so important", .explain, ["trust"]),
        ])
    func spanishAnd(_ text: String, _ intent: Intent, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent && m.concepts == concepts, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A quiz the learner sat ("on quizzes", "in quizzes") asks for no quiz; "quiz me on",
    /// "a quiz on" still do.
    @Test(
        "quizzes sat are no request to be quizzed",
        arguments: [
            ("can you give me an example of a boundary crossing, I keep missing that on quizzes", Intent.example),
            ("what is congruence, I blanked on it in quizzes", .define),
            ("quiz me on empathy", .quiz),
            ("can I get a quiz on trust", .quiz),
        ])
    func quizzesSat(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// Requests of the conversation in words the cues lacked: the score typed alone, what the
    /// tutor can do at all, something less challenging, a question beyond the learner, the days
    /// left before the exam, the work found harder than expected.
    @Test(
        "requests of the conversation in other words",
        arguments: [
            ("scores?", Intent.progress),
            ("score", .progress),
            ("what can you actually do", .help),
            ("so what do you even do", .help),
            ("can I get something less challenging", .easier),
            ("that one was beyond me", .easier),
            ("what should I do with the ten days I have left", .studyAdvice),
            ("that was harder than i expected, kind of disheartened", .feelings),
            ("I'd like to go about repairing a rupture the right way", .howTo),
        ])
    func otherWords(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// Asking clients things, told by how it should go, is the work; asking the tutor is help.
    @Test(
        "asking clients is the work, asking the tutor is help",
        arguments: [
            ("how do i ask questions that get them talking about their drinking", Intent.howTo),
            ("how do i ask you a question", .help),
        ])
    func askingWhom(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.evidence)")
    }

    /// A leave-taking in a clause of its own stays one beside another field's words in the
    /// next; in one clause with them, the words are that field's.
    @Test(
        "leave-taking beside the learner's life",
        arguments: [
            ("I'm calling it a night, need to open the shop at six", Intent.goodbye),
            ("I'm done for tonight, got to open the store early", .goodbye),
            ("will my home insurance go up if I file a claim", .outOfScope),
        ])
    func leaveTaking(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent && m.concepts.isEmpty, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// "Off topic" asks for no list of topics; "a good one" after thanks praises, "some good
    /// ones" asks for examples.
    @Test(
        "off topic and a good one",
        arguments: [
            ("totally off topic, but what is the capital of peru", Intent.outOfScope),
            ("thanks, good one", .thanks),
            ("give me some good ones", .example),
        ])
    func offTopicAndPraise(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A feeling the learner says of themself names no concept; the same words said of a
    /// client name guilt and shame.
    @Test(
        "the learner's own feeling",
        arguments: [
            ("I feel bad, I keep mixing these up", Intent.feelings, [String]()),
            ("i feel guilty, i forgot everything from yesterday", .feelings, []),
            ("making a client feel bad is shame tactics right?", .explain, ["guilt-and-shame"]),
        ])
    func ownFeeling(_ text: String, _ intent: Intent, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent && m.concepts.prefix(1) == concepts.prefix(1), "\(m.intent) \(m.concepts)")
    }

    /// Tips asked for a concept, in a case with a client, are tips for the work.
    @Test("tips with a client in the case")
    func tipsWithAClient() {
        let m = matcher.matchLine("any tricks for open questions when my client only gives one word answers")
        #expect(m.intent == .howTo && m.concepts.first == "open-ended-questions", "\(m.intent) \(m.concepts)")
    }

    /// "This job" is the counselor's own: burnout in it is self-care, not a job hunt; a job
    /// looked for is still another field.
    @Test(
        "this job is the counselor's",
        arguments: [
            ("cómo manejo el burnout in this job", Intent.howTo, ["counselor-self-care"]),
            ("what does burnout look like in this job", .example, ["counselor-self-care"]),
            ("how do I get a job as a counselor", .outOfScope, []),
        ])
    func thisJob(_ text: String, _ intent: Intent, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent && Array(m.concepts.prefix(1)) == concepts, "\(m.intent) \(m.concepts)")
    }

    /// At the merge: a request for the list of topics drops a guess from the concepts' whole
    /// text, but not one whose own name the line says ("list the stages": the stages of change).
    @Test(
        "a list asked of a concept's own name is that concept",
        arguments: [
            ("list the stages for me real quick", Intent.define, ["stages-of-change"]),
            ("can you list the stages again", .define, ["stages-of-change"]),
            ("give me the whole lineup of what's on the card", .topics, []),
        ])
    func listOfANamedConcept(_ text: String, _ intent: Intent, _ concepts: [String]) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(Array(m.concepts.prefix(concepts.count)) == concepts, "\(m.concepts)")
    }
}
