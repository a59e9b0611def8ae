extension Matcher {
    /// "como evito el burnout in this job", "how do you not burn out in this job": the job a
    /// learner calls "this job" is the counselor's own, the one the tutor teaches, not the
    /// job hunt the off-topic list means by "job" ("how do I get a job"). The word is then a
    /// small word, evidence of no other field.
    func settingAsideThisJob(_ tokens: [Token]) -> [Token] {
        var out = tokens
        for i in out.indices.dropFirst() where ["job", "line"].contains(out[i].word) && out[i - 1].word == "this" {
            // "this line of work": only "line" followed by "of work" is the job.
            if out[i].word == "line", !(i + 2 < out.count && out[i + 1].word == "of" && out[i + 2].word == "work") {
                continue
            }
            out[i].isStop = true
        }
        return out
    }
}
