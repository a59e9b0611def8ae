import Testing

@testable import TutorCore

/// An answer that says none of the open question's ideas but, in more than one word, an idea of
/// another recall question (same or related concept) is told it is true, not "not quite yet".
@Suite struct TrueElsewhereTests {
    let alliance = "alliance-definition"

    func allianceQuestionOpen() -> DialogueSession {
        var s = DialogueSession()
        #expect(
            s.say(":quiz therapeutic-alliance").moves.first == .ask(question: alliance, concept: "therapeutic-alliance")
        )
        return s
    }

    @Test(
        "a true idea of Bordin's model, said about the alliance, is called true and the ladder goes on",
        arguments: ["agreement on the tasks too", "they have to agree on the tasks as well", "both agreeing on tasks"])
    func trueOfARelatedConcept(_ line: String) {
        var s = allianceQuestionOpen()
        let r = s.say(line)
        #expect(r.grade?.covered == [], "\(line)")
        guard case .trueElsewhere(let q, let e)? = r.moves.first else {
            Issue.record("\(line): \(r.moves)")
            return
        }
        #expect(q == "bordin-working-alliance-parts" && e == "e2")
        #expect(!r.moves.contains(.notYet(firstAnswer: true)))
        #expect(s.state.open?.id == alliance)
    }

    @Test(
        "one shared word, a bare term or a wrong answer is not called true",
        arguments: [
            "tasks", "you have to be honest with them", "the counselor is the expert who tells them what to do",
        ])
    func notTrueElsewhere(_ line: String) {
        var s = allianceQuestionOpen()
        let r = s.say(line)
        #expect(!r.moves.contains { if case .trueElsewhere = $0 { true } else { false } }, "\(line): \(r.moves)")
    }
}

/// "Is that right?" asks how the learner's own answer stands: while a question is open it is
/// told what the answers so far cover, and the question stays open; it is never graded.
@Suite struct AnswerCheckTests {
    @Test(
        "a request to check one's answer is read as such",
        arguments: [
            "is that right?", "was i close", "did i get it?", "am i on the right track", "correct?", "right?",
            "is that even close?", "was that right or not",
        ])
    func asksIfRight(_ line: String) {
        #expect(LineForm.asksIfRight(Fixtures.tutor.analyzer.analyze(line)), "\(line)")
    }

    @Test(
        "an answer, a bare agreement or another request is not",
        arguments: [
            "right", "right, so the bond comes first", "is that right that trust matters most?", "what is right action",
            "the right track is to listen", "is it the bond?",
        ])
    func notAsksIfRight(_ line: String) {
        #expect(!LineForm.asksIfRight(Fixtures.tutor.analyzer.analyze(line)), "\(line)")
    }

    @Test("while a question is open: what is covered so far, ungraded, the question kept open")
    func whileOpen() {
        var s = DialogueSession()
        _ = s.say(":quiz lapse-vs-relapse")
        let before = s.say("is that right?")
        #expect(
            before.moves == [
                .answerSoFar(question: "lapse-wedding", covered: [], answered: false), .stillOpen("lapse-wedding"),
            ])
        _ = s.say("it's just a lapse, a one time slip")
        let r = s.say("am i close?")
        #expect(r.grade == nil && r.openLine == .sideRequest)
        #expect(r.moves.first == .answerSoFar(question: "lapse-wedding", covered: ["e1"], answered: true), "\(r.moves)")
        #expect(s.state.open?.id == "lapse-wedding")
    }
}

/// "Just tell me the answer" gives up on the open question, as "show me the answer" does: the
/// full answer, never a grade that reads "tell" as the learner's idea.
@Suite struct AnswerRequestTests {
    @Test(
        "a request for the answer itself gives up on the question",
        arguments: [
            "tell me the answer", "just tell me the answer pls", "what's the answer?",
            "ok i give up, what is the answer",
            "can you give me the right answer", "reveal the answer",
        ])
    func givesUp(_ line: String) {
        var s = DialogueSession()
        _ = s.say(":quiz empathy")
        let r = s.say(line)
        #expect(r.moves.first == .moveOn, "\(line): \(r.moves)")
        #expect(r.grade?.verdict == .dontKnow && r.grade?.misconceptions == [])
        #expect(s.state.open == nil)
    }

    @Test(
        "a line that says something besides is not",
        arguments: ["the answer is to tell them how they feel", "tell me why the answer is B", "i know the answer"])
    func notGivingUp(_ line: String) {
        #expect(!Tutor.asksForTheAnswer(Fixtures.tutor.analyzer.analyze(line)), "\(line)")
    }
}

/// An adverb of emphasis inside a question to the tutor about itself leaves it the same question.
@Suite struct TutorQuestionEmphasisTests {
    @Test(
        "emphasis inside a question about the tutor",
        arguments: [
            ("so what do u actually teach", Intent.topics), ("what do you even cover", .topics),
            ("how am i really doing", .progress),
        ])
    func emphasis(_ line: String, _ intent: Intent) {
        #expect(Fixtures.tutor.matcher.match(Fixtures.tutor.analyzer.analyze(line)).intent == intent, "\(line)")
    }
}

/// "Got it" takes note; only thanks get "you're welcome".
@Suite struct AcknowledgementTests {
    @Test(
        "a line that takes note is answered as such, thanks as thanks",
        arguments: [
            ("k got it", true), ("makes sense", true), ("ok cool, good to know", true), ("thanks!", false),
            ("got it, thank you", false), ("that helped a lot", false), ("much appreciated", false),
        ])
    func acknowledges(_ line: String, _ noting: Bool) {
        var s = DialogueSession()
        let r = s.say(line)
        #expect(r.moves == [.thank(questionOpen: false, acknowledges: noting)], "\(line): \(r.moves)")
    }
}

/// Found when the round's branches met: a word of progress under a negation asks for no report,
/// and "the good kind" of a pair is the one that does not work against engagement.
@Suite struct MergeRoundSeventeenTests {
    @Test(
        "a negated word of progress is no request for progress",
        arguments: ["it never really finishes, you keep learning", "you're never finished growing as a counselor"])
    func negatedProgress(_ line: String) {
        let m = Fixtures.tutor.matcher.match(Fixtures.tutor.analyzer.analyze(line))
        #expect(m.intent != .progress, "\(line): \(m.evidence)")
    }

    @Test("a progress request with a word of progress in it still is one")
    func progressStill() {
        let m = Fixtures.tutor.matcher.match(Fixtures.tutor.analyzer.analyze("have i finished all the topics yet"))
        #expect(m.intent == .progress, "\(m.evidence)")
    }

    @Test("after the pair was compared, 'the good kind' is the one that does not work against engagement")
    func judgedKindAfterThePair() {
        var s = DialogueSession()
        s.say("harsh confrontation versus empathic confrontation")
        let m = s.say("what does the good kind look like in practice").match
        #expect(m?.intent == .example && m?.concepts == ["empathic-confrontation"], "\(String(describing: m))")
    }
}

/// An answer that only says again an idea already credited for the open question (earlier in
/// the question, or before a resumed session) is told it is right and already counted: not
/// "not quite yet", and not "true of another question", which would call it no part of this one.
@Suite struct AlreadySaidTests {
    @Test(
        "an idea credited before, said again in other words, is called right and already counted",
        arguments: [
            ("they trust each other", "there is trust between them"),
            ("they trust each other", "its all about mutual trust"),
            ("they agree on the goals", "agreement on goals and tasks and the bond"),
        ])
    func saidAgain(_ first: String, _ again: String) {
        var s = DialogueSession()
        _ = s.say(":quiz therapeutic-alliance")
        let credited = s.say(first).grade?.covered ?? []
        #expect(!credited.isEmpty, "\(first)")
        let r = s.say(again)
        #expect(r.moves.first == .alreadySaid(question: "alliance-definition", expectations: credited), "\(r.moves)")
        #expect(!r.moves.contains { if case .trueElsewhere = $0 { true } else { false } })
        #expect(!r.moves.contains { if case .notYet = $0 { true } else { false } })
        #expect(r.reply.hasPrefix("Right, and you've already got that one:"), "\(r.reply)")
        #expect(s.state.open?.id == "alliance-definition")
    }

    @Test("a new idea beside an old one is praised for the new one only")
    func newBesideOld() {
        var s = DialogueSession()
        _ = s.say(":quiz therapeutic-alliance")
        _ = s.say("they trust each other")
        let r = s.say("trust, and they agree on the goals")
        guard case .praise(_, let covered, _)? = r.moves.first else {
            Issue.record("\(r.moves)")
            return
        }
        #expect(covered.map(\.expectation) == ["e3"])
    }
}

/// "Hmm", "let me think", "one sec", a bare "ok" while a question is open: the learner is
/// thinking or taking the question up, not answering. Nothing is graded (a wrong first answer
/// would count against their mastery), no answer is counted, and the question stays open.
@Suite struct ThinkingAloudTests {
    @Test(
        "hesitation and a wish for time are not graded",
        arguments: [
            "hmm", "hmmmm", "umm", "uhh", "erm", "let me think", "hmm lemme think about it", "one sec",
            "hold on, still thinking", "give me a minute", "ok", "wait", "sure",
        ])
    func notGraded(_ line: String) {
        var s = DialogueSession()
        _ = s.say(":quiz therapeutic-alliance")
        let r = s.say(line)
        #expect(r.grade == nil, "\(line): \(String(describing: r.grade))")
        #expect(r.moves == [.noTimeLimit(questionOpen: true)], "\(line): \(r.moves)")
        #expect(s.state.open?.id == "alliance-definition" && s.state.open?.answers == 0)
    }

    @Test("hesitation again gets shorter words, never the same reply twice in a row")
    func again() {
        var s = DialogueSession()
        _ = s.say(":quiz therapeutic-alliance")
        let replies = ["hmm", "umm", "one sec", "ok"].map { s.say($0).reply }
        #expect(replies[0].hasPrefix("There's no time limit"))
        for (a, b) in zip(replies, replies.dropFirst()) { #expect(a != b, "\(replies)") }
        _ = s.say("what is trust?")
        #expect(s.say("hmm").reply == replies[0], "the count starts again after another line")
    }

    @Test(
        "a line with any other word is an answer",
        arguments: ["hmm maybe trust", "hmm or maybe not", "umm they work together", "let me think, a partnership"])
    func stillAnAnswer(_ line: String) {
        var s = DialogueSession()
        _ = s.say(":quiz therapeutic-alliance")
        #expect(s.say(line).grade != nil, "\(line)")
    }

    @Test(
        "the sounds of hesitation",
        arguments: [
            ("hmm", true), ("hm", true), ("ummm", true), ("errm", true), ("uh", true), ("mmm", true), ("her", false),
            ("hue", false), ("mum", false), ("he", false),
        ])
    func hesitation(_ word: String, _ expected: Bool) {
        #expect(LineForm.isHesitation(word) == expected, "\(word)")
    }
}

/// "What did I get wrong on that one?" right after a question closed: the ideas the learner's
/// answers had, and the ones they did not (a progress request; nothing is graded).
@Suite struct MissedOnLastTests {
    @Test(
        "the ideas missed on the question just closed",
        arguments: [
            "what did i get wrong on the last one", "what did i miss?", "which part did i miss", "what was i missing",
        ])
    func missed(_ line: String) {
        var s = DialogueSession()
        _ = s.say(":quiz therapeutic-alliance")
        _ = s.say("they trust each other")
        _ = s.say("skip")
        let r = s.say(line)
        #expect(r.moves == [.missedOnLast(question: "alliance-definition", covered: ["e2"])], "\(line): \(r.moves)")
        #expect(r.match?.intent == .progress)
        #expect(r.grade == nil)
        #expect(r.reply.hasPrefix("You had: it rests on mutual trust and respect.\nYou missed:"), "\(r.reply)")
        #expect(!r.reply.contains("  - It rests on mutual trust"))
    }

    @Test("a complete answer missed nothing")
    func nothingMissed() {
        var s = DialogueSession()
        _ = s.say(":quiz therapeutic-alliance")
        _ = s.say("a partnership built on mutual trust and respect where they agree on the goals")
        #expect(s.state.open == nil)
        #expect(s.say("what did i miss").reply.hasPrefix("Nothing:"))
    }

    @Test("with no question just closed, or with one open, the line is not read so")
    func notAfterAClose() {
        var fresh = DialogueSession()
        #expect(!fresh.say("what did i miss").moves.contains { if case .missedOnLast = $0 { true } else { false } })
        var open = DialogueSession()
        _ = open.say(":quiz therapeutic-alliance")
        #expect(!open.say("what did i miss").moves.contains { if case .missedOnLast = $0 { true } else { false } })
    }
}
