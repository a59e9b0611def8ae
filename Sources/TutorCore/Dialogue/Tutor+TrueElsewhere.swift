/// "Agreement on tasks too" to "In your own words, what is the therapeutic alliance?" is
/// true (it is one of Bordin's parts) but none of the ideas that question asks for. "Not quite
/// yet" alone would tell the learner a true thing is wrong, so the tutor says it is true and
/// what it belongs to, and then climbs the ladder as before. Only recall questions are
/// searched (their ideas are facts, not what to do in one question's scene), those of the
/// open question's own concept and of the concepts the knowledge base relates to it, in that
/// order. An idea counts only when the answer is a statement of three words or more (not a
/// lone term), holds none of that question's misconceptions, and says the idea in more than
/// one word: either the grader's evidence for it is a phrase, or two of the answer's content
/// words (by stem) are in the idea's own text. One shared word is not enough ("you have to be
/// honest with them" is not "the client shares honestly").
extension Tutor {
    func trueElsewhere(_ q: Question, _ analysis: Analysis) -> (question: String, expectation: String)? {
        guard let own = kb.concept(q.concept), LineForm.words(analysis).count >= 3 else { return nil }
        let answerStems = Set(analysis.content.filter { !$0.negated }.map(\.stem))
        for id in [own.id] + own.related.map(\.concept) {
            guard let concept = kb.concept(id) else { continue }
            for other in concept.questions where other.id != q.id && other.level == .recall {
                // Graded only when two of the answer's words are among its ideas' own (grading
                // every related question on every answer that missed would cost a turn's time).
                guard let compiled = grader.compiled[other.id],
                    compiled.expectationStems.intersection(answerStems).count >= 2,
                    let g = grade(other.id, analysis), g.misconceptions.isEmpty,
                    let e = g.covered.first(where: { saysInMoreThanAWord($0, of: other, g, analysis) })
                else { continue }
                return (other.id, e)
            }
        }
        return nil
    }

    private func saysInMoreThanAWord(_ id: String, of q: Question, _ g: Grade, _ analysis: Analysis) -> Bool {
        if g.evidence[id]?.contains(" ") == true { return true }
        guard let idea = q.expectation(id) else { return false }
        let own = analyzer.analyze(idea.text).content
        // The same stem, or the same first five letters ("agreeing", "agreement").
        let shared = Set(
            analysis.content.filter { t in
                !t.negated && own.contains { $0.stem == t.stem || Self.sharePrefix($0.word, t.word, 5) }
            }.map(\.stem))
        return shared.count >= 2
    }

    static func sharePrefix(_ a: String, _ b: String, _ n: Int) -> Bool {
        a.count >= n && b.count >= n && a.prefix(n) == b.prefix(n)
    }
}
