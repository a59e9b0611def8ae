/// "And no pushing for a quit date yet, just get on good terms first" just after the question
/// closed: a line that goes on from the learner's answer ("and…", "so…", "also…") is the
/// answer's next part, graded against the question just closed (`Tutor+LateAddition`). While
/// the question was open, a line in which the reading finds nothing took the ideas of the
/// nearest graded answers (`Grader+Exemplars`); once it closed, the same line said one turn
/// later was read alone and, finding nothing, became a free line. A continuation is in the
/// conversation all the same: read as it would have been with the question open.
extension Tutor {
    /// The grade of a line added to the question just closed: the reading's, or, when it
    /// finds nothing in a line that goes on from the answer, the grade in conversation (the
    /// question's left-out words restored, the graded answers lending their ideas).
    func lateAdditionGrade(_ q: Question, _ analysis: Analysis, _ match: MatchResult, addsByForm: Bool) -> Grade? {
        guard let grade = grade(q.id, analysis) else { return nil }
        guard addsByForm, LineForm.continues(analysis), grade.covered.isEmpty, grade.misconceptions.isEmpty,
            grade.verdict == .incorrect
        else { return grade }
        return gradeInContext(q, analysis, cloze: nil, lending: Self.exemplarsMayLend(to: match)) ?? grade
    }
}
