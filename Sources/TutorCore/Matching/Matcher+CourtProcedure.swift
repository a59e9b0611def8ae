extension Matcher {
    /// (round 25) A court's own procedure asked about: "how long does a judge have to rule on a
    /// motion in family court?", "how long does a judge have to sign off on a probation
    /// violation", "what happens at an arraignment hearing". The court or a judge said as a
    /// person, beside a step of the court's own work (a motion, a hearing, an appeal, ruling on
    /// something, signing off on it), with no one of the counselor's work in the line (a client,
    /// a counselor, treatment, a session, the alliance): the law's field, which only shares the
    /// court with court-ordered treatment ("the judge sends him to treatment, is that enough?"
    /// is the counselor's case, and "a lawyer sent a subpoena for my client's file" names the
    /// client).
    func asksTheCourtsProcedure(_ tokens: [Token]) -> Bool {
        // Most lines name no court: looked for first.
        let court = tokens.indices.contains { p in
            Self.courtWords.contains(tokens[p].word) || Self.isCourtJudge(tokens, at: p)
        }
        guard court else { return false }
        let step = tokens.indices.contains { i in
            let word = tokens[i].word
            if Self.courtSteps.contains(word) { return true }
            // "rule on", "sign off on", "sign off": a judge's act; a bare "rule" is a session's.
            guard i + 1 < tokens.count else { return false }
            let next = tokens[i + 1].word
            return ["rule", "rules", "ruling"].contains(word) && ["on", "in"].contains(next)
                || ["sign", "signs"].contains(word) && next == "off"
        }
        guard step else { return false }
        return !tokens.contains { Self.counselingWork.contains($0.word) }
    }

    /// Words that name the court itself (a judge said as a person is found apart).
    static let courtWords: WordSet = ["court", "courts", "courtroom"]

    /// Steps of a court's own work. "Motion" alone: "the motions" someone goes through is
    /// compliance, said in the plural.
    static let courtSteps: WordSet = [
        "motion", "hearing", "hearings", "appeal", "appeals", "appealing", "arraignment", "verdict", "jury",
        "trial", "docket", "plea", "bail", "sentencing", "ruling", "continuance", "filing", "testimony",
    ]

    /// Words of the counselor's work: a line with one of them tells a case of ours.
    static let counselingWork: WordSet = [
        "client", "clients", "client's", "clients'", "patient", "patients", "counselor", "counselors", "counsellor",
        "counsellors", "therapist", "therapists", "therapy", "treatment", "tx", "rehab", "session", "sessions",
        "program", "alliance", "recovery", "counseling", "counselling", "sober", "relapse", "relapsed",
    ]
}
