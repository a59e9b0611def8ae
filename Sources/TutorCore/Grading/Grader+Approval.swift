/// "Ok" as a judgment: "I don't think what she did was ok" says it was not fine, while
/// "ok, so it means…" only opens the line. The lexicon lists "ok" among the small words
/// (as a discourse marker it says nothing), so the grader itself reads it as "fine" where
/// it follows the words it judges.
extension Grader {
    /// The words that are "fine" when they judge something.
    static let approvalWords: WordSet = ["ok", "okay"]
    /// Words that may stand before a discourse marker at the start of a clause ("um, ok").
    static let openers: WordSet = [
        "um", "uh", "umm", "hmm", "oh", "well", "yeah", "yes", "so", "and", "but", "then", "right", "sure", "alright",
        "ok", "okay",
    ]

    /// The stem a judging "ok" stands for.
    var fine: String { analyzer.stem("fine") }

    /// Whether token `i` is an "ok" that judges (it follows other words of its clause) rather
    /// than a discourse marker opening the clause or the line.
    func saysFine(_ tokens: [Token], _ i: Int) -> Bool {
        guard Self.approvalWords.contains(tokens[i].word) else { return false }
        var j = i - 1
        while j >= 0, tokens[j].sentence == tokens[i].sentence, tokens[j].clause == tokens[i].clause {
            if !Self.openers.contains(tokens[j].word) { return true }
            j -= 1
        }
        return false
    }

    /// Whether a judging "ok" at `i` is negated. The analyzer marks only content words, so
    /// this follows its rule: a negation runs to the end of the clause, unless a new subject
    /// starts after negated words ("not that, she was ok").
    func fineIsNegated(_ tokens: [Token], _ i: Int) -> Bool {
        var negating = false
        var since = false
        for j in 0..<i where tokens[j].sentence == tokens[i].sentence && tokens[j].clause == tokens[i].clause {
            if tokens[j].isNegator {
                if j == 0 || !tokens[j - 1].isNegator { negating.toggle() }
                since = false
            } else if negating && since && Analyzer.subjects.contains(tokens[j].word) {
                negating = false
            } else if tokens[j].negated {
                since = true
            }
        }
        return negating
    }
}
