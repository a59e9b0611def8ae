/// The ids that `spec/KNOWLEDGE.md` makes a contract: the evaluation sets and the machine
/// interfaces use them, so the knowledge base must contain every one.
public enum SpecContract {
    /// Concept ids by group, in the specification's order.
    public static let concepts: [(group: String, ids: [String])] = [
        (
            "relationship",
            [
                "therapeutic-alliance", "trust", "collaboration", "shared-goals", "empathy", "active-listening",
                "open-communication", "mutual-respect", "safe-space",
            ]
        ),
        (
            "effects",
            [
                "client-engagement", "treatment-retention", "tailored-treatment", "client-motivation",
                "emotional-support", "relapse-safety-net",
            ]
        ),
        (
            "other-factors",
            [
                "family-insistence", "court-orders", "compliance-vs-commitment", "program-location",
                "insurance-coverage", "patient-compliance", "medication-adherence",
            ]
        ),
        ("against-engagement", ["guilt-and-shame", "negative-family-messaging", "strong-confrontation"]),
        ("not-the-alliance", ["doctor-patient-bond", "family-goal-agreement", "code-of-ethics", "session-structure"]),
        ("around", ["client-centered-approach", "alliance-building-acts", "self-alliance"]),
        (
            "beyond-seeds",
            [
                "bordin-working-alliance", "alliance-outcome-research", "alliance-rupture-repair",
                "working-alliance-inventory", "motivational-interviewing", "rogers-core-conditions",
            ]
        ),
        // Knowledge v2: the counseling relationship as the certification exams test it.
        (
            "frame",
            [
                "informed-consent", "confidentiality-limits", "boundaries", "counselor-self-disclosure", "termination",
                "counselor-self-care",
            ]
        ),
        (
            "microskills",
            [
                "unconditional-positive-regard", "congruence", "sympathy", "attending-behavior", "reflective-listening",
                "open-ended-questions", "immediacy", "empathic-confrontation",
            ]
        ),
        ("dynamics", ["transference", "countertransference", "alliance-history", "metacommunication"]),
        ("motivation-change", ["stages-of-change", "change-talk", "discord"]),
        (
            "contexts",
            [
                "cultural-humility", "family-alliance", "group-cohesion", "telehealth-alliance", "family-involvement",
                "trauma-informed-care",
            ]
        ),
        ("evidence", ["feedback-informed-treatment", "early-alliance", "common-factors", "lapse-vs-relapse"]),
    ]

    /// The canonical Socratic questions: id, expectation ids, misconception ids, needed.
    public static let questions: [(id: String, expectations: [String], misconceptions: [String], needed: Int)] = [
        ("alliance-definition", ["e1", "e2", "e3"], ["m1", "m2", "m3"], 3),
        ("family-pressure-retention", ["e1", "e2", "e3"], ["m1"], 3),
        ("court-order-compliance", ["e1", "e2", "e3"], ["m1"], 3),
        ("confrontation-effect", ["e1", "e2", "e3"], ["m1"], 3),
        ("build-trust", ["e1", "e2", "e3", "e4", "e5"], ["m1"], 2),
        ("insurance-secondary", ["e1", "e2"], ["m1"], 2),
        ("relapse-reach-out", ["e1", "e2"], ["m1"], 2),
        ("collaborative-goals", ["e1", "e2", "e3"], ["m1"], 2),
        // Canonical Socratic questions v2.
        ("confidentiality-promise", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("gift-boundary", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("irritated-counselor", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("precontemplation-response", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("change-sustain", ["e1", "e2", "e3"], ["m1"], 3),
        ("discord-reply", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("cultural-humility-ask", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("upr-not-approval", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("recovery-disclosure", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("fit-why", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("lapse-wedding", ["e1", "e2", "e3"], ["m1", "m2"], 2),
        ("which-is-empathic", ["e1", "e2", "e3"], ["m1", "m2"], 2),
    ]

    /// The exam items the seeds explain, with their keys (0 = A).
    public static let examItems: [(id: String, key: Int)] = [
        ("exam-retention-factor", 3), ("exam-alliance-essence", 3), ("exam-engagement-technique", 1),
        ("exam-success-factor", 2), ("exam-alliance-definition", 1),
        // Exam items v2, given in full by the specification.
        ("exam-threat-first", 0), ("exam-weekends-best", 2), ("exam-lapse-party", 3),
    ]

    public static var allConceptIDs: [String] { concepts.flatMap(\.ids) }
}
