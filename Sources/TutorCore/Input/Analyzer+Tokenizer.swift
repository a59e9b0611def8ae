import Foundation

/// Folding and tokenizing: text to raw words, with sentence and clause counts.
extension Analyzer {
    /// Lower case, diacritics removed, typographic apostrophes made plain.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
            .lowercased()
    }

    /// Just the words of folded text (no contractions expanded), for building word lists.
    static func words(_ folded: String) -> [String] {
        rawTokens(folded).map(\.word)
    }

    struct RawToken {
        var word: String
        var sentence: Int
        var clause: Int
        /// Inside parentheses ("(Bordin, 1979)").
        var parenthesized = false
    }

    /// Collects raw tokens, counting sentences and clauses between them.
    struct RawTokenizer {
        var out: [RawToken] = []
        var sentence = 0
        var clause = 0
        var pendingSentence = false
        var pendingClause = false
        /// How many parentheses are open.
        var depth = 0

        /// Adds one word (apostrophes at either end already trimmed), expanding contractions.
        mutating func emit(_ word: String) {
            if pendingSentence {
                sentence += 1
                clause += 1
            } else if pendingClause {
                clause += 1
            }
            pendingSentence = false
            pendingClause = false
            guard word.utf8.contains(UInt8(ascii: "'")) else {
                // "nothings missing": a pronoun's "'s" typed without its apostrophe.
                // "listen n keep it private": texting's "n" is "and" (and ends a negation's
                // reach as "and" does).
                if word == "n" {
                    out.append(RawToken(word: "and", sentence: sentence, clause: clause, parenthesized: depth > 0))
                    return
                }
                if let pronoun = Analyzer.bareIsContractions[word] {
                    out.append(RawToken(word: pronoun, sentence: sentence, clause: clause, parenthesized: depth > 0))
                    out.append(RawToken(word: "is", sentence: sentence, clause: clause, parenthesized: depth > 0))
                    return
                }
                out.append(RawToken(word: word, sentence: sentence, clause: clause, parenthesized: depth > 0))
                return
            }
            for w in expandContraction(word) {
                out.append(RawToken(word: w, sentence: sentence, clause: clause, parenthesized: depth > 0))
            }
        }

        /// What a character between words does to the sentence and clause counts.
        mutating func separate(_ v: UInt32) {
            if v == 40 { depth += 1 }
            if v == 41 { depth = max(0, depth - 1) }
            switch v {
            case 46, 33, 63, 0x2026, 10:  // . ! ? … newline
                if !out.isEmpty { pendingSentence = true }
            case 44, 58, 59, 40, 41, 91, 93, 34, 0x201C, 0x201D, 0x2014, 0x2013:  // , : ; ( ) [ ] " “ ” — –
                if !out.isEmpty { pendingClause = true }
            // "listening without judging + empathy", "rapport / no action plan / raise doubt":
            // a sign that lists items ends the clause before it as a comma does.
            case 43, 38, 47:  // + & /
                if !out.isEmpty { pendingClause = true }
            default:
                break
            }
        }

        /// Tokenizes ASCII text on its bytes: a word is a run of letters, digits and
        /// apostrophes, less the apostrophes at either end. Nil when `folded` is not ASCII.
        mutating func tokenizeASCII(_ folded: String) -> Bool? {
            folded.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
                var start = -1
                for i in 0...bytes.count {
                    let b: UInt8 = i < bytes.count ? bytes[i] : 0x20
                    if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 39 {
                        if start < 0 { start = i }
                        continue
                    }
                    if start >= 0 {
                        var lo = start
                        var hi = i
                        start = -1
                        while lo < hi && bytes[lo] == 39 { lo += 1 }
                        while hi > lo && bytes[hi - 1] == 39 { hi -= 1 }
                        if lo < hi {
                            emit(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self))
                        }
                    }
                    if i < bytes.count { separate(UInt32(b)) }
                }
                return true
            }
        }

        /// Tokenizes any text, scalar by scalar.
        mutating func tokenize(_ folded: String) {
            var current = String.UnicodeScalarView()
            for c in folded.unicodeScalars {
                let v = c.value
                if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) || (v > 127 && c.properties.isAlphabetic) {
                    current.append(c)
                } else if v == 39 || v == 0x2019 {
                    current.append("'")
                } else {
                    flush(&current)
                    separate(v)
                }
            }
            flush(&current)
        }

        private mutating func flush(_ current: inout String.UnicodeScalarView) {
            guard !current.isEmpty else { return }
            var word = String(current)
            current = String.UnicodeScalarView()
            while word.hasPrefix("'") { word.removeFirst() }
            while word.hasSuffix("'") { word.removeLast() }
            guard !word.isEmpty else { return }
            emit(word)
        }
    }

    static func rawTokens(_ folded: String) -> [RawToken] {
        var tokenizer = RawTokenizer()
        let folded = folded.utf8.contains(UInt8(ascii: "/")) ? slashShorthand(folded) : folded
        // Most text is ASCII: words are then runs of bytes, cut without building scalars.
        if tokenizer.tokenizeASCII(folded) != true {
            tokenizer = RawTokenizer()
            tokenizer.tokenize(folded)
        }
        return tokenizer.out
    }

    /// Indefinite pronouns with "'s" typed without the apostrophe ("nothings wrong"), which
    /// no word of their own spells.
    static let bareIsContractions: [String: String] = [
        "nothings": "nothing", "everythings": "everything", "somethings": "something", "nobodys": "nobody",
        "everyones": "everyone", "everybodys": "everybody",
    ]

    static func expandContraction(_ word: String) -> [String] {
        // A byte search: Foundation's `contains` on strings is far slower.
        guard word.utf8.contains(UInt8(ascii: "'")) else { return [word] }
        if word.hasSuffix("n't") {
            let base = String(word.dropLast(3))
            switch base {
            case "ca": return ["can", "not"]
            case "wo": return ["will", "not"]
            case "sha": return ["shall", "not"]
            case "": return ["not"]
            default: return [base, "not"]
            }
        }
        let suffixes: [(String, String)] = [
            ("'s", "is"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am"),
        ]
        for (suffix, expansion) in suffixes where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count))
            return base.isEmpty ? [expansion] : [base, expansion]
        }
        return [word.replacingOccurrences(of: "'", with: "")]
    }
}

extension Analyzer {
    /// Texting shorthand written with a slash, as a word of its own: "w/" (with), "w/o"
    /// (without), "b/c" (because). "nothin to do w/ the sessions" says "with"; the slash
    /// alone would end a clause and leave a stray "w". ("and/or", "he/she" are left as typed.)
    static let slashWords: [(short: [Character], long: String)] = [
        (Array("w/o"), "without"), (Array("b/c"), "because"), (Array("w/"), "with"),
    ]

    static func slashShorthand(_ folded: String) -> String {
        let chars = Array(folded)
        var out = ""
        out.reserveCapacity(folded.utf8.count + 8)
        var i = 0
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "'" }
        next: while i < chars.count {
            if chars[i] == "w" || chars[i] == "b", i == 0 || !isWordChar(chars[i - 1]) {
                for (short, long) in slashWords where i + short.count <= chars.count {
                    guard Array(chars[i..<i + short.count]) == short else { continue }
                    let end = i + short.count
                    // "w/o" and "b/c" end a word; "w/" may run into the next ("w/clients").
                    if short.last != "/", end < chars.count, isWordChar(chars[end]) { continue }
                    out += long
                    if short.last == "/", end < chars.count, isWordChar(chars[end]) { out += " " }
                    i = end
                    continue next
                }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }
}
