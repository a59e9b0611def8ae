/// `tutor progress --logs DIR --format csv`: the class summary's tables as RFC 4180 CSV,
/// with the JSON output's keys as column names.
extension ClassSummary {
    /// One row per learner.
    public var learnersCSV: String {
        CSV.table(
            header: ["learner", "met", "mastered", "weak", "answers", "sessions", "lastAnswer", "openMisconceptions"],
            rows: learners.map {
                [
                    $0.learner, "\($0.met)", "\($0.mastered)", "\($0.weak)", "\($0.answers)", "\($0.sessions)",
                    $0.lastAnswer ?? "", "\($0.openMisconceptions)",
                ]
            })
    }

    /// One row per concept some learner met.
    public var conceptsCSV: String {
        CSV.table(
            header: ["id", "name", "learners", "meanMastery", "mastered"],
            rows: concepts.map {
                [$0.concept, $0.name, "\($0.learners)", CSV.number($0.meanMastery), "\($0.mastered)"]
            })
    }
}
