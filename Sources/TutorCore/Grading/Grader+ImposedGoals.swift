/// "People don't buy into goals handed to them", "the client just won't care about goals they
/// didn't choose": caring denied about goals that someone else imposed says that people care
/// about goals they chose themselves (ownership), not that they care about nothing. The
/// denial of the caring word, and of the words between it and the goals, is lifted; the
/// imposing words keep their own reading. Caring denied about goals with no imposing after
/// them ("they don't care about the goals") stays denied.
extension Grader {
    /// Words of caring about or taking up a goal (as typed).
    static let caringWords: WordSet = [
        "care", "cares", "caring", "buy", "buys", "invest", "invested", "commit", "committed", "motivated",
        "stick", "sticks", "follow", "follows", "own", "work", "works", "try", "tries", "push", "fight",
    ]
    static let goalNouns: WordSet = ["goal", "goals", "plan", "plans", "targets", "objectives"]
    /// Words saying a goal came from someone else (as typed): "goals handed to them".
    static let imposingWords: WordSet = [
        "handed", "imposed", "forced", "given", "assigned", "dictated", "pushed", "dumped", "prescribed",
    ]
    /// Verbs of choosing a goal, which denied after it say it was not chosen ("they didn't choose").
    static let choosingWords: WordSet = [
        "choose", "chose", "chosen", "pick", "picked", "set", "make", "made", "help", "helped", "want", "wanted",
        "agree", "agreed", "write", "wrote", "create", "created", "select", "selected",
    ]

    static func readImposedGoals(_ tokens: inout [Token]) {
        for i in tokens.indices where caringWords.contains(tokens[i].typed) && tokens[i].negated {
            // The goals, a few words on in the clause ("don't buy into goals", "care about the plan").
            guard
                let g = (i + 1..<min(tokens.count, i + 5)).first(where: { goalNouns.contains(tokens[$0].typed) }),
                (i + 1...g).allSatisfy({ tokens[$0].clause == tokens[i].clause })
            else { continue }
            let end = min(tokens.count, g + 6)
            let imposed = (g + 1..<end).contains { j in
                tokens[j].sentence == tokens[g].sentence
                    && (imposingWords.contains(tokens[j].typed)
                        || choosingWords.contains(tokens[j].typed) && j > g + 1
                            && tokens[(g + 1)..<j].contains(where: \.isNegator))
            }
            guard imposed else { continue }
            for j in i...g { tokens[j].negated = false }
        }
    }
}
