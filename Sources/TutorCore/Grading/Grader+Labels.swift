import Foundation

/// Answers written as labels: "kids = change, sleep = sustain" sorts the question's halves
/// with an equals sign for "is", and names each kind by the word that sets it apart, leaving
/// out the head noun the question's kinds share ("change talk", "sustain talk"). Read as the
/// learner means it, the line is "kids is change talk, sleep is sustain talk", whose parallel
/// statements the grader already keeps apart.
extension Grader {
    /// `analysis` with "=" read as "is" and, when the question names two or more kinds that
    /// share a head noun and the answer names every kind without it, the head put back after
    /// each; the analysis itself when neither applies (most lines: nothing is analysed again).
    func relabeled(_ q: CompiledQuestion, _ analysis: Analysis) -> Analysis {
        var text = analysis.text
        var changed = false
        // (round 25) "coverage > relationship": a comparison typed as a sign. Not an arrow
        // ("->", "=>") nor a heart ("<3").
        if text.contains(">") || text.contains("<"), let compared = Self.comparisonSigns(text) {
            text = compared
            changed = true
        }
        if text.contains("=") {
            text = text.replacingOccurrences(of: "=", with: " is ")
            changed = true
        }
        let words = analysis.tokens.map(\.word)
        for shared in q.sharedHeads {
            let (head, modifiers) = (shared.head, shared.modifiers)
            // "The sustain side", "the change part": one kind named by a word for a part in
            // place of the head noun is that kind, whether or not the other is named.
            for m in modifiers {
                guard let i = words.firstIndex(of: m), i + 1 < words.count, Self.partNouns.contains(words[i + 1])
                else { continue }
                text = Self.replacePart(after: m, with: head, in: text)
                changed = true
            }
            // Every kind must be named bare: one bare "change" ("wants to change") is a verb.
            let bare = modifiers.filter { m in
                words.indices.contains { words[$0] == m && (($0 + 1 < words.count) ? words[$0 + 1] != head : true) }
            }
            guard bare.count == modifiers.count else { continue }
            for m in modifiers {
                text = Self.insert(head, after: m, in: text)
            }
            changed = true
        }
        return changed ? analyzer.analyze(text) : analysis
    }

    /// `text` with each lone ">" read as "matters more than" and each lone "<" as "matters less
    /// than"; nil when it has none.
    static func comparisonSigns(_ text: String) -> String? {
        let chars = Array(text)
        var out = ""
        var changed = false
        for (k, c) in chars.enumerated() {
            let before = k > 0 ? chars[k - 1] : " "
            let after = k + 1 < chars.count ? chars[k + 1] : " "
            if c == ">", !"-=<>".contains(before), !">=".contains(after) {
                out += " matters more than "
                changed = true
            } else if c == "<", !"<>".contains(before), !"-=<>3".contains(after) {
                out += " matters less than "
                changed = true
            } else {
                out.append(c)
            }
        }
        return changed ? out : nil
    }

    /// The question's kinds that share a head noun ("change talk", "sustain talk": "talk" to
    /// ["change", "sustain"]), from the content words that stand together in its text.
    static func sharedHeads(_ question: Question, analyzer: Analyzer) -> [SharedHead] {
        let tokens = analyzer.analyze(question.text, correct: false).tokens
        var byHead: [String: [String]] = [:]
        for i in tokens.indices.dropLast() where tokens[i].isContent && tokens[i + 1].isContent {
            guard tokens[i].sentence == tokens[i + 1].sentence, tokens[i].word != tokens[i + 1].word else { continue }
            if !(byHead[tokens[i + 1].word]?.contains(tokens[i].word) ?? false) {
                byHead[tokens[i + 1].word, default: []].append(tokens[i].word)
            }
        }
        return byHead.filter { $0.value.count >= 2 }.map { SharedHead(head: $0.key, modifiers: $0.value) }
            .sorted { $0.head < $1.head }
    }

    /// Words for a part of what was said, which a kind's word may stand before in place of the
    /// head noun ("the sustain side", "the change bit").
    static let partNouns: WordSet = ["side", "part", "bit", "piece", "half", "stuff", "statement", "sentence"]

    /// `text` with the part noun after each whole-word `modifier` replaced by `head`.
    static func replacePart(after modifier: String, with head: String, in text: String) -> String {
        let parts = partNouns.sorted().joined(separator: "|")
        let pattern = "\\b(\(NSRegularExpression.escapedPattern(for: modifier)))\\s+(?:\(parts))\\b"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: "$1 \(head)")
    }

    /// `text` with `head` after each whole-word `modifier` that it does not already follow.
    static func insert(_ head: String, after modifier: String, in text: String) -> String {
        let pattern = "\\b(\(NSRegularExpression.escapedPattern(for: modifier)))\\b(?!\\s+\(head)\\b)"
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: range, withTemplate: "$1 \(head)")
    }
}
