import Foundation

extension LoadContext {
    /// The optional word list of everyday English (`words.txt`).
    static let wordsFile = "words.txt"

    /// Reads `words.txt`: one word of lowercase letters per line; `#` starts a comment line;
    /// blank lines are skipped. Anything else is an error at its line and column.
    mutating func readWords(_ file: SourceFile) {
        let name = display(file.path)
        for (index, line) in file.contents.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .enumerated()
        {
            if line.hasPrefix("#") { continue }
            let word = line.trimmingCharacters(in: .whitespaces)
            if word.isEmpty { continue }
            if let bad = word.unicodeScalars.firstIndex(where: { !("a"..."z").contains($0) }) {
                let lead = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
                let column = lead + word.unicodeScalars.distance(from: word.unicodeScalars.startIndex, to: bad) + 1
                diagnostics.append(
                    Diagnostic(
                        file: name, line: index + 1, column: column,
                        message: "a word list line holds one word of lowercase letters a to z"))
                continue
            }
            everydayWords.append(word)
        }
    }
}
