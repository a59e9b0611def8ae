extension LineForm {
    /// Round 25: questions put beside an open question with a word the forms of `asks` do not
    /// expect: a grudging or foreign word before the question word ("fine, why is it called
    /// secondary then", "acha, what are the limits"), or an adverb right after it ("how exactly
    /// is sympathy defined", "what again is the third one"). The words without it, or nil when
    /// there is none.
    static func withoutAQualifier(_ w: [String]) -> [String]? {
        var w = w
        var changed = false
        let grudging: Set<String> = ["fine", "acha", "accha", "bueno", "vale", "dobrze", "okey", "k", "kk"]
        if w.count >= 3, grudging.contains(w[0]), questionWords.contains(w[1]) {
            w.removeFirst()
            changed = true
        }
        let adverbs: Set<String> = ["exactly", "again", "precisely", "actually", "just"]
        if w.count >= 3, questionWords.contains(w[0]), adverbs.contains(w[1]) {
            w.remove(at: 1)
            changed = true
        }
        return changed ? w : nil
    }

    /// "Which one is which again, transference or counter?", "wait which is which": the learner
    /// asks to have two ideas told apart; no answer is put so.
    static func asksWhichIsWhich(_ w: [String]) -> Bool {
        w.indices.dropLast(2).contains { i in
            w[i] == "which"
                && (w[i + 1] == "is" && w[i + 2] == "which"
                    || i + 3 < w.count && w[i + 1] == "one" && w[i + 2] == "is" && w[i + 3] == "which")
        }
    }

    /// "What limits?", "which exceptions": a question word and a noun alone, the tutor's word
    /// asked about; an answer says more than two words.
    static func asksWhatNoun(_ w: [String]) -> Bool {
        let notNouns: Set<String> = [
            "one", "ones", "else", "now", "next", "about", "if", "then", "for", "so", "not", "do",
        ]
        return w.count == 2 && ["what", "which"].contains(w[0]) && !auxiliaries.contains(w[1])
            && !notNouns.contains(w[1]) && !others.contains(w[1])
    }
}
