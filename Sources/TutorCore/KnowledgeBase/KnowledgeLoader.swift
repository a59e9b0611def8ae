import Foundation
import Yams

/// A file's display path and its text, as the executable read it from disk.
public struct SourceFile: Sendable {
    public var path: String
    public var contents: String
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// Builds a `KnowledgeBase` from the files of a knowledge folder, reporting every problem.
///
/// Files are recognized by their path relative to the folder: `sources.yaml`, `groups.yaml`,
/// `intents.yaml`, `lexicon.yaml`, `concepts/*.yaml`, `exam/*.yaml` and, optional,
/// `phrasings.tsv` (how learners phrase their lines, for the matcher's prior),
/// `graded-answers.tsv` (learners' answers with the ideas each expresses, for the grader) and
/// `words.txt` (everyday English words the spelling corrector keeps as typed).
public enum KnowledgeLoader {
    /// Loads and validates; throws `DiagnosticsError` with every error (warnings are kept in
    /// `warnings`).
    public static func load(
        root: String, files: [SourceFile], checkSpec: Bool = true
    ) throws -> (KnowledgeBase, warnings: [Diagnostic]) {
        var context = LoadContext(root: root)
        for file in files.sorted(by: { $0.path < $1.path }) {
            context.read(file)
        }
        context.requireFiles()
        context.checkPhrasingConcepts()
        context.checkGradedAnswerIDs()
        // Concepts in the order a learner meets them: by group, then the specification's order.
        let groupOrder = Dictionary(
            context.groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let specOrder = Dictionary(
            SpecContract.allConceptIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let concepts = context.concepts.sorted {
            (groupOrder[$0.group] ?? Int.max, specOrder[$0.id] ?? Int.max, $0.id)
                < (groupOrder[$1.group] ?? Int.max, specOrder[$1.id] ?? Int.max, $1.id)
        }
        var lexicon = context.lexicon ?? Lexicon()
        lexicon.everyday = context.everydayWords
        let kb = KnowledgeBase(
            groups: context.groups, sources: context.sources, concepts: concepts,
            intentCues: context.cues, lexicon: lexicon, examItems: context.examItems,
            phrasings: context.phrasings, gradedAnswers: context.gradedAnswers)
        var diagnostics = context.diagnostics
        diagnostics += KnowledgeValidator(kb: kb, root: root, checkSpec: checkSpec, positions: context.positions)
            .validate()
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticsError(diagnostics) }
        return (kb, diagnostics.filter { $0.severity == .warning })
    }
}
