/// (round 30) A courtesy in a language the glossary has no table for, read by its shape.
///
/// Learners open, thank and leave in their own language ("Gamarjoba!", "Madloba, very clear
/// now", "Labas rytas, I am ready", "Ka kite, I go now"). The glossary reads the languages it
/// has tables for; every other language's words were unknown words, each of them evidence of
/// another field, so the courtesy was put out of scope. A table per language does not carry to
/// the next learner's language, so this reads the line's shape instead:
///
/// - a word is *of another language* when it is written in Latin letters, neither English
///   (the everyday list) nor the knowledge base's, nor a cue of any request, nor one the
///   speller took for an English word, and it can be said (a vowel, no long run of consonants,
///   no keyboard row: "asdfgh", "qwerty" are a hand on the keys, not a language; a line of
///   English typed backwards, "tsurt si tahw", is none either);
/// - a clause made only of such words (and the speller's guesses beside them: "shumë" is no
///   "shame"; an English small word makes it English: "what is NATO") is a clause of that language; set aside, the rest of the line is read in English
///   ("very clear now" thanks, "see you tomorrow" takes leave, "harder please" asks for a harder
///   question);
/// - a line that is nothing but one to three such words, with no question mark, is a greeting,
///   the courtesy a learner most often says alone in their own language, unless a word of it is
///   spelled like a thanks or a goodbye the cues know ("grazzi" beside "grazie"); so is such a clause
///   opening a line whose English rest asks nothing and names nothing of another field ("Akwaaba!
///   let us start", "Salve, teacher").
///
/// Only a line read out of scope, or as a question of nothing named ("Maita basa, that was
/// clear" read "that was clear" as a definition asked of the last turn), is read again: a line that names a concept, asks in English,
/// or holds a word of another field ("Shalom, recipe for lasagna") keeps its reading, and so does
/// a line with a word typed by a hand on the keys, a sign of code or sums, or a question of four words in another
/// language ("quanto costa il biglietto").
extension Matcher {
    /// The line's reading when it is a courtesy or a request said beside words of a language the
    /// glossary does not hold; nil when the reading stands.
    func courtesyBeyondTheTables(_ analysis: Analysis, _ result: MatchResult) -> MatchResult? {
        guard result.intent == .outOfScope || result.intent.isContent && result.concepts.isEmpty,
            analysis.text.allSatisfy(Self.isOfProse)
        else { return nil }
        let tokens = analysis.tokens
        let letters = tokens.indices.filter { tokens[$0].typed.contains(where: \.isLetter) }
        guard !letters.isEmpty, !letters.contains(where: { Self.typedByAHandOnTheKeys(tokens[$0].typed) }),
            !typedBackwards(letters.map { tokens[$0].typed })
        else { return nil }
        let foreign = Set(letters.filter { ofAnotherLanguage(tokens[$0]) })
        guard !foreign.isEmpty else { return nil }
        // A clause of another language: its words are that language's or the speller's guesses.
        var clauses: [Int: [Int]] = [:]
        for i in letters { clauses[tokens[i].clause, default: []].append(i) }
        let foreignClauses = Set(
            clauses.filter { _, words in
                words.allSatisfy { foreign.contains($0) || tokens[$0].corrected }
                    && words.contains { foreign.contains($0) }
                    && words.filter { foreign.contains($0) }.count >= words.filter { tokens[$0].corrected }.count
            }.keys)
        guard !foreignClauses.isEmpty else { return nil }
        let asks = analysis.text.contains("?")
        let rest = tokens.filter { !foreignClauses.contains($0.clause) }
        if !rest.contains(where: { $0.typed.contains(where: \.isLetter) }) {
            // The whole line is another language: one to three words, no question, is a hello.
            guard !asks, letters.count <= Self.greetingWordsMax else { return nil }
            let kin = kinCourtesy(foreign.sorted().map { tokens[$0] })
            var courtesy = MatchResult(
                intent: kin ?? .greeting, concepts: [], confidence: tuning.terseRequestConfidence)
            courtesy.evidence = [
                kin == nil
                    ? "the whole line is a short courtesy in another language → greeting"
                    : "the whole line is a courtesy spelled like one of a kindred language → \(kin!.rawValue)"
            ]
            return courtesy
        }
        let restAnalysis = Analysis(text: analysis.text, tokens: rest)
        var restRead = read(restAnalysis, inEnglish: false)
        restRead = thanksByPraise(restAnalysis, restRead) ?? restRead
        let said = "words of another language set aside: \(foreign.sorted().map { tokens[$0].typed })"
        if restRead.intent != .outOfScope, !restRead.intent.isContent || !restRead.concepts.isEmpty {
            var reread = restRead
            reread.evidence.insert(said, at: 0)
            return reread
        }
        // A hello in another language opening the line, the rest asking nothing of another field.
        let opens = tokens.first.map { foreignClauses.contains($0.clause) } ?? false
        guard opens, !asks, rest.count <= Self.greetingRestMax,
            !rest.contains(where: { ofAnotherLanguage($0) || isOffTopic($0) || Self.asksSomething($0.word) })
        else { return nil }
        let kin = kinCourtesy(tokens.filter { foreignClauses.contains($0.clause) && ofAnotherLanguage($0) })
        var greeting = MatchResult(intent: kin ?? .greeting, concepts: [], confidence: tuning.terseRequestConfidence)
        greeting.evidence = [
            said, "a courtesy in another language opens a line that asks nothing → \((kin ?? .greeting).rawValue)",
        ]
        return greeting
    }

    /// The courtesy a word of another language is spelled like, one letter off (two in a long
    /// word): kindred languages say thanks, hello and goodbye in kindred words ("grazzi" beside
    /// the Italian "grazie", "dakujem" beside the Czech "děkuji"). The cues of the three
    /// courtesies are looked through only for a line read as one, a rare line.
    func kinCourtesy(_ words: [Token]) -> Intent? {
        for t in words where t.typed.count >= Self.kinWordMin {
            let w = Array(t.stem.unicodeScalars)
            let limit = t.typed.count >= Self.kinTwoEditsMin ? 2 : 1
            for cue in cues where cue.stems.count == 1 && Self.courtesies.contains(cue.intent) {
                guard let stem = cue.stems[0], stem.count >= Self.kinWordMin - 1 else { continue }
                if EditDistance.damerau(w, Array(stem.unicodeScalars), limit: limit) <= limit { return cue.intent }
            }
        }
        return nil
    }

    static let courtesies: Set<Intent> = [.greeting, .thanks, .goodbye]
    /// Words shorter than this are too short to be told by their spelling.
    static let kinWordMin = 5
    /// Words this long may be two letters off their kin.
    static let kinTwoEditsMin = 8

    /// Whether a line is English typed backwards ("tsurt si tahw"): half its words or more, and
    /// two at least, read as English words or ours turned round. (One such word is chance:
    /// "rytas" turned round is "satyr".)
    func typedBackwards(_ words: [String]) -> Bool {
        let turned = words.filter { w in
            let b = String(w.reversed())
            return b != w
                && (analyzer.corrector.isEveryday(b) || Self.questionOpeners.contains(b)
                    || analyzer.knownStems.contains(analyzer.stem(b)))
        }.count
        return turned >= 2 && 2 * turned >= words.count
    }

    /// Whether a word is one of a language the glossary does not hold (see the type's note).
    func ofAnotherLanguage(_ token: Token) -> Bool {
        let w = token.typed
        guard w.count >= 2, !token.isStop, !(token.known && !token.corrected),
            w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.value < 0x250 || $0 == "'" }),
            !Self.chatInterjections.contains(w), cueIndex[token.stem] == nil, cueIndex[w] == nil,
            !analyzer.corrector.isEveryday(w)
        else { return false }
        return Self.canBeSaid(w)
    }

    /// A word a voice can say: a vowel, and no five consonants in a row.
    static func canBeSaid(_ w: String) -> Bool {
        var run = 0
        var vowel = false
        for c in w.unicodeScalars {
            if "aeiouy".unicodeScalars.contains(c) {
                vowel = true
                run = 0
            } else {
                run += 1
                if run >= 5 { return false }
            }
        }
        return vowel
    }

    /// A word typed by running a hand along the keys ("asdf", "qwerty", "zxcvb"), or by holding
    /// one ("zzzz"), or by mashing them ("asdkjh"): no language's word.
    static func typedByAHandOnTheKeys(_ w: String) -> Bool {
        guard w.count >= 4, w.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        if Set(w).count == 1 { return true }
        if keyboardRows.contains(where: { $0.contains(w.prefix(4)) }) { return true }
        return !canBeSaid(w)
    }

    static let keyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "poiuytrewq", "lkjhgfdsa", "mnbvcxz"]

    /// English chat sounds and shorthand the everyday list does not hold: none is a word of
    /// another language.
    static let chatInterjections: WordSet = [
        "lol", "lmao", "lmfao", "rofl", "omg", "wtf", "smh", "bruh", "haha", "hahaha", "hehe", "heh", "wow", "huh",
        "meh", "nah", "yep", "yup", "yay", "woo", "ugh", "hmm", "uh", "um", "umm", "erm", "oof", "yikes", "welp",
        "ikr", "tbh", "ngl", "idc", "idk", "dunno", "gonna", "wanna", "gotta", "kinda", "sorta", "ya", "yall",
        "aye", "eh", "ah", "oh", "ooh", "aha", "uhh", "hmmm", "mmm", "pls", "plz", "ok", "okay", "okey", "ur",
        // Placeholder text, no one's language.
        "lorem", "ipsum",
    ]

    /// Words of an English rest that ask (a hello asks nothing).
    static func asksSomething(_ w: String) -> Bool { questionOpeners.contains(w) }
    static let questionOpeners: WordSet = [
        "what", "whats", "how", "why", "when", "where", "who", "which", "explain", "tell", "define", "show",
        "give", "can", "could", "would", "is", "are", "does", "do",
    ]

    /// Whether a character may stand in a courtesy: a letter of a Latin alphabet, a space, or the
    /// punctuation of prose; never a sign of code, sums or markup ("def foo(x)", "1 + 1"), nor
    /// the symbols of text decoded wrongly ("ÿþ€‹").
    static func isOfProse(_ c: Character) -> Bool {
        if c.isWhitespace || prosePunctuation.contains(c) { return true }
        return c.isLetter
            && c.unicodeScalars.allSatisfy {
                $0.value < 0x250 || (0x300..<0x370).contains($0.value) || (0x1E00..<0x1F00).contains($0.value)
            }
    }
    static let prosePunctuation = Set(".,!?'\"-:\u{2019}\u{2018}\u{201C}\u{201D}\u{2013}\u{2014}\u{2026}~")

    /// At most this many words make a courtesy said wholly in another language.
    static let greetingWordsMax = 3
    /// At most this many words of English after a hello in another language.
    static let greetingRestMax = 5
}
