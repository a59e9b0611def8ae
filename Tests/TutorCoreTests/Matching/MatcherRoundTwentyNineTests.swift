import Foundation
import Testing

@testable import TutorCore

/// Round 29's single-line mechanisms, each pinned on lines of our own in other words than the
/// development lines that showed the miss, with near lines the rule must leave alone.
@Suite struct MatcherRoundTwentyNineTests {
    let matcher = Fixtures.tutor.matcher

    /// Courtesies and small frames of the languages this round's development learners mix in
    /// (Catalan, Yoruba, Tagalog, Welsh, Hausa, Tamil, Swahili), read in English.
    @Test(
        "a courtesy or frame in another language",
        arguments: [
            ("Bona tarda!", Intent.greeting), ("fins aviat!", .goodbye), ("E kaasan o", .greeting),
            ("o se gan an", .thanks), ("o dabo", .goodbye), ("magandang gabi po", .greeting),
            ("kinakabahan ako, the exam is on friday", .feelings), ("Diolch yn fawr, that helped", .thanks),
            ("Sannu, good afternoon", .greeting), ("Vanakkam!", .greeting), ("Sai gobe, I must go", .goodbye),
        ])
    func courtesy(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    @Test("a frame in another language around an English question")
    func frameAroundAQuestion() {
        let m = matcher.matchLine("Tafadhali, what is transference?")
        #expect(m.intent == .define && m.concepts.first == "transference", "\(m.intent) \(m.concepts) \(m.evidence)")
        let quiz = matcher.matchLine("pwede bang quiz on boundaries?")
        #expect(quiz.intent == .quiz, "\(quiz.intent) \(quiz.concepts) \(quiz.evidence)")
    }

    /// English words the new tables spell too ("bore", "da", "an", "on") leave an English line as
    /// it is, and a line with no word of a language is weighed against none.
    @Test(
        "English lines are not read as another language",
        arguments: [
            "i bet the session will bore him, is that a rupture", "is it an empathy thing or a sympathy thing",
            "what does the DA do in drug court", "no ho hum answers please, what is congruence",
        ])
    func englishStaysEnglish(_ text: String) {
        #expect(Glossary.english(text) == nil, "\(Glossary.english(text) ?? "")")
    }

    @Test("a sign word points only at the languages it can show")
    func signLanguages() {
        let tamil = Glossary.languages.firstIndex { $0.sure.contains("vanakkam") }!
        #expect(Glossary.signLanguages["vanakkam"] == 1 << tamil)
        #expect(Glossary.signLanguages["the"] == nil)
        #expect(Glossary.maySignal("diolch") && !Glossary.maySignal("bore"))
    }

    /// The learner's own reading of one concept, put up for checking, asks what it is.
    @Test(
        "a reading of one concept offered for checking",
        arguments: [
            ("empathy = just feeling sorry for them?? or is there more to it", "empathy"),
            ("Transference - is that the one where the client treats me like her ex?", "transference"),
            (
                "my aunt's rehab kept saying they did person centered work, so what does person centered mean, officially?",
                "client-centered-approach"
            ),
        ])
    func ownReading(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .define, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    @Test("two things set side by side, or a question asked for, are no reading offered")
    func noReadingOffered() {
        let compared = matcher.matchLine("what's the difference between empathy and sympathy, or is there more to it")
        #expect(compared.intent == .compare, "\(compared.intent) \(compared.concepts) \(compared.evidence)")
        let quiz = matcher.matchLine("quiz me on the one where the client cries")
        #expect(quiz.intent == .quiz, "\(quiz.intent) \(quiz.concepts) \(quiz.evidence)")
    }

    /// A remark after asking ("sounds like …") asks for no example, and the remark's words are no
    /// other field's subject.
    @Test(
        "a remark after asking what a term is",
        arguments: [
            ("what is immediacy. sounds like a first-aid word", "immediacy"),
            ("Metacommunication. What is it? Sounds like phone company talk.", "metacommunication"),
        ])
    func remark(_ text: String, _ concept: String) {
        let m = matcher.matchLine(text)
        #expect(m.intent == .define, "\(m.intent) \(m.concepts) \(m.evidence)")
        #expect(m.concepts.first == concept, "\(m.concepts) \(m.evidence)")
    }

    @Test("what a thing would sound like is still an example")
    func soundsLikeAsked() {
        let m = matcher.matchLine("what would reflective listening sound like with an angry client")
        #expect(m.intent == .example, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A word said twice for emphasis counts once as another field's word.
    @Test("a word said twice")
    func reduplication() {
        let tokens = Fixtures.tutor.analyzer.analyze("break it down small small").tokens
        #expect(Matcher.repeatsTheWordBefore(tokens, tokens.count - 1))
        #expect(!Matcher.repeatsTheWordBefore(tokens, tokens.count - 2))
        let m = matcher.matchLine("I am lost, please break it down small small")
        #expect(m.intent == .simpler, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// The learner's own time left ("I've got two weeks") beside "where do I start" asks where to
    /// start studying; "where do I start" on the open question is still a hint.
    @Test("where to start, with the time left")
    func whereToStart() {
        let m = matcher.matchLine("Where do I start? I've got two weeks.")
        #expect(m.intent == .studyAdvice, "\(m.intent) \(m.concepts) \(m.evidence)")
        let hint = matcher.matchLine("where do i start on this question")
        #expect(hint.intent == .hint, "\(hint.intent) \(hint.concepts) \(hint.evidence)")
    }

    /// Requests in the words learners used this round.
    @Test(
        "requests in learners' words",
        arguments: [
            ("I'd appreciate a clue", Intent.hint), ("how much I have learned so far?", .progress),
            ("Give me more difficult one please", .harder), ("anything easier? that was rough", .easier),
            ("So what all can I learn from you?", .topics), ("so how am I stacking up", .progress),
            ("how do those two relate, empathy and congruence", .compare),
            ("By what mechanism does trust keep clients in treatment?", .explain),
            ("How does one build trust with a teen?", .howTo),
        ])
    func requests(_ text: String, _ intent: Intent) {
        let m = matcher.matchLine(text)
        #expect(m.intent == intent, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// "A fella in group asked me…" is the learner's story, not a request to be asked.
    @Test("someone in the story asked the learner")
    func reportedAsking() {
        let m = matcher.matchLine("a fella in my group asked me if I drink, how do I handle that")
        #expect(m.intent == .howTo, "\(m.intent) \(m.concepts) \(m.evidence)")
    }

    /// A case told, then "what does that mean", asks what is going on in it; a term named, then
    /// the same words, asks what the term means.
    @Test("what a case told means")
    func whatACaseMeans() {
        let m = matcher.matchLine("client started yelling at me in group today, what does that mean")
        #expect(m.intent == .explain, "\(m.intent) \(m.concepts) \(m.evidence)")
        let term = matcher.matchLine("immediacy, what does that mean")
        #expect(term.intent == .define, "\(term.intent) \(term.concepts) \(term.evidence)")
        let tokens = Fixtures.tutor.analyzer.analyze("what does that mean for his treatment plan").tokens
        #expect(!Matcher.asksWhatThatMeans(tokens))
    }

    /// A feeling's word before the person it describes ("a nervous client") is not the learner's.
    @Test("a feeling of someone else")
    func feelingOfAnother() {
        let m = matcher.matchLine("How do I get a nervous client to open up in the first session?")
        #expect(m.intent == .howTo, "\(m.intent) \(m.concepts) \(m.evidence)")
        for text in ["I get so nervous clients can tell", "im nervous, client tomorrow"] {
            let own = matcher.matchLine(text)
            #expect(own.intent == .feelings, "\(text): \(own.intent) \(own.concepts) \(own.evidence)")
        }
    }
}
