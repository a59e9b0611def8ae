import Foundation

/// Round 24: "Connection, you mean alliance? What is alliance exactly?", "espera, trust como
/// confianza? what is trust here", "what is example of empathy? I am not sure" while a
/// question is open: a line of a few sentences, one of which asks by its form ("what is X")
/// while every other only checks a word with a question mark ("you mean alliance?") or says
/// the learner is not sure, asks a question beside the open one. Graded whole, the word
/// checked ("alliance", "trust") reads as an idea of the answer; asked alone, the question
/// is what the line is. An answer with a question after it ("it builds trust. what is trust
/// anyway?") states something, and keeps its grade.
extension Tutor {
    /// The sentence that asks, analysed; nil when the line is no such line.
    func questionBesideACheck(_ analysis: Analysis) -> Analysis? {
        var sentences: [String] = []
        var current = ""
        for ch in analysis.text {
            current.append(ch)
            if "?.!".contains(ch) {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        sentences = sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.contains(where: \.isLetter) }
        guard sentences.count >= 2, sentences.count <= 3 else { return nil }
        let read = sentences.map { analyzer.analyze($0) }
        let asking = read.indices.filter { LineForm.asks(read[$0]) }
        guard asking.count == 1 else { return nil }
        let others = read.indices.filter { $0 != asking[0] }
        let onlyChecks = others.allSatisfy { i in
            let words = LineForm.words(read[i])
            let checks = sentences[i].hasSuffix("?") && words.count <= 5
            let unsure = words.count <= 6 && (LineForm.opensOnNotKnowing(read[i]) || Self.saysNotSure(words))
            return checks || unsure
        }
        return onlyChecks ? read[asking[0]] : nil
    }

    /// "I am not sure", "im not really sure", "not sure tbh".
    static func saysNotSure(_ words: [String]) -> Bool {
        guard let n = words.firstIndex(of: "not"), n + 1 < words.count else { return false }
        return words[(n + 1)...].prefix(2).contains("sure")
            && words[..<n].allSatisfy { ["i", "am", "im", "i'm", "honestly", "really", "still"].contains($0) }
    }
}
