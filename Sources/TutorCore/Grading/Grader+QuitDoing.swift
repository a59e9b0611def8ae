/// "Quit trusting that counselor", "quit talking": quitting an activity is stopping it, not
/// quitting treatment.
///
/// The grader reads "quit" as leaving ("they'd quit", "quit treatment", with "bail" and
/// "ghost"), so "the client would quit trusting that counselor" was credited with dropping out,
/// though it says the trust stops. A form of "quit" followed at once by a verb in "-ing" is
/// read as "stop", which keeps what is stopped: "quit trusting" is "stop trusting" (lost
/// trust). "Quit coming", "quit showing up" are read as before: leaving treatment.
extension Grader {
    static let quitForms: WordSet = ["quit", "quits", "quitting"]
    /// Gerunds of attending, whose quitting is leaving treatment as it was read ("quit coming").
    static let attendingGerunds: WordSet = ["coming", "going", "showing", "attending", "turning", "visiting"]

    static func readQuitDoing(_ tokens: inout [Token], _ analyzer: Analyzer) {
        for i in tokens.indices.dropLast() where quitForms.contains(tokens[i].typed) {
            let next = tokens[i + 1]
            guard next.clause == tokens[i].clause, next.isContent, next.typed.count > 5, next.typed.hasSuffix("ing"),
                !notGerunds.contains(next.typed), !attendingGerunds.contains(next.typed)
            else { continue }
            tokens[i].stem = analyzer.stem("stop")
        }
    }
}
