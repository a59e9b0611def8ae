/// (round 27) Two ways a side question is put that the forms of `asks` missed, so that the line
/// was graded as an answer while a question was open and the question it asked went unanswered.
extension LineForm {
    /// "What means mutual respect here", "what mean validate": a second language's word order,
    /// the verb "mean" straight after "what" with no "does", then a short term and nothing that
    /// states (no copula, no clause, no negation). "What means the most is trust" states.
    static func asksWhatMeansATerm(_ w: [String]) -> Bool {
        guard w.count >= 3, w.count <= 8, w[0] == "what", ["means", "mean"].contains(w[1]) else { return false }
        let rest = w.dropFirst(2)
        return !hasClause(rest) && !rest.contains { copulas.contains($0) || $0 == "not" || others.contains($0) }
    }

    /// "Idk, what is the abstinence violation effect", "no sé, what does rapport mean", "ég veit
    /// ekki, what is the safety net": a short lead-in before the first comma (not knowing, in any
    /// language, or a filler), then a clause that asks by its own form with no question mark. The
    /// caller checks that the lead-in says nothing of the answer (`questionAfterAnEmptyLeadIn`).
    /// The lead-in and the question, or nil.
    static func unmarkedQuestionAfterLeadIn(_ analysis: Analysis, asks: (String) -> Bool) -> (
        leadIn: String, question: String
    )? {
        let text = analysis.text
        guard !text.hasSuffix("?"), let comma = text.firstIndex(of: ",") else { return nil }
        let head = text[..<comma].split(whereSeparator: { $0 == " " })
        let rest = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        let restWords = rest.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        guard (1...4).contains(head.count), restWords.count >= 3, !rest.contains(","), !rest.contains("."),
            let first = restWords.first.map({ fusedQuestionWords[$0]?.first ?? $0 }), questionWords.contains(first),
            asks(rest)
        else { return nil }
        return (String(text[..<comma]), rest + "?")
    }
}
