import Foundation
import Testing

@testable import TutorCore

/// How a line is put while a question is open (`LineForm`), through the whole turn: a line
/// that asks is answered beside the question and never graded; "I don't get the question"
/// rephrases it; an action that ends something is an answer, not a goodbye.
@Suite struct LineFormTests {
    @Test(
        "a line put as a question is not graded and leaves the question open",
        arguments: [
            "whats informed consent", "what's a boundary crossing exactly", "what does congruence mean here",
            "remind me what change talk is", "what would reflective listening look like",
            "my client only comes because the judge ordered it and he won't talk, what do i do",
        ])
    func askingIsNotAnswering(_ line: String) {
        var s = DialogueSession()
        s.say("quiz me on court orders")
        let open = s.state.open?.id
        let firsts = s.state.firstAnswers
        let turn = s.say(line)
        #expect(turn.grade == nil, "\(line) was graded: \(String(describing: turn.grade))")
        #expect(s.state.open?.id == open, "\(line) closed or replaced the question")
        #expect(s.state.firstAnswers == firsts, "\(line) counted as a first attempt")
    }

    @Test func notGettingTheQuestionRephrasesIt() {
        var s = DialogueSession()
        s.say("quiz me on discord")
        let turn = s.say("i dont get the question")
        #expect(turn.match?.intent == .simpler)
        #expect(turn.reply.hasPrefix("In other words: the question is about discord"), "\(turn.reply)")
        #expect(s.state.open?.id == "discord-reply")
    }

    @Test func anActionThatEndsSomethingIsAnAnswerNotAGoodbye() {
        var s = DialogueSession()
        s.say("quiz me on discord")
        let turn = s.say("i'd end the session")
        #expect(!turn.quit)
        #expect(turn.grade != nil, "not graded: \(turn.reply)")
        #expect(s.say("ok that's it for today, bye").quit)
    }

    @Test(
        "a request verb that says what the counselor does, and when, is an answer",
        arguments: [
            ("quiz me on the limits of confidentiality", "explain the limits of confidentiality right at the start"),
            ("quiz me on the limits of confidentiality", "explain the exceptions to confidentiality up front"),
            ("quiz me on court orders", "describe it as compliance without any real commitment"),
        ])
    func anInstructionIsGraded(_ quiz: String, _ line: String) {
        var s = DialogueSession()
        s.say(quiz)
        #expect(s.say(line).grade?.covered.isEmpty == false, "\(line)")
        // The same verb asking the tutor stays a request.
        var t = DialogueSession()
        t.say(quiz)
        #expect(t.say("explain informed consent").grade == nil)
    }

    @Test(
        "a question that sets two things side by side is a side request, whatever answer words it names",
        arguments: [
            "is empathy the same as sympathy?", "does sympathy mean the same as empathy",
            "empathy vs sympathy", "whats the difference between empathy and sympathy again",
        ])
    func aComparisonAskedIsNotGraded(_ line: String) {
        var s = DialogueSession()
        s.say("quiz me on sympathy")
        let turn = s.say(line)
        #expect(turn.grade == nil, "\(line): \(String(describing: turn.grade))")
        #expect(s.state.open?.id == "which-is-empathic")
    }

    @Test(
        "a suggestion is an attempt, graded",
        arguments: ["what about being friendly with them", "how about a good relationship", "what if you're just nice"])
    func aSuggestionIsGraded(_ line: String) {
        var s = DialogueSession()
        s.say("quiz me on building trust")
        #expect(s.say(line).grade != nil, "\(line)")
        #expect(s.state.open?.answers == 1)
    }

    @Test func aClaimPutAsAQuestionIsGraded() {
        var s = DialogueSession()
        s.say("quiz me on insurance coverage")
        #expect(s.say("isn't the insurance plan what really decides if treatment works").grade != nil)
    }

    @Test(
        "follow-ups lean on what was just discussed",
        arguments: [
            ("what is trust", "how does it connect to feeling safe", Intent.compare, ["trust", "safe-space"]),
            ("what is empathy", "is it as important as congruence", .compare, ["empathy", "congruence"]),
            (
                "what are guilt and shame tactics", "what should a counselor do instead", .howTo,
                ["motivational-interviewing", "guilt-and-shame"]
            ),
            (
                "what is motivational interviewing", "how would i use it with a teenager his parents sent", .howTo,
                ["motivational-interviewing"]
            ),
        ])
    func followUpsLeanBack(_ context: String, _ line: String, _ intent: Intent, _ concepts: [String]) {
        var s = DialogueSession()
        s.say(context)
        s.state.open = nil
        let m = s.say(line).match
        #expect(m?.intent == intent, "\(line): \(String(describing: m))")
        #expect(Array(m?.concepts.prefix(concepts.count) ?? []) == concepts, "\(line): \(String(describing: m))")
    }
}
