import Foundation

/// Answers that take back what they began with ("its the family … wait no, it's the client
/// and counselor"), and answers that quote what the counselor would say instead of naming the
/// act ("I'd say back 'you feel like I'm bossing you around'"). Both are read by rewriting
/// the line's text and analysing it again, only when the line has the words that call for it:
/// most answers are analysed once.
extension Grader {
    /// Words with which a learner takes back what came before: what follows is the answer.
    static let retractionCue = try! NSRegularExpression(
        pattern:
            "\\b(wait,?\\s+no|no,?\\s+wait|scratch that|i take (that|it) back|actually,?\\s+no|no,?\\s+actually"
            + "|no,?\\s+(that'?s|thats|that is)\\s+(not it|not right|wrong))\\b",
        options: [.caseInsensitive])

    /// The words one of which every retraction cue holds.
    static let retractionWords: WordSet = ["wait", "scratch", "take", "actually", "no"]

    /// A verb of saying, then what marks the words as the counselor's own: "back", "something
    /// like", or an opening quote mark (checked in `spokenReply`).
    static let sayingCue = try! NSRegularExpression(
        pattern:
            "\\b(say|saying|reflect|reflecting)\\b(\\s+(back|something like|smth like|sth like|like))?\\s*[:,]?\\s*",
        options: [.caseInsensitive])

    /// Words that make a quoted "you …" an instruction, not a reply about the client ("you need to stop").
    static let directives: WordSet = [
        "need", "needs", "should", "must", "have", "has", "gotta", "better", "cant", "can't", "cannot", "shouldnt",
        "shouldn't", "ought",
    ]
    static let secondPerson: WordSet = ["you", "your", "youre", "you're", "u", "ur", "yourself", "youve", "you've"]

    /// The answer after its last retraction cue, when that part says anything; the answer
    /// itself otherwise. "Probably the family one … wait no, the one who feels connected"
    /// answers with the connected one: the family one is no misconception held.
    func retracted(_ analysis: Analysis) -> Analysis {
        // Every cue has one of these words: most answers skip the expression.
        guard analysis.tokens.contains(where: { Self.retractionWords.contains($0.word) }) else { return analysis }
        let text = analysis.text
        let range = NSRange(text.startIndex..., in: text)
        guard let cue = Self.retractionCue.matches(in: text, range: range).last,
            let end = Range(cue.range, in: text)
        else { return analysis }
        var rest = analyzer.analyze(String(text[end.upperBound...]))
        // What opens the rest may still judge the claim taken back ("… actually no it isn't,
        // thats too general, it's …", "… no wait, backwards, …"): such clauses are no answer.
        while let first = rest.tokens.first, Self.judgesRetracted(rest.tokens, clause: first.clause),
            rest.tokens.contains(where: { $0.clause != first.clause }),
            let cut = Self.afterFirstBreak(rest.text)
        {
            rest = analyzer.analyze(cut)
        }
        return rest.tokens.contains(where: \.isContent) ? rest : analysis
    }

    /// The characters that end a clause (as the tokenizer counts them).
    static let clauseEnders: Set<Character> = [
        ".", "!", "?", "…", "\n", ",", ":", ";", "(", ")", "[", "]", "\"", "“", "”", "—", "–",
    ]

    /// `text` after the first clause break that follows a word; nil when there is none.
    static func afterFirstBreak(_ text: String) -> String? {
        var seenWord = false
        for i in text.indices {
            let c = text[i]
            if c.isLetter || c.isNumber {
                seenWord = true
            } else if seenWord, clauseEnders.contains(c) {
                return String(text[text.index(after: i)...])
            }
        }
        return nil
    }

    /// Words of a clause that only judges the claim just taken back: "it isn't", "that's too
    /// general", "bad idea", "backwards", "the other way around".
    static let retractionJudgements: WordSet = [
        "it", "its", "that", "thats", "this", "is", "was", "not", "too", "so", "way", "wrong", "backwards", "backward",
        "general", "vague", "broad", "bad", "idea", "right", "true", "off", "opposite", "reversed", "a", "myth",
        "the", "other", "round", "around", "nope", "no", "mixed", "up", "dumb", "silly", "oops", "sorry",
    ]

    /// Whether every word of `clause` in `tokens` judges the claim taken back.
    static func judgesRetracted(_ tokens: [Token], clause: Int) -> Bool {
        let words = tokens.filter { $0.clause == clause }
        return !words.isEmpty && words.count <= 5 && words.allSatisfy { retractionJudgements.contains($0.typed) }
    }

    /// The answer with each quoted reply the counselor would give named by its act, when the
    /// reply's form says which: words said back to the client ("I'd say back 'you feel like
    /// I'm bossing you around'") and a reply of two sides about the client ("I'd say something
    /// like 'drinking helps you sleep, and you want to cut back for your kids'") reflect; a
    /// reply that ends in a question ("I'd say 'what has your wife noticed?'") asks. The act
    /// goes before the verb of saying, and the quoted words stay; the token positions of
    /// the reflected words are returned too, for they say the client's view, which holds no
    /// belief of the learner's ("say back 'you're sick of people telling you what to do'").
    func spoken(_ analysis: Analysis) -> (analysis: Analysis, reflected: Set<Int>) {
        let text = analysis.text
        // (On bytes when the text is ASCII: Foundation's search costs more than most checks.)
        let says = { (word: StaticString) in
            ASCIIText.contains(text, caseInsensitive: word)
                ?? (text.range(of: word.description, options: .caseInsensitive) != nil)
        }
        guard says("say") || says("reflect") else { return (analysis, []) }
        let ns = text as NSString
        var acts: [(at: Int, act: String, reply: NSRange?)] = []
        for match in Self.sayingCue.matches(in: text, range: NSRange(location: 0, length: ns.length))
        where !Self.saidByOthers(ns, before: match.range.location) {
            let marker = match.range(at: 3).location == NSNotFound ? nil : ns.substring(with: match.range(at: 3))
            guard
                let (reply, question) = Self.spokenReply(
                    ns, from: match.range.location + match.range.length, marked: marker != nil)
            else { continue }
            let words = ns.substring(with: reply).lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.map {
                $0.replacingOccurrences(of: "’", with: "'")
            }
            guard let you = words.firstIndex(where: Self.secondPerson.contains),
                !words[(you + 1)...].prefix(2).contains(where: Self.directives.contains)
            else { continue }
            if ns.substring(with: match.range(at: 1)).lowercased().hasPrefix("reflect") {
                // "Reflect 'you feel like I'm just another person telling you what to do'"
                // names its act already.
                acts.append((match.range.location, "", reply))
            } else if Self.reflectiveOpening(words) {
                // "I'd say 'it sounds like this week was heavy for you'": a reply that opens on a
                // reflection's stem reflects, and asks too when it ends in a question.
                acts.append((match.range.location, question ? "reflect and ask " : "reflect ", reply))
            } else if question {
                acts.append((match.range.location, "ask ", nil))
            } else if marker?.lowercased() == "back" || Self.twoSided(words) {
                acts.append((match.range.location, "reflect ", reply))
            }
        }
        guard !acts.isEmpty else { return (analysis, []) }
        let out = NSMutableString(string: text)
        for act in acts.reversed() { out.insert(act.act, at: act.at) }
        // Where each reflected reply's words are in the new line: the tokens of the text
        // before it and of the text to its end (each act before a reply shifts it).
        var reflected: Set<Int> = []
        var shift = 0
        for act in acts {
            shift += (act.act as NSString).length
            guard let reply = act.reply else { continue }
            let lo = analyzer.analyze(out.substring(to: reply.location + shift), correct: false).tokens.count
            let hi = analyzer.analyze(out.substring(to: reply.location + reply.length + shift), correct: false).tokens
                .count
            reflected.formUnion(lo..<max(lo, hi))
        }
        return (acts.contains { !$0.act.isEmpty } ? analyzer.analyze(out as String) : analysis, reflected)
    }

    /// The stems that open a reflection of what the client feels or means.
    static let reflectionStems: [[String]] = [
        ["sounds", "like"], ["it", "sounds", "like"], ["feels", "like"], ["it", "feels", "like"], ["seems", "like"],
        ["it", "seems", "like"],
    ]

    /// Whether the quoted `words` open on a reflection's stem ("it sounds like …", "so you …").
    static func reflectiveOpening(_ words: [String]) -> Bool {
        reflectionStems.contains { stem in words.count > stem.count && Array(words.prefix(stem.count)) == stem }
    }

    /// Whether `words` are two sides about the client joined by "and", "but" or "though", the client
    /// on each side ("… helps you sleep, and you want to cut back …"): a double-sided reflection.
    static func twoSided(_ words: [String]) -> Bool {
        let joins: Set<String> = ["and", "but", "though", "tho", "although", "while", "yet"]
        return words.indices.contains { k in
            guard joins.contains(words[k]) else { return false }
            let after = words[(k + 1)...].filter(secondPerson.contains).count
            // An opening concession holds both sides after it: "even tho it helps you sleep, you
            // want to cut back".
            return k <= 1 ? after >= 2 : after >= 1 && words[..<k].contains(where: secondPerson.contains)
        }
    }

    /// Who else may be quoted: "when he says 'you don't get it'" quotes the client.
    static let others: WordSet = [
        "he", "she", "they", "client", "clients", "patient", "patients", "people", "someone", "family", "wife",
        "husband", "mom", "dad", "parents", "others",
    ]

    /// Whether the word before the verb of saying at `location` is someone other than the counselor.
    static func saidByOthers(_ text: NSString, before location: Int) -> Bool {
        let head = text.substring(to: location).lowercased()
        let last = head.split { !$0.isLetter }.last.map(String.init) ?? ""
        return others.contains(last)
    }

    /// The words quoted from `start` and whether they ask a question: to the closing quote
    /// mark when one opens them, else (after "back", "something like") to the sentence's end;
    /// nil when nothing marks them as the counselor's words.
    static func spokenReply(_ text: NSString, from start: Int, marked: Bool) -> (range: NSRange, question: Bool)? {
        guard start < text.length else { return nil }
        let open = text.substring(with: NSRange(location: start, length: 1))
        let closers: [String: Set<String>] = [
            "\"": ["\"", "”"], "“": ["”", "\""], "'": ["'", "’"], "‘": ["’", "'"],
        ]
        if let close = closers[open] {
            var i = start + 1
            while i < text.length {
                let c = text.substring(with: NSRange(location: i, length: 1))
                // An apostrophe inside a word ("i'm") closes nothing.
                let inWord =
                    i + 1 < text.length
                    && text.substring(with: NSRange(location: i + 1, length: 1)).first?.isLetter == true
                if close.contains(c) && !(c == "'" || c == "’") || close.contains(c) && !inWord { break }
                i += 1
            }
            let range = NSRange(location: start + 1, length: i - start - 1)
            let after = i + 1 < text.length ? text.substring(with: NSRange(location: i + 1, length: 1)) : ""
            let trimmed = text.substring(with: range).trimmingCharacters(in: .whitespaces)
            return (range, trimmed.hasSuffix("?") || after == "?")
        }
        guard marked else { return nil }
        var i = start
        while i < text.length, !".!?;".contains(text.substring(with: NSRange(location: i, length: 1))) { i += 1 }
        let question = i < text.length && text.substring(with: NSRange(location: i, length: 1)) == "?"
        return (NSRange(location: start, length: i - start), question)
    }
}
