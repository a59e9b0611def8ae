import Foundation

/// An answer leans on the question it answers and leaves out what the question already
/// says: "A, because it shows more feeling" to "Which one is empathic?" says "A is
/// empathic"; "say yes" to a client who asked "Everything I say stays in this room, right?"
/// confirms just that. The dialogue reads such a line with the words it leaves out put
/// back from the question, grades both readings, and keeps what either finds.
extension Tutor {
    /// `analysis` graded against `q` in its conversation: the tutor's last cloze (`cloze`)
    /// completed, and the question's left-out words restored.
    func gradeInContext(_ q: Question, _ analysis: Analysis, cloze: String?) -> Grade? {
        guard let grade = grade(q.id, analysis, context: cloze) else { return nil }
        guard let restored = Self.restored(analysis, question: q.text),
            let more = self.grade(q.id, analyzer.analyze(restored))
        else { return grade }
        let covered = q.expectations.map(\.id).filter { grade.covered.contains($0) || more.covered.contains($0) }
        let misconceptions = q.misconceptions.map(\.id).filter {
            grade.misconceptions.contains($0) || more.misconceptions.contains($0)
        }
        guard covered != grade.covered || misconceptions != grade.misconceptions else { return grade }
        let verdict: Verdict =
            !misconceptions.isEmpty
            ? .misconception : covered.count >= q.needed ? .correct : covered.isEmpty ? grade.verdict : .partial
        return Grade(
            question: grade.question, covered: covered, misconceptions: misconceptions, verdict: verdict,
            evidence: more.evidence.merging(grade.evidence) { _, own in own })
    }

    /// The line with what it leaves out of the question put back, or nil when it leaves
    /// nothing out that the question can give.
    static func restored(_ analysis: Analysis, question: String) -> String? {
        optionNamed(analysis, question: question) ?? confirmation(analysis, question: question)
    }

    /// "A because it shows more feeling" to "… Which one is empathic, and why?": an option's
    /// label first, without a verb of its own, takes the question's predicate ("A is
    /// empathic because it shows more feeling").
    static func optionNamed(_ analysis: Analysis, question: String) -> String? {
        let w = LineForm.words(analysis)
        guard let label = w.first, label.count == 1, label.first?.isLetter == true,
            question.contains("\(label.uppercased()): "),
            let predicate = askedPredicate(question)
        else { return nil }
        let verbs: Set<String> = ["is", "are", "was", "would", "sounds", "seems", "shows", "reflects", "does"]
        if w.count > 1 && verbs.contains(w[1]) { return nil }
        return ([label, "is", predicate] + w.dropFirst()).joined(separator: " ")
    }

    /// What "which one is X" asks of the options: X ("empathic"), up to a comma, "and" or
    /// the question mark.
    static func askedPredicate(_ question: String) -> String? {
        let lower = question.lowercased()
        for opener in ["which one is ", "which response is ", "which is ", "which option is "] {
            guard let range = lower.range(of: opener) else { continue }
            let rest = lower[range.upperBound...]
            let end = rest.firstIndex { ",?.".contains($0) } ?? rest.endIndex
            let predicate = rest[..<end].replacingOccurrences(of: " and", with: "")
                .trimmingCharacters(in: .whitespaces)
            return predicate.isEmpty ? nil : predicate
        }
        return nil
    }

    /// "Say yes so they feel safe" to a client's "Everything I say stays in this room,
    /// right?": an unqualified yes to a statement put for confirmation states it. A yes
    /// with a "but", an exception or a negation in it does not (it qualifies the claim).
    static func confirmation(_ analysis: Analysis, question: String) -> String? {
        let w = LineForm.words(analysis)
        let yes: [[String]] = [["yes"], ["yeah"], ["say", "yes"], ["tell", "them", "yes"], ["just", "say", "yes"]]
        guard let opening = yes.first(where: { w.starts(with: $0) }),
            let claim = confirmedClaim(question)
        else { return nil }
        let qualifiers: Set<String> = ["but", "except", "unless", "though", "although", "however", "limits", "limit"]
        if analysis.tokens.contains(where: { $0.isNegator || qualifiers.contains($0.word) }) { return nil }
        return ([claim] + w.dropFirst(opening.count)).joined(separator: " ")
    }

    /// The statement a quoted client asks to have confirmed ("Everything I say stays in
    /// this room, right?" → "Everything I say stays in this room").
    static func confirmedClaim(_ question: String) -> String? {
        let tags = [", right?", ", isn't it?", ", correct?", ", yes?", ", don't you?", ", won't you?"]
        for tag in tags {
            guard let end = question.range(of: tag) else { continue }
            let before = question[..<end.lowerBound]
            guard let open = before.lastIndex(where: { $0 == "\"" || $0 == "“" }) else { continue }
            let claim = before[before.index(after: open)...].trimmingCharacters(in: .whitespaces)
            return claim.isEmpty ? nil : claim
        }
        return nil
    }
}
