extension LoadContext {
    /// The optional word list of everyday English (`words.txt`).
    static let wordsFile = "words.txt"

    /// Reads `words.txt`: one word of lowercase letters per line (spaces or tabs around it are
    /// allowed); `#` starts a comment line; blank lines are skipped; a line may end in "\r\n".
    /// Anything else is an error at its line and column. The file is sixty thousand lines,
    /// read on every start without a cache, so it is read as bytes, not as characters.
    mutating func readWords(_ file: SourceFile) {
        let name = display(file.path)
        let lowercase = UInt8(ascii: "a")...UInt8(ascii: "z")
        let blank = { (b: UInt8) in b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        var number = 0
        for raw in file.contents.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw[...]
            if line.first == UInt8(ascii: "#") { continue }
            var start = line.startIndex
            var end = line.endIndex
            while start < end && blank(line[start]) { start = line.index(after: start) }
            while end > start && blank(line[line.index(before: end)]) { end = line.index(before: end) }
            let word = line[start..<end]
            if word.isEmpty { continue }
            if let bad = word.firstIndex(where: { !lowercase.contains($0) }) {
                // The column counts characters, as every diagnostic does.
                let before = String(decoding: line[line.startIndex..<bad], as: UTF8.self)
                diagnostics.append(
                    Diagnostic(
                        file: name, line: number, column: before.count + 1,
                        message: "a word list line holds one word of lowercase letters a to z"))
                continue
            }
            everydayWords.append(String(decoding: word, as: UTF8.self))
        }
    }
}
