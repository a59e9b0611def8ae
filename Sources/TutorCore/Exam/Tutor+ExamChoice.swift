/// Reading a learner's line as one option of an exam item. A letter is taken; words are
/// taken only when they clearly name one option: its own words, literally (a synonym is
/// not a quotation: "the collaborative relationship" names none of Bordin's three parts),
/// and no other option's. Anything else is asked about, never scored.
extension Tutor {
    /// What a line says about the shown options.
    enum ExamReading: Equatable {
        /// The option at this shown position.
        case chosen(Int)
        /// Words that fit several shown positions: ask which.
        case several([Int])
        /// Nothing that names an option: ask for a letter.
        case unclear
    }

    /// Words that say how sure the learner is, or that they are answering, not what.
    static let examFillers: WordSet = [
        "i", "think", "it", "is", "its", "answer", "option", "the", "my", "choice", "letter", "go", "with",
        "pick", "maybe", "probably", "guess", "would", "say", "choose", "final", "im", "am", "sure", "s",
    ]

    /// The option position the learner chose: a letter, or words that clearly name one.
    func choice(_ analysis: Analysis, item: ExamItem, order: [Int], pending: [Int]?) -> Int? {
        if case .chosen(let position) = readExamLine(analysis, item: item, order: order, pending: pending) {
            return position
        }
        return nil
    }

    /// Reads a line against the item's options in their shown order.
    func readExamLine(_ analysis: Analysis, item: ExamItem, order: [Int], pending: [Int]?) -> ExamReading {
        let words = analysis.tokens.map(\.word)
        let letters = ["a", "b", "c", "d"]
        let meaningful = words.filter { !Self.examFillers.contains($0) }
        if meaningful.count == 1, let k = letters.firstIndex(of: meaningful[0]), k < order.count {
            return .chosen(k)
        }
        let options = order.map { literalStems(analyzer.analyze(item.options[$0].text, correct: false)) }
        // The stem is read as the learner's line is (a phrase such as "use again" keeps its
        // typed word when an option has it), so words quoted from the stem name no option.
        let asked = literalStems(
            analyzer.analyze(item.stem, correct: false), known: options.reduce(into: Set<String>()) { $0.formUnion($1) }
        )
        let said = literalStems(analysis, known: options.reduce(asked) { $0.union($1) })
        guard !said.isEmpty else { return .unclear }
        // The whole of one option, said back, is that option (even one whose words are all in another).
        if let exact = options.firstIndex(of: said) { return .chosen(exact) }
        // "Not the bond": a negation makes words an unsafe guess at which option is meant.
        if analysis.tokens.contains(where: { $0.isNegator || $0.negated }) { return .unclear }
        var named: [(position: Int, hits: Int, distinctive: Int)] = []
        for (position, stems) in options.enumerated() {
            let others = options.enumerated().filter { $0.offset != position }.reduce(into: Set<String>()) {
                $0.formUnion($1.element)
            }
            let distinctive = stems.subtracting(others).subtracting(asked)
            let hits = said.intersection(distinctive).count
            if hits > 0 { named.append((position, hits, distinctive.count)) }
        }
        if named.count == 1, let only = named.first {
            let explained = options.reduce(asked) { $0.union($1) }
            let unexplained = said.subtracting(explained)
            if only.hits >= 2 || only.hits == only.distinctive || unexplained.isEmpty {
                if pending == nil || pending!.contains(only.position) { return .chosen(only.position) }
            }
            return .unclear
        }
        if named.count >= 2 { return .several(named.map(\.position)) }
        // Shared words only: the options that hold any of them, when that narrows it down.
        let holding = options.enumerated().filter { !$0.element.intersection(said.subtracting(asked)).isEmpty }
            .map(\.offset)
        return holding.count >= 2 && holding.count < options.count ? .several(holding) : .unclear
    }

    /// The Porter stems of a line's content words as written, not mapped through synonyms,
    /// without the answering words. A word is spelling-corrected unless it is, as typed, one
    /// of the `known` stems ("spare" is not corrected to "share" when an option says "spare").
    func literalStems(_ analysis: Analysis, known: Set<String> = []) -> Set<String> {
        var stems: Set<String> = []
        for token in analysis.content where !Self.examFillers.contains(token.word) {
            let typed = analyzer.porterStem(token.typed)
            stems.insert(known.contains(typed) ? typed : analyzer.porterStem(token.word))
        }
        return stems
    }
}
