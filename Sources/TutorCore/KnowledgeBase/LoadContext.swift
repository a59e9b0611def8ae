import Foundation
import Yams

/// Where ids were written, so the validator can point at them.
struct Positions {
    var related: [String: [(id: String, line: Int, column: Int)]] = [:]
    var sourceRefs: [String: [(id: String, line: Int, column: Int)]] = [:]
    var groupRefs: [String: (id: String, line: Int, column: Int)] = [:]
    var conceptRefs: [String: [(id: String, line: Int, column: Int)]] = [:]
    var questionIDs: [(id: String, file: String, line: Int, column: Int)] = []
    var conceptIDs: [(id: String, file: String, line: Int, column: Int)] = []
    var declaredConcepts: Set<String> = []
    /// The concept ids `phrasings.tsv` names, with where.
    var phrasingConcepts: [(id: String, file: String, line: Int, column: Int)] = []
    /// Each graded answer's question and idea ids, with where (`graded-answers.tsv`).
    var gradedAnswerIDs: [(question: String, ideas: [(id: String, column: Int)], file: String, line: Int)] = []
    /// The text of each file that is not valid YAML, by path: what it holds is unknown, so
    /// checks that would miss its contents stay quiet rather than add knock-on errors.
    var unreadable: [String: String] = [:]
    /// The text of each concept or exam file that had any error, by path: a concept or item
    /// it may have lost is not also reported missing from the specification.
    var withErrors: [String: String] = [:]
}

/// What a load has read so far, with the problems and positions the validator needs.
struct LoadContext {
    let root: String
    var groups: [ConceptGroup] = []
    var sources: [Source] = []
    var concepts: [Concept] = []
    var cues: [IntentCue] = []
    var lexicon: Lexicon?
    var examItems: [ExamItem] = []
    var phrasings: [Phrasing] = []
    /// Learners' answers with what each expresses (`graded-answers.tsv`).
    var gradedAnswers: [GradedAnswer] = []
    /// The words of `words.txt`: everyday English the spelling corrector keeps as typed.
    var everydayWords: [String] = []
    var diagnostics: [Diagnostic] = []
    var positions = Positions()
    private var seen: Set<String> = []

    init(root: String) { self.root = root }

    func display(_ relative: String) -> String { root.isEmpty ? relative : "\(root)/\(relative)" }

    mutating func read(_ file: SourceFile) {
        let relative = file.path
        if relative == Self.phrasingsFile {
            seen.insert(relative)
            readPhrasings(file)
            return
        }
        if relative == Self.gradedAnswersFile {
            seen.insert(relative)
            readGradedAnswers(file)
            return
        }
        if relative == Self.wordsFile {
            seen.insert(relative)
            readWords(file)
            return
        }
        let reader = YAMLReader(file: display(relative))
        seen.insert(relative)
        if relative.hasPrefix("concepts/") {
            // A concept file that cannot be read still declares its concept by its name.
            positions.declaredConcepts.insert(String(relative.dropFirst(9).prefix { $0 != "." }))
        }
        defer {
            diagnostics += reader.diagnostics
            if reader.hasErrors { positions.withErrors[relative] = file.contents }
        }
        guard let node = reader.compose(file.contents) else {
            if !reader.hasErrors { reader.report("the file is empty", line: 1, column: 1) }
            positions.unreadable[relative] = file.contents
            return
        }
        switch relative {
        case "sources.yaml": readSources(node, reader)
        case "groups.yaml": readGroups(node, reader)
        case "intents.yaml": readIntents(node, reader)
        case "lexicon.yaml": readLexicon(node, reader)
        default:
            if relative.hasPrefix("concepts/") && relative.hasSuffix(".yaml") {
                readConcept(node, reader, relative: relative)
            } else if relative.hasPrefix("exam/") && relative.hasSuffix(".yaml") {
                readExamItem(node, reader, relative: relative)
            }
        }
    }

    mutating func requireFiles() {
        for name in ["sources.yaml", "groups.yaml", "intents.yaml", "lexicon.yaml"] where !seen.contains(name) {
            diagnostics.append(
                Diagnostic(file: display(name), line: 1, column: 1, message: "required file is missing"))
        }
        if !seen.contains(where: { $0.hasPrefix("concepts/") }) {
            diagnostics.append(
                Diagnostic(file: display("concepts"), line: 1, column: 1, message: "no concept files found"))
        }
    }

    static func mark(_ node: Node?) -> (line: Int, column: Int) {
        (node?.mark?.line ?? 1, node?.mark?.column ?? 1)
    }

    mutating func noteSource(_ id: String?, node: Node?, file: String) {
        guard let id else { return }
        let m = Self.mark(node)
        positions.sourceRefs[file, default: []].append((id, m.line, m.column))
    }
}
