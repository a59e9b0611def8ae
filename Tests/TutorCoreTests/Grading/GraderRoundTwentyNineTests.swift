import Testing

@testable import TutorCore

/// Round 29's grading, in other words than the development lines that showed it.
/// - An answer in Tagalog is read in English, its verbs with their doer put first
///   (`Grader+Tagalog`).
/// - A rejection said of a person, in a condition or told to someone ("when they're wrong",
///   "show him it is wrong") judges no claim before it (`Analyzer.judgesAPerson`).
/// - "Call someone out" is confronting (`Grader+CallOut`); an option letter run down is no
///   pick (`Grader+DisparagedOption`); "more heart" is feeling (`Grader+Heart`); "That's X"
///   after "S is Y." names S (`Grader+ThatSubject`); a term between "what" and "means" is
///   mentioned, not used (`Grader+MentionedTerm`); swapped labels credit neither pairing
///   (`Grader+SwappedLabels`); quitting an activity is stopping it (`Grader+QuitDoing`).
/// - Negation: the harm words spend a negation, also in the passive after what is lost; a
///   relative clause of a thing denied with "a" is denied with it ("not a class you finish").
/// - A ranking "it" after a chain of "no X, no Y" stands for its first thing; a clipped pick
///   ("family one.") picks; "change tack" changes the approach; "transferring her feelings
///   onto you" is transference; "I'm afraid I simply don't know" and a muddle are don't-knows.
@Suite struct GraderRoundTwentyNineTests {
    @Test(
        "an answer in Tagalog credits what it says",
        arguments: [
            ("upr-not-approval", "tatanggapin ko po siya kahit ano pa ang ginawa niya", "e1"),
            ("build-trust", "makinig po kayo sa kanila", "e1"),
            ("cultural-humility-ask", "tatanungin ko po sila tungkol sa kultura nila", "e2"),
        ])
    func tagalog(_ question: String, _ line: String, _ idea: String) {
        #expect(gradeAnswer(question, line).covered.contains(idea), "\(line)")
    }

    @Test("a Tagalog courtesy alone credits nothing")
    func tagalogCourtesy() {
        #expect(gradeAnswer("build-trust", "salamat po").covered.isEmpty)
    }

    @Test("a rejection said of the client in a condition leaves the claim before it standing")
    func rejectionOfAPerson() {
        let g = gradeAnswer("build-trust", "listen to them, and if they are wrong, point it out gently")
        #expect(g.covered.contains("e1"), "\(g)")
    }

    @Test("what one would show the client is wrong leaves the belief before it held")
    func rejectionToldToSomeone() {
        let g = gradeAnswer("change-sustain", "the sleep part is denial, so I'd show him it is wrong")
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    @Test("a rejection of its own still rejects the claim before it")
    func rejectionStillRejects() {
        #expect(gradeAnswer("change-sustain", "the sleep part is denial, that is wrong").misconceptions.isEmpty)
    }

    @Test("never calling the client out is never challenging them")
    func callOut() {
        #expect(
            gradeAnswer("upr-not-approval", "it means you never call them out on anything").misconceptions == ["m2"])
    }

    @Test("calling a client after a rough session is still contacting them")
    func callStaysContact() {
        #expect(gradeAnswer("build-trust", "call them after a rough session").covered == ["e5"])
    }

    @Test("an option letter run down is not the pick; A picked for its heart is the belief")
    func disparagedOption() {
        let g = gradeAnswer("which-is-empathic", "A, it has more heart. B is so cold.")
        #expect(!g.covered.contains("e1"), "\(g)")
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    @Test("an option letter praised is still the pick")
    func praisedOption() {
        #expect(gradeAnswer("which-is-empathic", "B, it sounds like she gets it").covered.contains("e1"))
    }

    @Test("'That's change talk' after 'the kids bit is what he wants' labels the kids bit")
    func thatSubject() {
        #expect(gradeAnswer("change-sustain", "The kids bit is what he wants. That's change talk.").covered == ["e1"])
    }

    @Test("'That's change talk' after a sentence with no named subject labels nothing")
    func thatWithoutSubject() {
        #expect(gradeAnswer("change-sustain", "He wants it. That's change talk.").covered.isEmpty)
    }

    @Test("a term defined by the belief is mentioned, not credited")
    func mentionedTerm() {
        let g = gradeAnswer("upr-not-approval", "whatever she did is ok, that's what unconditional means")
        #expect(g.covered.isEmpty, "\(g)")
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    @Test("a term used to say what it asks of the counselor is credited")
    func usedTerm() {
        let g = gradeAnswer("upr-not-approval", "unconditional means you accept the person, not the behavior")
        #expect(g.covered.contains("e1"), "\(g)")
    }

    @Test("labels swapped credit neither pairing; labels paired right credit both")
    func swappedLabels() {
        #expect(gradeAnswer("change-sustain", "sleep is change talk and the kids are sustain talk").covered.isEmpty)
        #expect(
            gradeAnswer("change-sustain", "the kids are change talk and the sleep is sustain talk").covered == [
                "e1", "e2",
            ])
    }

    @Test("quitting an activity is stopping it; quitting coming is leaving")
    func quitDoing() {
        #expect(!gradeAnswer("confrontation-effect", "they'd quit trusting you").covered.contains("e2"))
        #expect(gradeAnswer("confrontation-effect", "they'd quit coming").covered == ["e2"])
    }

    @Test("a harm denied keeps the trust; a harm said damages it")
    func deniedHarm() {
        #expect(
            !gradeAnswer("confrontation-effect", "it won't wreck the trust, they need a push").covered.contains("e3"))
        #expect(gradeAnswer("confrontation-effect", "it wrecks the trust").covered == ["e3"])
    }

    @Test("a thing denied with 'a' denies its relative clause")
    func deniedRelative() {
        #expect(gradeAnswer("cultural-humility-ask", "it's not a class you finish").covered == ["e3"])
        #expect(gradeAnswer("cultural-humility-ask", "it's a class you finish").covered.isEmpty)
    }

    @Test("a ranking 'it' after a chain of 'no X, no Y' stands for its first thing")
    func noChain() {
        let g = gradeAnswer("insurance-secondary", "no coverage, no rehab, no sobriety. it's the biggest thing")
        #expect(g.misconceptions == ["m1"], "\(g)")
    }

    @Test("feelings transferred onto the counselor are transference, not a referral")
    func transferredOnto() {
        let g = gradeAnswer("irritated-counselor", "she's transferring her feelings about her ex onto you")
        #expect(g.misconceptions == ["m1"], "\(g)")
        #expect(gradeAnswer("irritated-counselor", "transfer her to another counselor").misconceptions == ["m2"])
    }

    @Test("a clipped pick of the family client is the belief")
    func clippedPick() {
        #expect(gradeAnswer("family-pressure-retention", "family one. they nag him every day").misconceptions == ["m1"])
    }

    @Test("changing tack or tactics changes the approach")
    func changeTack() {
        #expect(gradeAnswer("discord-reply", "time to change tactics").covered == ["e2"])
    }

    @Test(
        "a polite or muddled not knowing is a don't-know",
        arguments: ["I'm afraid I simply don't know.", "sorry, I've muddled up the stages", "i'm blanking here, sorry"])
    func dontKnow(_ line: String) {
        #expect(gradeAnswer("precontemplation-response", line).verdict == .dontKnow, "\(line)")
    }

    @Test("'I'm afraid' before a claim is an attempt")
    func afraidClaim() {
        #expect(gradeAnswer("precontemplation-response", "I'm afraid he'd get defensive").verdict != .dontKnow)
    }
}
