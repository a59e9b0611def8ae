/// Round 26: while a question is open, a request named by its noun ("wait gimme another
/// example of change talk first", "espera, what is difference between lapse and relapse")
/// is put to the tutor, not an attempt at the question: the matcher heard an example, more
/// or a comparison asked for, and the grader found nothing in the line beyond the words of
/// what is asked about ("change talk" in "another example of change talk" is the topic
/// named, not the learner saying which half is change talk). Such a line was graded (and
/// spent an attempt, or was praised for an idea it only named) when its verb was misspelt,
/// foreign or fused ("gimme", "giv", "do") or a foreign filler opened it.
extension Tutor {
    /// Whether the line asks for the thing its request noun names (see `LineForm.namedRequest`).
    static func asksByANamedRequest(_ analysis: Analysis, _ match: MatchResult, _ grade: Grade) -> Bool {
        guard let asked = LineForm.namedRequest(analysis), grade.misconceptions.isEmpty else { return false }
        let requests: [Intent] = [.example, .more, .compare]
        guard requests.contains(match.intent) || match.basis.cued.contains(where: requests.contains) else {
            return false
        }
        let named = Set(asked)
        return grade.covered.allSatisfy { id in
            let said = (grade.evidence[id] ?? "").split(separator: " ").map(String.init)
            return !said.isEmpty && said.allSatisfy { word in named.contains { $0 == word || $0.hasPrefix(word) } }
        }
    }
}
