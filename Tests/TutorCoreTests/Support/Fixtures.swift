import Foundation
import TutorCore

/// Paths and the shipped knowledge base, shared by the tests.
enum Fixtures {
    /// The package root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var knowledgeDir: URL { root.appendingPathComponent("Knowledge") }

    /// Reads a knowledge folder into the loader's input.
    static func files(in dir: URL) -> [SourceFile] {
        var out: [SourceFile] = []
        for sub in ["", "concepts/", "exam/"] {
            let folder = dir.appendingPathComponent(sub)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted()
            where name.hasSuffix(".yaml")
                || (sub.isEmpty && (name == "phrasings.tsv" || name == "words.txt" || name == "graded-answers.tsv"))
            {
                let text = try! String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                out.append(SourceFile(path: sub + name, contents: text))
            }
        }
        return out
    }

    /// The shipped knowledge base, loaded once.
    static let kb: KnowledgeBase = {
        try! KnowledgeLoader.load(root: "Knowledge", files: files(in: knowledgeDir)).0
    }()

    /// The whole pipeline over the shipped knowledge base.
    static let tutor = Tutor(kb: kb)

    /// Rows of a labeled TSV file (`#` comments and blank lines skipped), with line numbers.
    static func tsv(_ relative: String) -> [(line: Int, fields: [String])] {
        let url = root.appendingPathComponent(relative)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var rows: [(Int, [String])] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let s = String(line)
            if s.trimmingCharacters(in: .whitespaces).isEmpty || s.hasPrefix("#") { continue }
            rows.append((i + 1, s.components(separatedBy: "\t")))
        }
        return rows
    }
}
