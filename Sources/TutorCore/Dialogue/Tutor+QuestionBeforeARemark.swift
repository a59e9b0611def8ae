/// (round 31) "While I think, what was congruence again? Rogers had three of them.", "Quick
/// one, how long does a lapse last? Asking for the exam.", "what does stages mean here? sorry
/// my english": a question, closed by its question mark, then a remark of the learner's own
/// that asks nothing. The line as a whole does not end on its question mark, so the forms that
/// read a question (a question word first, a question mark last) did not see it, and the line
/// was graded as an attempt at the open question, which found nothing in it. The question is
/// the line's request: it is read as the line (after a lead-in that says nothing of the
/// answer), so it is answered beside the open question, which stays open.
///
/// Only where neither the whole line nor the remark earns anything of the open question: "why
/// would he stay? he has no bond with the counselor" argues an answer, and is graded.
extension LineForm {
    /// The question before the line's only question mark and the remark after it, or nil: the
    /// remark has words, asks nothing (no second question mark) and is short.
    static func questionBeforeARemark(_ analysis: Analysis) -> (question: String, remark: String)? {
        let text = analysis.text
        guard let mark = text.firstIndex(of: "?") else { return nil }
        let remark = text[text.index(after: mark)...].trimmingCharacters(in: .whitespaces)
        guard !remark.contains("?"), remark.contains(where: \.isLetter) else { return nil }
        let remarkWords = remark.split(whereSeparator: { $0 == " " })
        let questionWords = text[..<mark].split(whereSeparator: { $0 == " " })
        guard (1...12).contains(remarkWords.count), questionWords.count >= 2 else { return nil }
        return (String(text[...mark]), remark)
    }
}

extension Tutor {
    /// Words that open a remark about someone in the scene: the client, the counselor, "he".
    static let sceneSubjects: WordSet = [
        "he", "she", "they", "hes", "shes", "theyre", "his", "her", "their", "client", "clients", "counselor",
        "counselors", "patient", "family", "you", "your", "if", "because", "cause", "cuz",
    ]

    /// The question before a remark (see above), analysed without an empty lead-in; nil when
    /// the line is no such case, the line or its remark earns an idea of `q`, the remark opens on
    /// the client or anyone in the scene (or a reason), or the question does not ask by its form.
    func questionBeforeARemark(_ analysis: Analysis, _ q: Question, cloze: String?, graded: Grade?) -> Analysis? {
        guard let graded, graded.covered.isEmpty, graded.misconceptions.isEmpty,
            let (question, remark) = LineForm.questionBeforeARemark(analysis)
        else { return nil }
        let said = analyzer.analyze(remark)
        // "…? he barely knows me": the remark tells of someone in the scene, as an answer does.
        if let first = LineForm.words(said).first, Self.sceneSubjects.contains(first) { return nil }
        if let grade = gradeInContext(q, said, cloze: cloze), !grade.covered.isEmpty || !grade.misconceptions.isEmpty {
            return nil
        }
        let asked = analyzer.analyze(question)
        let proper = questionAfterAnEmptyLeadIn(asked, q, cloze: cloze) ?? asked
        // A question word or an auxiliary first, or a question by form ("wait define X?").
        let first = LineForm.words(proper).first.map { LineForm.fusedQuestionWords[$0]?.first ?? $0 } ?? ""
        guard LineForm.questionWords.contains(first) || LineForm.auxiliaries.contains(first) || LineForm.asks(proper)
        else { return nil }
        return proper
    }
}
