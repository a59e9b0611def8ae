/// The checks of `tutor kb check --strict`: what loads fine but breaks teaching. Each
/// problem is an error at the line that causes it.
///
/// - a sample answer the grader disagrees with (without `--strict`, a warning);
/// - a phrasing that means the same, once analysed, for an expectation and a misconception of
///   one question: a right answer would be graded as the misconception;
/// - a phrasing made only of small words, which can never match;
/// - a misconception with no `correction` (the tutor could only say that it is wrong) or that
///   no sample answer exercises (nothing shows it is ever found).
public enum KnowledgeLinter {
    public static func lint(_ tutor: Tutor) -> [Diagnostic] {
        var out = SampleChecker.check(tutor).map { d -> Diagnostic in
            var strict = d
            strict.severity = .error
            return strict
        }
        for q in tutor.kb.questions {
            out += sharedPhrasings(q, tutor.analyzer)
            out += emptyPhrasings(q, tutor.analyzer)
            out += untaughtMisconceptions(q)
        }
        return out.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    /// A phrasing's meaning as the grader sees it: its content words' stems and polarity, with
    /// the grader's readings of idioms ("most things stay private" is not "everything stays").
    static func meaning(_ phrasing: String, _ analyzer: Analyzer) -> [String] {
        Grader.patternWords(phrasing, analyzer).map { ($0.negated ? "not " : "") + $0.stem }
    }

    /// An error at `at` in the question's file.
    static func error(_ q: Question, _ at: SourceMark, _ message: String) -> Diagnostic {
        Diagnostic(file: q.file, line: at.line, column: at.column, message: message)
    }

    static func mark(_ idea: Idea, _ index: Int) -> SourceMark {
        index < idea.phrasingMarks.count ? idea.phrasingMarks[index] : idea.mark
    }

    static func sharedPhrasings(_ q: Question, _ analyzer: Analyzer) -> [Diagnostic] {
        var expected: [[String]: (idea: String, phrasing: String)] = [:]
        for e in q.expectations {
            for p in e.phrasings {
                let m = meaning(p, analyzer)
                if !m.isEmpty && expected[m] == nil { expected[m] = (e.id, p) }
            }
        }
        var out: [Diagnostic] = []
        for m in q.misconceptions {
            for (k, p) in m.phrasings.enumerated() {
                guard let clash = expected[meaning(p, analyzer)] else { continue }
                out.append(
                    error(
                        q, mark(m, k),
                        "phrasing '\(p)' of misconception \(m.id) in '\(q.id)' means the same as phrasing '\(clash.phrasing)' of expectation \(clash.idea): a right answer would be graded as the misconception"
                    ))
            }
        }
        return out
    }

    static func emptyPhrasings(_ q: Question, _ analyzer: Analyzer) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for idea in q.expectations + q.misconceptions {
            for (k, p) in idea.phrasings.enumerated() where meaning(p, analyzer).isEmpty {
                out.append(
                    error(
                        q, mark(idea, k),
                        "phrasing '\(p)' of \(idea.id) in '\(q.id)' has only small words (see lexicon.yaml's stopwords), so it never matches"
                    ))
            }
        }
        return out
    }

    static func untaughtMisconceptions(_ q: Question) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for m in q.misconceptions {
            if m.correction == nil {
                out.append(
                    error(
                        q, m.mark,
                        "misconception \(m.id) of '\(q.id)' has no 'correction': the tutor could only say that it is wrong, not why"
                    ))
            }
            if !q.samples.contains(where: { $0.misconceptions.contains(m.id) }) {
                out.append(
                    error(
                        q, m.mark,
                        "misconception \(m.id) of '\(q.id)' is shown by no sample answer: add one that shows it, so the check proves it is found"
                    ))
            }
        }
        return out
    }
}
