import Foundation
import Testing

@testable import TutorCore

/// Round 17's grader mechanisms, each pinned in other words than the development lines that
/// showed it: a belief's elaboration is no expectation, a reason or condition put first is a
/// cause, and everyday frames (what a group is "like", goals that are "theirs", a "snag").
@Suite struct GraderElaborationTests {
    func grade(_ question: String, _ answer: String) -> Grade { gradeAnswer(question, answer) }

    typealias Case = GradedCase

    /// One word after a belief, in its sentence, says how much or why it holds.
    @Test(arguments: [
        Case(
            question: "upr-not-approval",
            answer: "being unconditional means you agree with anything he did, that's the whole point of unconditional",
            covered: [], misconceptions: ["m1"]),
        Case(
            question: "irritated-counselor",
            answer: "it's transference, the client is projecting his old girlfriend onto you", covered: [],
            misconceptions: ["m1"]),
        Case(
            question: "recovery-disclosure", answer: "share your entire recovery story, it bonds you really fast",
            covered: [], misconceptions: ["m2"]),
    ])
    func aBeliefsElaborationIsNoExpectation(_ c: Case) {
        let g = grade(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    /// A condition that limits the belief, and the items of a list, are said for themselves.
    @Test func aConditionOrAListItemAfterABeliefIsKept() {
        let g = grade("recovery-disclosure", "tell them everything about your recovery, as long as it helps the client")
        #expect(g.covered == ["e1"] && g.misconceptions == ["m2"], "\(g)")
        let list = grade("motivational-interviewing-oars", "open questions, advice, reflections, summaries")
        #expect(list.covered == ["e1", "e3", "e4"] && list.misconceptions == ["m1"], "\(list)")
    }

    /// A reason or a condition put first, with a comma or without, is the cause of what follows.
    @Test(arguments: [
        Case(
            question: "court-order-compliance", answer: "if he never engages, the sessions won't do much for him",
            covered: ["e3"], misconceptions: []),
        Case(
            question: "family-pressure-retention", answer: "because she trusts her counselor, she opens up and talks",
            covered: ["e3"], misconceptions: []),
        Case(
            question: "family-pressure-retention", answer: "if ya trust your counselor ya open up more",
            covered: ["e3"], misconceptions: []),
    ])
    func aReasonOrConditionPutFirstIsACause(_ c: Case) {
        let g = grade(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }

    @Test(arguments: [
        // What a group is like, found out beforehand, is its typical traits.
        Case(
            question: "cultural-humility-ask",
            answer: "study up on what folks from that culture are like and go with it",
            covered: [], misconceptions: ["m1"]),
        Case(
            question: "cultural-humility-ask", answer: "learn what people from that country are usually like",
            covered: [], misconceptions: ["m1"]),
        // Not when the client teaches it.
        Case(
            question: "cultural-humility-ask", answer: "learn from the client what their culture is like",
            covered: ["e2"], misconceptions: []),
        // Goals that are theirs, a plan of her own: ownership.
        Case(
            question: "collaborative-goals", answer: "they see the goals are really theirs", covered: ["e1"],
            misconceptions: []),
        Case(
            question: "collaborative-goals", answer: "the client sees that it is her own plan", covered: ["e1"],
            misconceptions: []),
        // A snag in the relationship is friction in it.
        Case(
            question: "discord-reply", answer: "there's a snag in our relationship", covered: ["e1"], misconceptions: []
        ),
        // Recognizing it is noticing it.
        Case(
            question: "irritated-counselor", answer: "I'd recognize it and not let it spill into the session",
            covered: ["e2"], misconceptions: []),
        // A negation spent on hiding: "not hide alone" does not say she is not alone.
        Case(
            question: "relapse-reach-out", answer: "she phones her counselor and does not hide alone", covered: ["e1"],
            misconceptions: []),
        // "X isn't everything" dismisses X.
        Case(question: "insurance-secondary", answer: "payment isn't everything", covered: [], misconceptions: []),
        // Mirrored back is reflected.
        Case(question: "change-sustain", answer: "mirror both sides back to her", covered: ["e3"], misconceptions: []),
        // A drink wanted is the pull to use; "cuts through" the denial breaks it; whoever "calls
        // the shots" decides; "court time" ending is the order ending.
        Case(
            question: "relapse-reach-out", answer: "once the bond is solid she won't want a beer at all", covered: [],
            misconceptions: ["m1"]),
        Case(
            question: "confrontation-effect", answer: "being blunt cuts through their denial", covered: [],
            misconceptions: ["m1"]),
        Case(
            question: "collaborative-goals", answer: "the therapist ought to call the shots", covered: [],
            misconceptions: ["m1"]),
        Case(
            question: "court-order-compliance", answer: "when his court time is over he'll quit coming",
            covered: ["e3"],
            misconceptions: []),
        // Easing off, doing something new and quitting the arguing change course.
        Case(
            question: "discord-reply", answer: "i'd ease off and do something new", covered: ["e2"], misconceptions: []),
        Case(question: "discord-reply", answer: "quit arguing with him", covered: ["e2"], misconceptions: []),
        // What "is not the same as" says is denied, its own clause too. (Round 18: the activity
        // set apart as the topic, "valuing him", is no longer read as stated.)
        Case(
            question: "upr-not-approval", answer: "valuing him is not the same as saying that what he did was fine",
            covered: ["e2"], misconceptions: []),
        // Going by what was read is applying it.
        Case(
            question: "cultural-humility-ask", answer: "study their culture and go by it", covered: [],
            misconceptions: ["m1"]),
        // Doing better is no sign of being missed getting worse.
        Case(
            question: "fit-why", answer: "so the counselor can adjust and clients do better", covered: ["e3"],
            misconceptions: []),
    ])
    func everydayFramesReadTheIdea(_ c: Case) {
        let g = grade(c.question, c.answer)
        #expect(g.covered == c.covered, "\(g)")
        #expect(g.misconceptions == c.misconceptions, "\(g)")
    }
}
