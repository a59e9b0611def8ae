import Testing

@testable import TutorCore

/// Round 25's grading, in other words than the development lines that showed it.
/// - A don't-know in Polish, Czech, Russian, Hindi and Urdu, Vietnamese, Indonesian, Turkish,
///   Dutch, Swedish, Japanese or Chinese, typed in Latin letters.
/// - Getting on with someone is a connection; "plenty" and "sufficient" are "enough", but not
///   before a noun ("plenty of pressure" is an amount).
/// - The question's "them" in an answer ("the counselor should set them": the goals).
/// - A one-word phrasing met only in the question's own premise word is no evidence.
/// - "What happens in therapy" is its experience; "zero to do with" is "nothing to do with".
/// - A comparison typed as ">" or said "more important than X" sets X below.
/// - "Unless" before a named limit only opens it; "there are exceptions" says limits.
/// - "Little to do with" denies; the first session is the start.
@Suite struct GraderRoundTwentyFiveTests {
    @Test(
        "a don't-know in more languages",
        arguments: ["nie wiem", "pata nahi", "ik weet het niet", "tidak tahu", "bilmiyorum maaf", "khong biet"])
    func foreignDontKnow(_ line: String) {
        #expect(gradeAnswer("build-trust", line).verdict == .dontKnow, "\(line)")
    }

    @Test(
        "getting on with the counselor is the connection",
        arguments: [
            "the one who gets along with her therapist", "whoever hit it off with the counselor",
            "the one who gets on with his counselor sticks with it",
        ])
    func gettingOn(_ line: String) {
        #expect(gradeAnswer("family-pressure-retention", line).covered == ["e1"], "\(line)")
    }

    @Test(
        "enough in other words",
        arguments: ["family pushing is plenty to keep him", "the family's pressure is sufficient"])
    func enough(_ line: String) {
        #expect(gradeAnswer("family-pressure-retention", line).misconceptions == ["m1"], "\(line)")
    }

    @Test("an amount of pressure is no judgement that it is enough")
    func amount() {
        let g = gradeAnswer("family-pressure-retention", "plenty of pressure from home won't make him committed")
        #expect(g.misconceptions.isEmpty, "\(g)")
        #expect(g.covered == ["e2"], "\(g)")
    }

    @Test(
        "the question's them is its goals",
        arguments: ["I'd let the counselor choose them, they know best", "the therapist should pick them herself"])
    func questionsThem(_ line: String) {
        #expect(gradeAnswer("collaborative-goals", line).misconceptions == ["m1"], "\(line)")
    }

    @Test("the question's own words as a topic claim nothing")
    func questionsWordsAsTopic() {
        let g = gradeAnswer(
            "collaborative-goals", "the counselor setting them alone might not suit what the client needs")
        #expect(g.misconceptions.isEmpty, "\(g)")
    }

    @Test(
        "the premise said back is no evidence",
        arguments: ["it's just nicer together", "together works better, I guess"])
    func premiseEcho(_ line: String) {
        let g = gradeAnswer("collaborative-goals", line)
        #expect(g.covered.isEmpty, "\(line): \(g)")
    }

    @Test("doing it together said of us is taking part")
    func togetherSaidOfUs() {
        #expect(
            gradeAnswer("collaborative-goals", "we decide on them together so the client has a say").covered == ["e2"])
    }

    @Test(
        "what happens in therapy is its experience",
        arguments: ["money has zero to do with how sessions go", "it doesnt affect what goes on in the sessions"])
    func experience(_ line: String) {
        #expect(gradeAnswer("insurance-secondary", line).covered.contains("e2"), "\(line)")
    }

    @Test(
        "a comparison's lesser side",
        arguments: [
            GradedCase(
                question: "insurance-secondary",
                answer: "insurance is more important than the bond with your therapist",
                covered: [], misconceptions: ["m1"]),
            GradedCase(
                question: "insurance-secondary", answer: "coverage > alliance", covered: [], misconceptions: ["m1"]),
            GradedCase(
                question: "insurance-secondary", answer: "alliance > coverage", covered: ["e2"], misconceptions: []),
            GradedCase(
                question: "insurance-secondary", answer: "the bond is more important than the coverage",
                covered: ["e2"],
                misconceptions: []),
        ])
    func comparison(_ c: GradedCase) {
        let g = gradeAnswer(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    @Test(
        "little to do with denies the effect",
        arguments: [
            "the alliance has very little to do with how engaged they are", "the bond has little to do with engagement",
        ])
    func littleToDoWith(_ line: String) {
        #expect(gradeAnswer("client-engagement-effect", line).misconceptions == ["m1"], "\(line)")
    }

    @Test(
        "trust from the first session is the misconception",
        arguments: ["they ought to trust me from the very first session", "clients should trust you from the get-go"])
    func trustAtOnce(_ line: String) {
        #expect(gradeAnswer("trust-over-time", line).misconceptions == ["m1"], "\(line)")
    }

    @Test(
        "an unless before a named limit is that limit only",
        arguments: [
            "it stays between us unless someone could get hurt", "private, except where a judge orders the records",
        ])
    func namedException(_ line: String) {
        #expect(gradeAnswer("confidentiality-promise", line).covered == ["e2"], "\(line)")
    }

    @Test("limits said in general are the limits")
    func generalLimits() {
        let g = gradeAnswer(
            "confidentiality-promise", "mostly yes, but there are exceptions, like if you might harm someone")
        #expect(g.covered == ["e1", "e2"], "\(g)")
    }

    @Test("treating the client as the expert is no treating everyone the same")
    func treatingAsExpert() {
        let g = gradeAnswer(
            "cultural-humility-ask", "let the client teach me about their background and treat them as the expert on it"
        )
        #expect(g.misconceptions.isEmpty, "\(g)")
        #expect(g.covered.contains("e2"), "\(g)")
    }

    @Test("like any other client is the same", arguments: ["I'd just treat him like any other client"])
    func likeAnyOther(_ line: String) {
        #expect(gradeAnswer("cultural-humility-ask", line).misconceptions == ["m2"], "\(line)")
    }
}
