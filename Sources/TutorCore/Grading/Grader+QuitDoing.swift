/// "Quit trusting that counselor", "quit talking": quitting an activity is stopping it, not
/// quitting treatment.
///
/// The grader reads "quit" as leaving ("they'd quit", "quit treatment", with "bail" and
/// "ghost"), so "the client would quit trusting that counselor" was credited with dropping out,
/// though it says the trust stops. A form of "quit" followed at once by a verb in "-ing" is
/// read as "stop", which keeps what is stopped: "quit trusting" is "stop trusting" (lost
/// trust), "quit coming" and "quit showing up" still leave treatment as "stop coming" does.
extension Grader {
    static let quitForms: WordSet = ["quit", "quits", "quitting"]

    static func readQuitDoing(_ tokens: inout [Token], _ analyzer: Analyzer) {
        for i in tokens.indices.dropLast() where quitForms.contains(tokens[i].typed) {
            let next = tokens[i + 1]
            guard next.clause == tokens[i].clause, next.isContent, next.typed.count > 5, next.typed.hasSuffix("ing"),
                !notGerunds.contains(next.typed)
            else { continue }
            tokens[i].stem = analyzer.stem("stop")
        }
    }
}
