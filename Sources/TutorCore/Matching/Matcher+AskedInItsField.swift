/// (round 31) A definition asked of one concept inside the field it belongs to: "What is DARN in
/// motivational interviewing?", "whats discord in MI", "what is a split alliance in family
/// therapy", "what does rolling with it mean within the stages model". The concept named
/// between the question word and "in" (or "within") is what is asked; the one named after it
/// is the field it is asked in, the way "in counseling" is. The field, named by a longer term
/// ("motivational interviewing" against "DARN"), ranked first, and the phrasing prior, whose
/// field lines are many, put it back first.
///
/// Only a definition, only where the question opens the line ("what", "whats", "what's", among
/// its first three words), only for a field named by a term (a case told, "what is trust in a
/// court-ordered client", is no field), only where "in" directly follows the asked concept's words (an
/// article may stand between it and the field) and both lie in the question's own clause.
extension Matcher {
    /// The concept asked and the field it is asked in, as indices; nil when the line is not so.
    func askedBeforeItsField(_ terms: TermScan, _ tokens: [Token]) -> (asked: Int, field: Int)? {
        guard let q = tokens.prefix(3).firstIndex(where: { Self.whatWords.contains($0.word) }) else { return nil }
        // In the concepts' order: a dictionary's own order changes from run to run.
        let spans = terms.tokens.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        guard spans.count >= 2 else { return nil }
        for (asked, own) in spans {
            guard let first = own.min(), let last = own.max(), first > q else { continue }
            let at = last + 1
            guard at + 1 < tokens.count, Self.fieldPrepositions.contains(tokens[at].word),
                tokens[at].clause == tokens[q].clause
            else { continue }
            var f = at + 1
            if f < tokens.count, ["the", "a", "an"].contains(tokens[f].word) { f += 1 }
            guard
                let field = spans.first(where: { span in
                    span.key != asked && span.value.min() == f && terms.situated[span.key] == nil
                        && span.value.allSatisfy { tokens[$0].clause == tokens[q].clause }
                })?.key
            else { continue }
            return (asked, field)
        }
        return nil
    }

    static let whatWords: WordSet = ["what", "whats", "what's", "wat", "wats", "wot"]
    static let fieldPrepositions: WordSet = ["in", "within"]
}
