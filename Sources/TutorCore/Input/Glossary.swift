import Foundation

/// Lines written partly in another language, read in English.
///
/// Learners preparing in their second language mix their first into the line: "que es discord
/// in MI?", "Ano ba ang transference? what is it", "Paano po build a good alliance…", "c'est
/// quoi la countertransference", "was ist der Unterschied between lapse and relapse". The
/// matcher's cues and the knowledge base's terms are English, so the question frame ("que
/// es", "ano ang", "paano", "c'est quoi") cued nothing and the line was read by its English
/// words alone, often as another intent, or its unknown words as another field's subject.
///
/// A line that shows a language (two of its small words or more that are not English words,
/// or one word no English line holds, such as "paano", "pourquoi", "gracias") is read word
/// for word, and by fixed phrases, in English before it is matched: the question frames and
/// requests ("what is", "how do I", "why", "the difference between", "an example", "simpler",
/// "thanks"), the small words, and the few words of counselling learners mix in (client,
/// trust, goals). Words of the language the table does not hold are left as typed; the
/// matcher sets them aside as small words of that language when the line names something it
/// knows (`Matcher.settingAsideUntranslated`). English lines are never
/// touched, and words the languages share with English ("no", "con", "come", "was", "die")
/// never count towards the two. The languages are those learners mix in most: Spanish,
/// Tagalog, French, Portuguese, Italian, German, and Persian written in Latin letters.
public enum Glossary {
    struct Language {
        /// Phrases, folded, by their first word; the longest that fits is read first.
        var phrases: WordMap<[(words: [String], english: String)]>
        /// Words, folded, and their English; an empty reading drops the word ("po", "ba").
        var words: WordMap<String>
        /// Words read otherwise when they open a clause ("que" → "what", not "that").
        var openers: WordMap<String>
        /// Words of the language that are also English words (or texting): read in a line of
        /// the language, but no sign of one.
        var alsoEnglish: WordSet
        /// Words no English line holds: one is sign enough ("paano", "gracias", "pourquoi").
        var sure: WordSet
        /// Elided small words before an apostrophe ("l'empathie": "the empathie").
        var elisions: WordMap<String>

        init(
            phrases: [(String, String)], words: [String: String], openers: [String: String] = [:],
            elisions: [String: String] = [:], alsoEnglish: Set<String>, sure: Set<String>
        ) {
            var byFirst: [String: [(words: [String], english: String)]] = [:]
            for (phrase, english) in phrases {
                let w = phrase.split(separator: " ").map(String.init)
                byFirst[w[0], default: []].append((w, english))
            }
            for k in byFirst.keys { byFirst[k]!.sort { $0.words.count > $1.words.count } }
            self.phrases = WordMap(byFirst)
            self.words = WordMap(words)
            self.openers = WordMap(openers)
            self.alsoEnglish = WordSet(alsoEnglish)
            self.sure = WordSet(sure)
            self.elisions = WordMap(elisions)
        }

        /// Whether one of a phrase's words is a sign of the language by itself.
        func hasOwnWord(_ phraseWords: [String]) -> Bool {
            phraseWords.contains { (words[$0] != nil || openers[$0] != nil) && !alsoEnglish.contains($0) }
        }

        /// The signs of the language in a line's words: distinct words of its own (not
        /// English), plus its phrases; a sure word counts as two, and so does a phrase of three
        /// words or more, though each of its words may be English ("non lo so": "i do not know").
        func signs(_ words: [String]) -> Int {
            var own = Set<String>()
            var count = 0
            for (i, w) in words.enumerated() {
                if let list = phrases[w],
                    let p = list.first(where: { p in
                        p.words.count >= 2 && i + p.words.count <= words.count
                            && Array(words[i..<i + p.words.count]) == p.words
                    })
                {
                    count += p.words.count >= 3 ? 2 : 1
                }
                guard self.words[w] != nil || openers[w] != nil, !alsoEnglish.contains(w) else { continue }
                if own.insert(w).inserted { count += sure.contains(w) ? 2 : 1 }
            }
            return count
        }
    }

    /// Every word that can show a language (its own words, not English ones), and the parts
    /// of its elided words ("c'est": "c", "est"), as the analyser's tokens type them, and one
    /// word of each phrase of three words or more that shows a language though its words are
    /// English ("non lo so"): one of these in a line sends it to the tables.
    ///
    /// A phrase counts as a sign whatever its words are, so one of its words must be looked for
    /// when none of them is a sign of its own (not "was" for "was ist der": "ist" shows German,
    /// and "was" would send every English "was" line here). It is the phrase's longest word, not
    /// its first: a line holding the phrase holds each of its words, and a first word such as
    /// "a" ("a hui hou") or "go" ("go raibh maith agat") would send nearly every English line
    /// through the tables. A phrase of two such words is one sign, and a line needs two
    /// (`twoWordPhrases`), unless its words are not typed as they stand (`isPlain`). Every
    /// word of every phrase used to be here, so "a", "do", "example", "question" and "test"
    /// (from "da un esempio", "do na", "example do") sent seven English lines in ten through
    /// the tables for nothing, 9% of matching's time.
    static let signWords = WordSet(
        languages.reduce(into: Set<String>()) { all, language in
            func add(_ w: String) {
                all.insert(w)
                for part in w.split(separator: "'") { all.insert(String(part)) }
                // (German's "ß", which folding keeps, is read as the "ss" the table holds.)
                if w.contains("ss") { all.insert(w.replacingOccurrences(of: "ss", with: "ß")) }
            }
            for w in Set(language.words.keys).union(language.openers.keys) where !language.alsoEnglish.contains(w) {
                add(w)
            }
            for (first, list) in language.phrases {
                for phrase in list
                where !language.hasOwnWord(phrase.words) && (phrase.words.count >= 3 || !isPlain(phrase.words)) {
                    let whole = phrase.words.filter { !$0.contains("'") }
                    add(whole.max { $0.count < $1.count } ?? first)
                }
            }
        })

    /// (round 29) Each word that can show a language, to the languages it can show, as a mask
    /// of their places in `languages`: a line is weighed only against the languages one of its
    /// words can show (a language with none of its own words in the line has no sign of it),
    /// where every line that had a sign word was weighed against every language. A phrase is
    /// found by its first word (`Language.signs`), so every phrase's first word shows its
    /// language here, English or not.
    static let signLanguages: WordMap<Int> = {
        var masks: [String: Int] = [:]
        for (index, language) in languages.enumerated() {
            var all = Set<String>()
            let own = Set(language.words.keys).union(language.openers.keys)
                .union(language.phrases.values.flatMap { $0.flatMap(\.words) })
            for w in own where !language.alsoEnglish.contains(w) {
                all.insert(w)
                for part in w.split(separator: "'") { all.insert(String(part)) }
                if w.contains("ss") { all.insert(w.replacingOccurrences(of: "ss", with: "ß")) }
            }
            all.formUnion(language.phrases.keys)
            for w in all { masks[w, default: 0] |= 1 << index }
        }
        return WordMap(masks)
    }()

    /// The two-word phrases none of whose words is a sign of its own ("do na", "example do",
    /// "tot later"), as their second words by their first: each is one sign, so a line with no
    /// other sign shows a language only when two of them stand in it.
    static let twoWordPhrases = WordMap(
        languages.reduce(into: [String: [String]]()) { all, language in
            for (first, list) in language.phrases {
                for phrase in list
                where phrase.words.count == 2 && !language.hasOwnWord(phrase.words) && isPlain(phrase.words) {
                    all[first, default: []].append(phrase.words[1])
                }
            }
        })

    /// Whether a phrase's words are typed by the analyser's tokens as they stand: not a word
    /// with an apostrophe ("ma'a salama": the token is "maa") or a German "ss" (typed "ß"). A
    /// two-word phrase that is not plain is looked for by its longest word, like a longer one.
    static func isPlain(_ words: [String]) -> Bool {
        !words.contains { $0.contains("'") || $0.contains("ss") }
    }

    /// Whether a token (folded, as typed) shows another language on its own.
    public static func maySignal(_ typed: String) -> Bool { signWords.contains(typed) }

    /// Whether a line's tokens (folded, as typed) may show another language: one sign word, or
    /// two of the two-word phrases that show one. A line for which this is false is one
    /// `english` leaves as it is.
    public static func mayShowALanguage(_ tokens: [Token]) -> Bool {
        var phrases = 0
        for (i, token) in tokens.enumerated() {
            if signWords.contains(token.typed) { return true }
            if let seconds = twoWordPhrases[token.typed], i + 1 < tokens.count,
                seconds.contains(tokens[i + 1].typed)
            {
                phrases += 1
                if phrases >= 2 { return true }
            }
        }
        return false
    }

    /// The line read in English when it is written partly in another language; nil for any
    /// other line.
    public static func english(_ text: String) -> String? {
        let folded =
            text.utf8.allSatisfy { $0 < 0x80 }
            ? text
            : text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
                .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "ß", with: "ss")
        let (typed, gaps) = split(folded)
        guard !typed.isEmpty else { return nil }
        // An acronym ("MI", "OARS") is English whatever it spells, unless the whole line shouts.
        let shouting = !folded.contains { $0.isLowercase }
        let words = typed.map { w in
            !shouting && w.count >= 2 && w.allSatisfy({ $0.isUppercase || $0.isNumber }) ? "" : w.lowercased()
        }
        var best: (language: Language, signs: Int)?
        var shown = 0
        for w in words { shown |= signLanguages[w] ?? 0 }
        for (index, language) in languages.enumerated() where shown & (1 << index) != 0 {
            let signs = language.signs(words)
            if signs >= 2, signs > (best?.signs ?? 0) { best = (language, signs) }
        }
        guard let language = best?.language else { return nil }
        var out = gaps[0]
        var i = 0
        var changed = false
        while i < words.count {
            var english: String?
            var used = 1
            for phrase in language.phrases[words[i]] ?? [] where i + phrase.words.count <= words.count {
                let n = phrase.words.count
                guard Array(words[i..<i + n]) == phrase.words,
                    (i + 1..<i + n).allSatisfy({ gaps[$0].allSatisfy { $0 == " " || $0 == "-" } })
                else { continue }
                english = phrase.english
                used = n
                break
            }
            let opensClause = i == 0 || gaps[i].contains { !$0.isWhitespace && $0 != "'" && $0 != "\"" }
            if english == nil, opensClause { english = language.openers[words[i]] }
            if english == nil { english = language.words[words[i]] }
            // (Each string's own index: lower-casing may change a word's length in bytes.)
            if english == nil, let cut = words[i].firstIndex(of: "'"),
                let small = language.elisions[String(words[i][..<cut])],
                let typedCut = typed[i].firstIndex(of: "'")
            {
                let rest = String(words[i][words[i].index(after: cut)...])
                english = small + " " + (language.words[rest] ?? String(typed[i][typed[i].index(after: typedCut)...]))
            }
            if english != nil { changed = true }
            out += english ?? typed[i]
            i += used
            out += gaps[i]
        }
        return changed ? out : nil
    }

    /// Words (letters, digits, apostrophes inside a word) and what comes between them:
    /// `gaps[i]` comes before `words[i]`, `gaps[words.count]` ends the line.
    static func split(_ folded: String) -> (words: [String], gaps: [String]) {
        var words: [String] = []
        var gaps: [String] = [""]
        var current = ""
        for ch in folded {
            if ch.isLetter || ch.isNumber || ch == "'" && !current.isEmpty {
                current.append(ch)
            } else {
                if !current.isEmpty {
                    words.append(current)
                    gaps.append("")
                    current = ""
                }
                gaps[gaps.count - 1].append(ch)
            }
        }
        if !current.isEmpty {
            words.append(current)
            gaps.append("")
        }
        return (words, gaps)
    }
}
