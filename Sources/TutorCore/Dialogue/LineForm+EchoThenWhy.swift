/// (round 31) "lemin I can't promise her? why not?", "It's not resistance? How come?", "so no
/// quit date yet? why?": while a question is open (often just after the tutor corrected an
/// answer), the learner says back what they were told, put as a question, then asks why in a
/// bare sentence of its own. The echo holds the answer's words, so the grader credited them, or
/// a word of the learner's first language put the line out of scope; but the learner asks the
/// reason for what the tutor said: the open question's concept explained, beside the question,
/// which stays open. (`doubtsWhatWasSaid` reads the why first: "why not a plan? plans work".)
extension LineForm {
    /// Bare questions of why, alone in their sentence.
    static let bareWhys: [[String]] = [
        ["why"], ["why", "not"], ["how", "come"], ["why", "so"], ["why", "is", "that"], ["why", "is", "it"],
        ["why", "that"], ["but", "why"], ["but", "why", "not"], ["and", "why"], ["why", "though"], ["why", "tho"],
        ["how", "so"],
    ]

    /// Whether the line is an echo put as a question, then a bare "why?" (see above).
    static func echoesThenAsksWhy(_ analysis: Analysis) -> Bool {
        let text = analysis.text.trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix("?"), let mark = text.firstIndex(of: "?") else { return false }
        let echo = text[..<mark].split(whereSeparator: { $0 == " " })
        let tail = text[text.index(after: mark)...].lowercased()
            .split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        guard (2...12).contains(echo.count), bareWhys.contains(tail) else { return false }
        // The echo is a statement said back ("I can't promise her?"), not a question of its
        // own ("what is a lapse? why?"): no question word or auxiliary opens it.
        let said = echo.map { $0.lowercased().filter { $0.isLetter || $0 == "'" } }
        let opening = said.drop { openers.contains($0) }.first ?? ""
        let first = fusedQuestionWords[opening]?.first ?? opening
        return !questionWords.contains(first) && !auxiliaries.contains(first)
    }
}
