import Testing

@testable import TutorCore

/// Round 24's grading, in other words than the development lines that showed it.
/// - Answers in the other languages the matcher reads (Portuguese, French, Italian, German,
///   Tagalog) go through the same glossary: a don't-know in any of them is a don't-know, and
///   a phrase of three words is a sign of its language though each word is English ("non lo
///   so"). German's "ß" is read as the "ss" the table holds.
/// - Spanish verbs after an indirect object ("le sirve al cliente") are read.
/// - Taking away denied keeps the thing: "it doesn't get rid of the urges" does not say there
///   are none; said without the denial, it is the misconception that the alliance removes
///   temptation, in any of the words for taking away and for the pull to use.
@Suite struct GraderRoundTwentyFourTests {
    @Test(
        "a don't-know in another language is a don't-know",
        arguments: [
            "eu não sei", "não sei, desculpa", "je sais pas du tout", "non lo so, scusa", "ich weiß es nicht",
            "keine Ahnung, sorry", "di ko alam eh", "ewan ko po",
        ])
    func foreignDontKnow(_ line: String) {
        #expect(gradeAnswer("build-trust", line).verdict == .dontKnow, "\(line)")
    }

    @Test(
        "English lines with the same words are answers",
        arguments: [
            GradedCase(
                question: "build-trust", answer: "listen without judging and keep what they say private",
                covered: ["e1", "e3"], misconceptions: [])
        ])
    func englishGraded(_ c: GradedCase) {
        let g = gradeAnswer(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.verdict != .dontKnow, "\(g)")
    }

    @Test("a Spanish verb after its indirect object is read")
    func spanishIndirectObject() {
        let g = gradeAnswer("recovery-disclosure", "solo cuando le sirve al cliente, no a mí")
        #expect(g.covered.contains("e1"), "\(g)")
    }

    @Test(
        "taking away denied is no misconception",
        arguments: [
            "it does not prevent cravings, but he calls his counselor instead of using",
            "the bond won't eliminate the urge to drink, he'll reach out though",
            "a good alliance doesn't cure temptation, it means he texts his counselor instead of going quiet",
        ])
    func deniedRemoval(_ line: String) {
        let g = gradeAnswer("relapse-reach-out", line)
        #expect(g.misconceptions.isEmpty, "\(line): \(g)")
        #expect(g.covered.contains("e1"), "\(line): \(g)")
    }

    @Test(
        "taking away said is the misconception",
        arguments: [
            "a good alliance cures the cravings", "with a strong alliance the urges are eliminated",
            "the alliance gets rid of the urge to use",
        ])
    func saidRemoval(_ line: String) {
        #expect(gradeAnswer("relapse-reach-out", line).misconceptions == ["m1"], "\(line)")
    }

    /// Texting shorthand: "w/" and "w/o" are words ("nothing to do w/ the sessions"), and "n"
    /// is "and", which ends a negation's reach ("w/o judging them n keep it private").
    @Test(
        "texting shorthand is read",
        arguments: [
            GradedCase(
                question: "insurance-secondary", answer: "it's got nothin to do w/ what goes on in session",
                covered: ["e2"], misconceptions: []),
            GradedCase(
                question: "build-trust", answer: "hear them out w/o judging n keep what they tell u private",
                covered: ["e1", "e3"], misconceptions: []),
        ])
    func texting(_ c: GradedCase) {
        let g = gradeAnswer(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    @Test("slash shorthand becomes words; other slashes stay")
    func slashShorthand() {
        #expect(
            Analyzer.slashShorthand("w/ the client w/o judging b/c it helps")
                == "with the client without judging because it helps")
        #expect(Analyzer.slashShorthand("w/clients") == "with clients")
        #expect(Analyzer.slashShorthand("and/or he/she, saw/heard") == "and/or he/she, saw/heard")
    }

    /// The counselor setting goals alone is the misconception; the counselor doing it with the
    /// client, or set against as the worse side of a comparison, is not.
    @Test(
        "the counselor as sole doer",
        arguments: [
            ("the therapist has the degree, so she should choose the goals", ["m1"]),
            ("the counselor picks the goals and the client goes along", ["m1"]),
            ("client and counselor pick the goals together", [String]()),
            ("we decide the goals together, me and the client", []),
            ("it works better than the counselor choosing the goals alone, since the client owns them", []),
        ])
    func soleDoer(_ line: String, _ misconceptions: [String]) {
        #expect(gradeAnswer("collaborative-goals", line).misconceptions == misconceptions, "\(line)")
    }

    /// The common verbs' past forms are the verbs: "they felt attacked" is "feels attacked".
    @Test(
        "a past form is its verb",
        arguments: [
            GradedCase(
                question: "confrontation-effect", answer: "they felt attacked", covered: ["e3"], misconceptions: []),
            GradedCase(
                question: "family-pressure-retention", answer: "because they felt heard and respected",
                covered: ["e3"], misconceptions: []),
        ])
    func pastForms(_ c: GradedCase) {
        let g = gradeAnswer(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
    }

    /// "blank" typed alone (or with an apology) is a mind gone blank; a blank stare in a
    /// longer line is the client's.
    @Test("a bare 'blank' is a don't-know")
    func blank() {
        #expect(gradeAnswer("discord-reply", "blank").verdict == .dontKnow)
        #expect(gradeAnswer("discord-reply", "complete blank, sorry").verdict == .dontKnow)
        #expect(
            gradeAnswer("discord-reply", "he gives me a blank stare, so i'd back off and roll with it").verdict
                != .dontKnow)
    }

    @Test("hurrying is pushing")
    func rushing() {
        let g = gradeAnswer(
            "precontemplation-response", "he's precontemplative, so i wouldn't rush him into anything yet")
        #expect(g.covered == ["e1", "e2"], "\(g)")
    }

    /// "his" and "hers" said as the predicate are ownership; "his goals" only says whose.
    @Test(
        "goals that are his",
        arguments: [
            ("when he helps write them, the goals are his, so he sticks with them", true),
            ("the goals are hers now, she wrote them", true),
            ("he sets his goals", false),
        ])
    func predicateHis(_ line: String, _ owns: Bool) {
        #expect(gradeAnswer("collaborative-goals", line).covered.contains("e1") == owns, "\(line)")
    }
}
